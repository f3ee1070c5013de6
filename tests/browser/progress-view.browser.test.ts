/**
 * The progress view in a real Chromium (see browser.ts): bars measured in the light and the dark theme,
 * and every screenshot of docs/screenshots/ compared with what is drawn now, within
 * SCREENSHOT_TOLERANCE. The test never writes them: after a deliberate visual change, run
 * `npm run screenshots`, look at the images, and commit them. Without Chromium the tests fail under CI
 * and are skipped (and named in the summary) elsewhere.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, needs, present } from "../harness/prerequisites";
import { openBrowserPage, showBlock, showPractice, showView, SHOTS, SHOTS_DIR, type BrowserPage } from "./browser";
import { comparePng, SCREENSHOT_TOLERANCE } from "./compare-png";
import type { Theme } from "./page";

describe("progress view in a real browser", () => {
	let browser: BrowserPage | undefined;
	const page = () => {
		if (!browser) throw new Error("the browser did not start");
		return browser.page;
	};

	beforeAll(async () => {
		if (present(CHROMIUM)) browser = await openBrowserPage();
	});

	afterAll(async () => {
		await browser?.close();
	});

	it("loads the page without errors", (ctx) => {
		needs(ctx, CHROMIUM);
		expect(browser?.errors).toEqual([]);
	});

	for (const theme of ["light", "dark"] as Theme[]) {
		it(`draws every bar to scale in the ${theme} theme`, async (ctx) => {
			needs(ctx, CHROMIUM);
			await showView(page(), theme);
			const bars = await page().evaluate(() => window.lr.measureBars());
			expect(bars.length).toBeGreaterThan(12 + 7 + 3);
			for (const bar of bars) {
				const expected = bar.max > 0 ? (bar.now / bar.max) * bar.trackWidth : 0;
				expect(bar.trackWidth, bar.label).toBeGreaterThan(20);
				expect(Math.abs(bar.fillWidth - expected), `${bar.label}: ${bar.fillWidth}px for ${bar.now}/${bar.max}`).toBeLessThanOrEqual(1);
				expect(bar.fillColor, `${bar.label} fill against its track`).not.toBe(bar.trackColor);
				expect(bar.fillColor).not.toBe("rgba(0, 0, 0, 0)");
			}

			const colours = await page().evaluate(() => {
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
		});
	}

	it("shows the empty state with its generate button", async (ctx) => {
		needs(ctx, CHROMIUM);
		await page().evaluate(() => window.lr.showView("light", [], true));
		const button = page().getByRole("button", { name: "Generate roadmap notes" });
		expect(await button.isVisible()).toBe(true);
		const box = await button.boundingBox();
		expect(box?.width ?? 0).toBeGreaterThan(40);
		expect(await page().locator('[role="progressbar"]').count()).toBe(0);
	});

	it("draws the code block inside a note", async (ctx) => {
		needs(ctx, CHROMIUM);
		await showBlock(page());
		const bars = await page().evaluate(() => window.lr.measureBars());
		expect(bars.map((b) => b.label)).toContain("Phase 3: Data Manipulation with Pandas & NumPy");
		expect(bars.length).toBeGreaterThan(12);
		for (const bar of bars) {
			const expected = bar.max > 0 ? (bar.now / bar.max) * bar.trackWidth : 0;
			expect(Math.abs(bar.fillWidth - expected), bar.label).toBeLessThanOrEqual(1);
		}
	});

	it("lays out the cards below the phases only near the screen, and an update keeps the learner's place, the focus and every element", async (ctx) => {
		needs(ctx, CHROMIUM);
		await page().setViewportSize({ width: 360, height: 800 });
		const every = Array.from({ length: 12 }, (_, i) => String(i + 1));
		await page().evaluate((expanded) => window.lr.showView("light", expanded, false, { practice: true, pace: true }), every);
		const place = await page().evaluate(async () => {
			const frames = async (n: number) => {
				for (let i = 0; i < n; i++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
			};
			const lazy = [".lr-phase-details", ".lr-burn-up", ".lr-levels", ".lr-activity", ".lr-calendar"].map(
				(selector) => `${selector} ${getComputedStyle(document.querySelector(selector)!).contentVisibility}`,
			);
			// Everything is drawn at once: the browser only puts off laying out what is far from the screen.
			const drawn = { squares: document.querySelectorAll('.lr-calendar-day[role="img"]').length, lastPhase: document.querySelectorAll("#lr-phase-details-12 .lr-item").length };
			// Scrolled down a screen at a time, as a learner reads, so every part is laid out once.
			for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
				window.scrollTo(0, y);
				await frames(2);
			}
			// The levels card near the top of the screen: above it, every phase's details.
			const levels = () => document.querySelector(".lr-levels")!.getBoundingClientRect().top;
			window.scrollBy(0, levels() - 100);
			await frames(2);
			const before = levels();
			// The focus on a link of phase 12's details, far above the screen now.
			document.querySelector<HTMLElement>("#lr-phase-details-12 .lr-link")!.focus({ preventScroll: true });
			const elements = Array.from(document.querySelectorAll(".lr-progress-view *"));
			// A tick elsewhere updates the view in place.
			window.lr.redraw();
			await frames(2);
			return {
				lazy,
				drawn,
				before,
				after: levels(),
				scrolled: window.scrollY,
				kept: elements.every((el) => el.isConnected),
				focused: document.activeElement?.closest("#lr-phase-details-12") !== null,
			};
		});
		expect(place.lazy).toEqual([".lr-phase-details auto", ".lr-burn-up auto", ".lr-levels auto", ".lr-activity auto", ".lr-calendar auto"]);
		expect(place.drawn.squares).toBe(365);
		expect(place.drawn.lastPhase).toBeGreaterThan(0);
		expect(place.scrolled).toBeGreaterThan(3000);
		expect(place.before).toBeCloseTo(100, 0);
		expect(Math.abs(place.after - place.before), `the levels card moved from ${place.before} to ${place.after}`).toBeLessThanOrEqual(1);
		expect(place.kept).toBe(true);
		expect(place.focused).toBe(true);
	});

	it("has the fourteen screenshots the documentation shows", () => {
		expect(SHOTS.map((s) => s.file)).toEqual([
			"learner-view-light.png",
			"progress-view-light.png",
			"progress-view-dark.png",
			"progress-view-phone-light.png",
			"progress-view-phone-dark.png",
			"pace-light.png",
			"pace-dark.png",
			"today-card-light.png",
			"today-card-dark.png",
			"streak-calendar-light.png",
			"streak-calendar-dark.png",
			"topic-notes-phone-light.png",
			"topic-notes-phone-dark.png",
			"code-block.png",
		]);
	});

	it("lets the Today card be used with the keyboard alone: Tab to a due revisit, Enter marks it, Space opens", async (ctx) => {
		needs(ctx, CHROMIUM);
		await showPractice(page(), "light");
		await page().evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		const names: string[] = [];
		for (let i = 0; i < 4; i++) {
			await page().keyboard.press("Tab");
			names.push(await page().evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? ""));
		}
		expect(names).toEqual([
			"Handling missing data",
			"Mark \u201cArray indexing and slicing\u201d revisited today",
			"Open \u201cArray indexing and slicing\u201d",
			"Mark \u201cArray creation methods\u201d revisited today",
		]);
		await page().keyboard.press("Enter");
		await page().keyboard.press("Shift+Tab");
		await page().keyboard.press("Space");
		const clicks = await page().evaluate(() => window.lr.clicks());
		expect(clicks[0]).toBe("revisit Array creation methods");
		expect(clicks[1]).toMatch(/^open .*Phase 03 - Data Manipulation with Pandas & NumPy\.md:3$/);
	});

	for (const theme of ["light", "dark"] as Theme[]) {
		it(`draws the calendar's days as squares, shaded apart from empty days, with big enough buttons, in the ${theme} theme`, async (ctx) => {
			needs(ctx, CHROMIUM);
			await showPractice(page(), theme);
			const drawn = await page().evaluate(() => {
				const days = Array.from(document.querySelectorAll<HTMLElement>('.lr-calendar-day[role="img"]'));
				const box = (el: Element | null) => el?.getBoundingClientRect() ?? { width: 0, height: 0 };
				const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).backgroundColor;
				return {
					count: days.length,
					square: days.every((d) => Math.abs(box(d).width - box(d).height) < 0.5 && box(d).width >= 4),
					empty: colour(".lr-calendar-day.lr-level-0"),
					light: colour(".lr-calendar-day.lr-level-1"),
					busy: colour(".lr-calendar-day.lr-level-3"),
					buttons: Array.from(document.querySelectorAll(".lr-today-actions button")).map((b) => [box(b).width, box(b).height]),
					overflow: document.querySelector(".lr-today")!.scrollWidth - document.querySelector(".lr-today")!.clientWidth,
				};
			});
			expect(drawn.count).toBe(365);
			expect(drawn.square).toBe(true);
			expect(new Set([drawn.empty, drawn.light, drawn.busy]).size).toBe(3);
			for (const [width, height] of drawn.buttons) {
				expect(width).toBeGreaterThanOrEqual(24);
				expect(height).toBeGreaterThanOrEqual(24);
			}
			expect(drawn.overflow).toBe(0);
		});
	}

	for (const shot of SHOTS) {
		it(`looks like docs/screenshots/${shot.file}`, async (ctx) => {
			needs(ctx, CHROMIUM);
			if (!browser) throw new Error("the browser did not start");
			const result = comparePng(await shot.take(page(), browser), readFileSync(join(SHOTS_DIR, shot.file)));
			expect(result.reason, `${shot.file}: if the change is deliberate, run npm run screenshots and look at the images`).toBeUndefined();
		});
	}

	it("sees a visual change: a bar coloured differently, and a small mark, both fail the comparison", async (ctx) => {
		needs(ctx, CHROMIUM);
		const reference = readFileSync(join(SHOTS_DIR, "code-block.png"));
		// A real change drawn by the browser: one bar's fill in another colour.
		await showBlock(page());
		await page().evaluate(() => document.querySelector<HTMLElement>(".lr-bar-fill")?.style.setProperty("background-color", "rgb(200, 40, 40)"));
		const recoloured = await page().locator(".markdown-preview-view").screenshot({ animations: "disabled" });
		expect(comparePng(recoloured, reference).match).toBe(false);
		// A 6×6 CSS-pixel mark (12×12 at device scale 2) anywhere in the image.
		const marked = PNG.sync.read(reference);
		for (let y = 100; y < 112; y++) {
			for (let x = 100; x < 112; x++) {
				const i = (y * marked.width + x) * 4;
				marked.data[i] = 255 - marked.data[i];
				marked.data[i + 1] = 0;
				marked.data[i + 2] = 255;
			}
		}
		const mark = comparePng(PNG.sync.write(marked), reference);
		expect(mark.match).toBe(false);
		expect(mark.diffPixels).toBeGreaterThan(SCREENSHOT_TOLERANCE.maxDiffPixels); // 144 changed, edges counted as anti-aliasing aside
		// The same image, and a different size, for completeness.
		expect(comparePng(reference, reference)).toMatchObject({ match: true, diffPixels: 0 });
		expect(comparePng(recoloured, readFileSync(join(SHOTS_DIR, "progress-view-light.png"))).reason).toMatch(/^size /);
	});
});
