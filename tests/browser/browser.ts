/**
 * The progress view in a real Chromium, shared by the browser test and `npm run screenshots`: the page
 * entry (page.ts) is bundled with esbuild and loaded with the plugin's `styles.css` and a stand-in for
 * Obsidian's theme; `SHOTS` says how each screenshot in `docs/screenshots/` is taken.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Theme, ViewSetup } from "./page";
import { CHROMIUM as CHROMIUM_PREREQUISITE } from "../harness/prerequisites";

export const CHROMIUM = CHROMIUM_PREREQUISITE.where;
const HERE = fileURLToPath(new URL(".", import.meta.url));
export const ROOT = resolve(HERE, "../..");
export const SHOTS_DIR = join(ROOT, "docs/screenshots");

export const hasChromium = (): boolean => existsSync(CHROMIUM);

export interface BrowserPage {
	page: Page;
	/** Errors the page threw while loading. */
	errors: string[];
	/** The same page on a phone: 390×844 CSS pixels, touch, device scale 2 (opened once, on first use). */
	phone(): Promise<Page>;
	close(): Promise<void>;
}

/** The phone the browser tests use: an iPhone 12–15 sized screen, with touch. */
export const PHONE = { width: 390, height: 844 };

/** Bundles the page, starts Chromium and opens the page at 360×800 CSS pixels, device scale 2. */
export async function openBrowserPage(): Promise<BrowserPage> {
	const dir = mkdtempSync(join(tmpdir(), "lr-browser-"));
	let browser: Browser | undefined;
	try {
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
				// Read by a mobile browser only (the phone page): lay out at the device's width.
				'<meta name="viewport" content="width=device-width, initial-scale=1">',
				css(join(HERE, "theme.css")),
				css(join(ROOT, "styles.css")),
				// Functions passed to page.evaluate from tsx (npm run screenshots) are compiled with esbuild's
				// keepNames, which wraps their inner named functions in a `__name` helper the page lacks.
				"<script>window.__name = (fn) => fn;</script>",
				'</head><body class="theme-light">',
				'<script src="page.js"></script>',
				"</body></html>",
			].join("\n"),
		);
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--font-render-hinting=none"],
		});
		const page = await browser.newPage({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, reducedMotion: "reduce" });
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		const url = pathToFileURL(join(dir, "index.html")).href;
		await page.goto(url);
		const opened = browser;
		let phone: Page | undefined;
		return {
			page,
			errors,
			async phone() {
				if (phone) return phone;
				const context = await opened.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: "reduce" });
				phone = await context.newPage();
				phone.on("pageerror", (error) => errors.push(error.message));
				await phone.goto(url);
				return phone;
			},
			async close() {
				await opened.close();
				rmSync(dir, { recursive: true, force: true });
			},
		};
	} catch (e) {
		await browser?.close();
		rmSync(dir, { recursive: true, force: true });
		throw e;
	}
}

/** Draws the progress view (phase 3 expanded) in a theme, in a sidebar `width` CSS pixels wide. */
export async function showView(page: Page, theme: Theme, width = 360, setup: ViewSetup = {}): Promise<void> {
	await page.setViewportSize({ width, height: 800 });
	await page.evaluate(([t, s]) => window.lr.showView(t, ["3"], false, s), [theme, setup] as const);
	await drawnWhole(page);
}

/**
 * Waits for the parts of the view drawn when they near the screen or the browser is idle (the
 * calendar's squares, `aria-busy` until then), so a check sees the whole view as a screen reader soon does.
 */
export async function drawnWhole(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, { timeout: 10_000 });
}

/** Draws the progress view (phase 3 expanded) on the phone page, as Obsidian mobile hosts it. */
export async function showPhoneView(phone: Page, theme: Theme, setup: ViewSetup = {}): Promise<void> {
	await phone.evaluate(([t, s]) => window.lr.showView(t, ["3"], false, s), [theme, { ...setup, mobile: true }] as const);
	await drawnWhole(phone);
}

/** Draws the progress view with its pace (pace line, phase markers, burn-up) in a theme. */
export async function showPaceView(page: Page, theme: Theme): Promise<void> {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.evaluate((t) => window.lr.showPaceView(t), theme);
}

/** Draws the code block inside a note (a wider pane, as a note is). */
export async function showBlock(page: Page): Promise<void> {
	await page.setViewportSize({ width: 640, height: 800 });
	await page.evaluate(() => window.lr.showBlock("light"));
}

/** Draws the Today card and the calendar in a sidebar-sized view. */
export async function showPractice(page: Page, theme: Theme): Promise<void> {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.evaluate((t) => window.lr.showPractice(t), theme);
}

