/**
 * The tick extension in a real browser editor: Chromium runs CodeMirror with the extension, the
 * learner types `x` over a box with the keyboard, and the date and properties arrive in that change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM as CHROMIUM_PREREQUISITE, needs, present } from "../harness/prerequisites";

const HERE = fileURLToPath(new URL(".", import.meta.url));

describe("ticking in a real browser editor", () => {
	let dir = "";
	let browser: Browser | undefined;
	let page: Page;

	beforeAll(async () => {
		if (!present(CHROMIUM_PREREQUISITE)) return;
		dir = mkdtempSync(join(tmpdir(), "lr-editor-"));
		await build({ entryPoints: [join(HERE, "editor-page.ts")], bundle: true, format: "iife", platform: "browser", target: "chrome120", outfile: join(dir, "page.js"), logLevel: "silent" });
		writeFileSync(join(dir, "index.html"), '<!doctype html><html><head><meta charset="utf-8"></head><body><script src="page.js"></script></body></html>');
		browser = await chromium.launch({
			executablePath: CHROMIUM_PREREQUISITE.where,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
		});
		page = await browser.newPage();
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(pathToFileURL(join(dir, "index.html")).href);
		expect(errors).toEqual([]);
	});

	afterAll(async () => {
		await browser?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	const text = () => page.evaluate(() => window.lrEditor.text());

	it("dates a box ticked from the keyboard and updates the properties, and one undo takes it all back", async (ctx) => {
		needs(ctx, CHROMIUM_PREREQUISITE);
		const before = await text();
		const at = await page.evaluate(() => window.lrEditor.boxOffset("Dictionaries"));
		await page.evaluate((offset) => window.lrEditor.select(offset, 1), at);
		await page.keyboard.type("x");
		const after = await text();
		expect(after).toContain("- [x] Dictionaries ✅ 2026-12-01");
		expect(after).toContain("done: 1\ntotal: 2\nprogress: 50\nstatus: in-progress");
		await page.keyboard.press("Control+z");
		expect(await text()).toBe(before);
	});
});
