/**
 * The progress view in a real Chromium: the page entry is bundled with esbuild, loaded with the
 * plugin's `styles.css` and a stand-in for Obsidian's theme, then measured and photographed in the
 * light and the dark theme. Screenshots land in `docs/screenshots/`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Theme } from "./page";

const CHROMIUM = "/usr/bin/chromium";
const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = resolve(HERE, "../..");
const SHOTS = join(ROOT, "docs/screenshots");
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && !process.env.CI) {
	console.warn(`Skipping the browser test of the progress view: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
}

describe.runIf(hasChromium || process.env.CI)("progress view in a real browser", () => {
	let dir = "";
	let browser: Browser | undefined;
	let page: Page;

	beforeAll(async () => {
		if (!hasChromium) throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium) to run the browser test.`);
		dir = mkdtempSync(join(tmpdir(), "lr-browser-"));
		await build({
			entryPoints: [join(HERE, "page.ts")],
			bundle: true,
			format: "iife",
			platform: "browser",
			target: "chrome120",
			outfile: join(dir, "page.js"),
			logLevel: "silent",
		});
		const css = (file: string) => `<link rel="stylesheet" href="${pathToFileURL(file).href}">`;
		writeFileSync(
			join(dir, "index.html"),
			[
				"<!doctype html>",
				'<html><head><meta charset="utf-8">',
				css(join(HERE, "theme.css")),
				css(join(ROOT, "styles.css")),
				'</head><body class="theme-light">',
				'<script src="page.js"></script>',
				"</body></html>",
			].join("\n"),
		);
		mkdirSync(SHOTS, { recursive: true });
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
		});
		page = await browser.newPage({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, reducedMotion: "reduce" });
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(pathToFileURL(join(dir, "index.html")).href);
		expect(errors).toEqual([]);
	});

	afterAll(async () => {
		await browser?.close();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	for (const theme of ["light", "dark"] as Theme[]) {
		it(`draws every bar to scale in the ${theme} theme`, async () => {
			await page.evaluate((t) => window.lr.showView(t, ["3"]), theme);
			const bars = await page.evaluate(() => window.lr.measureBars());
			expect(bars.length).toBeGreaterThan(12 + 7 + 3);
			for (const bar of bars) {
				const expected = bar.max > 0 ? (bar.now / bar.max) * bar.trackWidth : 0;
				expect(bar.trackWidth, bar.label).toBeGreaterThan(20);
				expect(Math.abs(bar.fillWidth - expected), `${bar.label}: ${bar.fillWidth}px for ${bar.now}/${bar.max}`).toBeLessThanOrEqual(1);
				expect(bar.fillColor, `${bar.label} fill against its track`).not.toBe(bar.trackColor);
				expect(bar.fillColor).not.toBe("rgba(0, 0, 0, 0)");
			}

			const colours = await page.evaluate(() => {
				const style = (selector: string) => {
					const el = document.querySelector(selector);
					if (!el) throw new Error(`missing ${selector}`);
					return getComputedStyle(el);
				};
				return {
					text: style(".lr-phase-name").color,
					card: style(".lr-level").backgroundColor,
					view: style(".view-content").backgroundColor,
					transition: style(".lr-bar-fill").transitionDuration,
				};
			});
			expect(colours.text).not.toBe(colours.card);
			expect(colours.card).not.toBe(colours.view);
			expect(colours.transition).toBe("0s");

			await page.screenshot({ path: join(SHOTS, `progress-view-${theme}.png`), fullPage: true });
		});
	}

	it("shows the empty state with its generate button", async () => {
		await page.evaluate(() => window.lr.showView("light", [], true));
		const button = page.getByRole("button", { name: "Generate roadmap notes" });
		expect(await button.isVisible()).toBe(true);
		const box = await button.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(40);
		expect(await page.locator('[role="progressbar"]').count()).toBe(0);
	});

	it("draws the code block inside a note", async () => {
		await page.setViewportSize({ width: 640, height: 800 });
		await page.evaluate(() => window.lr.showBlock("light"));
		const bars = await page.evaluate(() => window.lr.measureBars());
		expect(bars.map((b) => b.label)).toContain("Phase 3: Data Manipulation with Pandas & NumPy");
		for (const bar of bars) {
			const expected = bar.max > 0 ? (bar.now / bar.max) * bar.trackWidth : 0;
			expect(Math.abs(bar.fillWidth - expected), bar.label).toBeLessThanOrEqual(1);
		}
		await page.locator(".markdown-preview-view").screenshot({ path: join(SHOTS, "code-block.png") });
		await page.setViewportSize({ width: 360, height: 800 });
	});
});