/** Phase 3's first two sections with their topics and topic-note buttons, on the phone page. */
async function topicNotesShot(phone: Page, theme: Theme): Promise<Buffer> {
	await phone.evaluate(([t]) => window.lr.showTopicNotes(t, true), [theme] as const);
	await drawnWhole(phone);
	const details = phone.locator(".lr-phase-details");
	await details.locator(".lr-topics").first().scrollIntoViewIfNeeded();
	await drawnWhole(phone);
	const items = details.locator(".lr-items").first().locator(":scope > .lr-item");
	const first = await items.nth(0).boundingBox();
	const second = await items.nth(1).boundingBox();
	if (!first || !second) throw new Error("The phase details were not drawn");
	// Boxes are measured from the scrolled screen; a full-page clip is measured from the page's top.
	const scrolled = await phone.evaluate(() => window.scrollY);
	const pad = 8;
	const clip = { x: 0, y: first.y + scrolled - pad, width: (phone.viewportSize() ?? PHONE).width, height: second.y + second.height - first.y + 2 * pad };
	return await phone.screenshot({ clip, fullPage: true, animations: "disabled" });
}

/**
 * A screenshot of the whole page as a learner scrolling through it sees it. The cards laid out only
 * near the screen (`content-visibility: auto`) stay blank beyond the viewport in a full-page capture,
 * so the viewport first grows to the whole page: every part is then drawn as it is when on screen.
 */
async function wholePage(page: Page): Promise<Buffer> {
	const size = page.viewportSize() ?? { width: 360, height: 800 };
	await page.setViewportSize({ width: size.width, height: 20000 });
	const height = await page.evaluate(async () => {
		const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
		const bottom = () => Math.ceil(Math.max(...Array.from(document.body.children).map((el) => el.getBoundingClientRect().bottom)) + parseFloat(getComputedStyle(document.body).marginBottom));
		// Every part is drawn at its real height once the browser has seen it on the grown screen: until the page stops changing.
		let last = -1;
		for (let i = 0; i < 20; i++) {
			await frame();
			await frame();
			const now = bottom();
			if (now === last && document.querySelector('[aria-busy="true"]') === null) break;
			last = now;
		}
		return last;
	});
	await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
	try {
		return await page.screenshot({ fullPage: true, animations: "disabled" });
	} finally {
		await page.setViewportSize(size);
	}
}

/** The screenshots of `docs/screenshots/` (shown in the README and docs/), each with how to draw and take it. */
export const SHOTS: { file: string; take(page: Page, browser: BrowserPage): Promise<Buffer> }[] = [
	{
		// The README's picture: a learner mid-roadmap opening the view (Today card, pace line, no warning), as the sidebar shows it.
		file: "learner-view-light.png",
		async take(page) {
			await page.setViewportSize({ width: 360, height: 1150 });
			await page.evaluate(() => window.lr.showView("light", [], false, { pace: true, practice: true, noWarnings: true }));
			await drawnWhole(page);
			return await page.screenshot({ animations: "disabled" });
		},
	},
	{
		file: "progress-view-light.png",
		async take(page) {
			await showView(page, "light");
			return await wholePage(page);
		},
	},
	{
		file: "progress-view-dark.png",
		async take(page) {
			await showView(page, "dark");
			return await wholePage(page);
		},
	},
	{
		file: "progress-view-phone-light.png",
		async take(_page, browser) {
			const phone = await browser.phone();
			await showPhoneView(phone, "light");
			return await phone.screenshot({ animations: "disabled" });
		},
	},
	{
		file: "progress-view-phone-dark.png",
		async take(_page, browser) {
			const phone = await browser.phone();
			await showPhoneView(phone, "dark");
			return await phone.screenshot({ animations: "disabled" });
		},
	},
	{
		file: "pace-light.png",
		async take(page) {
			await showPaceView(page, "light");
			return await wholePage(page);
		},
	},
	{
		file: "pace-dark.png",
		async take(page) {
			await showPaceView(page, "dark");
			return await wholePage(page);
		},
	},
	{
		file: "today-card-light.png",
		async take(page) {
			await showPractice(page, "light");
			return await page.locator(".lr-today").screenshot({ animations: "disabled" });
		},
	},
	{
		file: "today-card-dark.png",
		async take(page) {
			await showPractice(page, "dark");
			return await page.locator(".lr-today").screenshot({ animations: "disabled" });
		},
	},
	{
		file: "streak-calendar-light.png",
		async take(page) {
			await showPractice(page, "light");
			return await page.locator(".lr-calendar").screenshot({ animations: "disabled" });
		},
	},
	{
		file: "streak-calendar-dark.png",
		async take(page) {
			await showPractice(page, "dark");
			return await page.locator(".lr-calendar").screenshot({ animations: "disabled" });
		},
	},
	{
		file: "topic-notes-phone-light.png",
		async take(_page, browser) {
			return await topicNotesShot(await browser.phone(), "light");
		},
	},
	{
		file: "topic-notes-phone-dark.png",
		async take(_page, browser) {
			return await topicNotesShot(await browser.phone(), "dark");
		},
	},
	{
		file: "code-block.png",
		async take(page) {
			await showBlock(page);
			return await page.locator(".markdown-preview-view").screenshot({ animations: "disabled" });
		},
	},
];
