/**
 * The progress view for everyone, in a real Chromium: on a phone (390×844, touch, Obsidian's
 * `is-mobile is-phone` body classes) and in a 260 px sidebar, in the light and the dark theme of the
 * stand-in (theme.css, Obsidian's default theme). axe-core finds no violation on the view's own
 * elements; every tap target, every text and every non-text part is measured from what was rendered;
 * a keyboard walk keeps the focus on the control used across the update it causes.
 *
 * The checks run on everything under `.lr-progress` (see a11y.ts), so the cards other modules add to
 * the view are held to the same bar without being named here. `LR_A11Y_REPORT=1` prints the figures
 * docs/accessibility.md quotes (smallest target, lowest contrast).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, needs, present } from "../harness/prerequisites";
import { AA, measureFocusRing, measureParts, measureTargets, measureTexts, overlapping, runAxe, smallest, VIEW_ROOT } from "./a11y";
import { openBrowserPage, PHONE, showPhoneView, showView, type BrowserPage } from "./browser";
import type { Theme, ViewSetup } from "./page";

const THEMES: Theme[] = ["light", "dark"];
/** A phone, and a narrow desktop sidebar; with several roadmaps (so the switcher is drawn) the pace cards, the Today card and the calendar. */
const SIZES = [
	{ name: "a phone", phone: true, width: PHONE.width, minTarget: 44 },
	{ name: "a 260 px sidebar", phone: false, width: 260, minTarget: 24 },
] as const;
const SETUP: ViewSetup = { severalRoadmaps: true, pace: true, practice: true };
const report = process.env.LR_A11Y_REPORT === "1";

describe("the progress view on a phone, in a narrow sidebar, and for everyone", () => {
	let browser: BrowserPage | undefined;
	const opened = () => {
		if (!browser) throw new Error("the browser did not start");
		return browser;
	};

	beforeAll(async () => {
		if (present(CHROMIUM)) browser = await openBrowserPage();
	});

	afterAll(async () => {
		await browser?.close();
	});

	/** Draws the view (phase 3 expanded, a switcher) at a size and returns the page it is on. */
	async function draw(size: (typeof SIZES)[number], theme: Theme, setup: ViewSetup = SETUP): Promise<Page> {
		if (size.phone) {
			const phone = await opened().phone();
			await showPhoneView(phone, theme, setup);
			return phone;
		}
		await showView(opened().page, theme, size.width, setup);
		return opened().page;
	}

	for (const theme of THEMES) {
		for (const size of SIZES) {
			describe(`in the ${theme} theme, on ${size.name}`, () => {
				it("has no axe-core violation on the view's own elements", async (ctx) => {
					needs(ctx, CHROMIUM);
					const page = await draw(size, theme);
					expect(await page.locator(`${VIEW_ROOT} select`).count()).toBe(1);
					expect(await runAxe(page)).toEqual([]);
				});

				it(`gives every control a target of at least ${size.minTarget}×${size.minTarget} px, none overlapping`, async (ctx) => {
					needs(ctx, CHROMIUM);
					const page = await draw(size, theme);
					const targets = await measureTargets(page);
					// The switcher, 12 toggles and 12 phase titles, phase 3's 7 sections and 3 projects, up next, criteria, warnings.
					expect(targets.length).toBeGreaterThan(1 + 12 + 12 + 7 + 3 + 5);
					for (const target of targets) {
						expect(target.width, `${target.name}: ${target.width}×${target.height}`).toBeGreaterThanOrEqual(size.minTarget);
						expect(target.height, `${target.name}: ${target.width}×${target.height}`).toBeGreaterThanOrEqual(size.minTarget);
					}
					expect(overlapping(targets)).toEqual([]);
					if (report) console.info(`${theme}, ${size.name}: ${targets.length} targets, smallest ${smallest(targets, (t) => t.width).toFixed(1)} wide, ${smallest(targets, (t) => t.height).toFixed(1)} tall`);
				});

				it("draws every text at 12 px or more and 4.5:1 or more against its background", async (ctx) => {
					needs(ctx, CHROMIUM);
					const page = await draw(size, theme);
					const texts = await measureTexts(page);
					expect(texts.length).toBeGreaterThan(100);
					for (const text of texts) {
						expect(text.ratio, `"${text.text}" ${text.color} on ${text.background}`).toBeGreaterThanOrEqual(text.large ? AA.largeText : AA.text);
						expect(text.fontSize, `"${text.text}"`).toBeGreaterThanOrEqual(12);
					}
					if (report) console.info(`${theme}, ${size.name}: ${texts.length} texts, lowest contrast ${smallest(texts, (t) => t.ratio).toFixed(2)}:1`);
				});

				it("draws every bar's track, fill and started part, every mark and chart bar at 3:1 or more", async (ctx) => {
					needs(ctx, CHROMIUM);
					const page = await draw(size, theme);
					const parts = await measureParts(page);
					const kinds = new Set(parts.map((p) => p.what.split(" ")[0]));
					expect([...kinds].sort()).toEqual(["chart", "done", "fill", "icon", "open", "started", "track"]);
					for (const part of parts) {
						expect(part.ratio, part.what).toBeGreaterThanOrEqual(AA.nonText);
						if (part.patterned !== undefined) expect(part.patterned, `${part.what} has a pattern`).toBe(true);
					}
					if (report) console.info(`${theme}, ${size.name}: ${parts.length} parts, lowest contrast ${smallest(parts, (p) => p.ratio).toFixed(2)}:1`);
				});
			});
		}

		it(`shows the empty state's generate button as a target and without violations (${theme}, phone)`, async (ctx) => {
			needs(ctx, CHROMIUM);
			const phone = await opened().phone();
			await phone.evaluate((t) => window.lr.showView(t, [], true, { mobile: true }), theme);
			expect(await runAxe(phone)).toEqual([]);
			const [button] = await measureTargets(phone);
			expect(button.name).toBe("Generate roadmap notes");
			expect(button.height).toBeGreaterThanOrEqual(44);
		});

		it(`draws the code block with 44 px targets and no violations on a phone (${theme})`, async (ctx) => {
			needs(ctx, CHROMIUM);
			const phone = await opened().phone();
			await phone.evaluate((t) => window.lr.showBlock(t, { mobile: true }), theme);
			expect(await runAxe(phone, ".lr-progress-block")).toEqual([]);
			const targets = await measureTargets(phone, ".lr-progress-block");
			expect(targets.length).toBeGreaterThan(12 + 7 + 3);
			for (const target of targets) expect(Math.min(target.width, target.height), target.name).toBeGreaterThanOrEqual(44);
			for (const text of await measureTexts(phone, ".lr-progress-block")) expect(text.ratio, text.text).toBeGreaterThanOrEqual(AA.text);
		});
	}

	it("keeps 24×24 px targets with a pointer at the default sidebar width", async (ctx) => {
		needs(ctx, CHROMIUM);
		await showView(opened().page, "light", 360, SETUP);
		const targets = await measureTargets(opened().page);
		for (const target of targets) expect(Math.min(target.width, target.height), target.name).toBeGreaterThanOrEqual(24);
		expect(overlapping(targets)).toEqual([]);
	});

	for (const width of [240, 260, 300, 360, 800]) {
		it(`labels the activity chart at ${width} px without clipping or overlapping a month`, async (ctx) => {
			needs(ctx, CHROMIUM);
			await showView(opened().page, "light", width);
			const page = opened().page;
			const chart = await page.locator(".lr-chart").boundingBox();
			const months = await page.evaluate(() => window.lr.labelBoxes(".lr-chart-month"));
			if (!chart) throw new Error("no chart");
			// Every month when there is room, else every second or third, always the latest one.
			expect(months.length).toBeGreaterThanOrEqual(4);
			expect(months.at(-1)?.text).toBe("Nov");
			if (width >= 360) expect(months).toHaveLength(12);
			for (const label of months) {
				expect(label.text).toMatch(/^[A-Z][a-z]{2}$/);
				expect(label.left, label.text).toBeGreaterThanOrEqual(chart.x - 0.5);
				expect(label.right, label.text).toBeLessThanOrEqual(chart.x + chart.width + 0.5);
			}
			for (const selector of [".lr-chart-month", ".lr-chart-value"]) {
				const boxes = await page.evaluate((s) => window.lr.labelBoxes(s), selector);
				boxes.slice(1).forEach((box, i) => expect(box.left, `${boxes[i].text} then ${box.text}`).toBeGreaterThanOrEqual(boxes[i].right));
			}
			const clipped = await page.evaluate(() =>
				Array.from(document.querySelectorAll<HTMLElement>(".lr-chart-month, .lr-chart-value")).filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible").length,
			);
			expect(clipped).toBe(0);
		});
	}

	for (const width of [240, 260]) {
		it(`keeps every row inside a ${width} px sidebar, nothing cut without an ellipsis`, async (ctx) => {
			needs(ctx, CHROMIUM);
			await showView(opened().page, "light", width, SETUP);
			const page = opened().page;
			await page.evaluate(() => window.lr.showView("light", ["1", "2", "3", "4"], false, { severalRoadmaps: true }));
			const layout = await page.evaluate((root) => {
				const elements = Array.from(document.querySelectorAll<HTMLElement>(`${root} *`));
				const right = Math.max(...elements.map((el) => el.getBoundingClientRect().right));
				const cut = elements
					.filter((el) => {
						const style = getComputedStyle(el);
						return style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== "ellipsis" && !el.classList.contains("lr-bar-track");
					})
					.map((el) => el.className);
				return { right, page: document.documentElement.scrollWidth, cut };
			}, VIEW_ROOT);
			expect(layout.page).toBeLessThanOrEqual(width);
			expect(layout.right).toBeLessThanOrEqual(width);
			expect(layout.cut).toEqual([]);
		});
	}

	it("cuts a long roadmap title in the switcher with an ellipsis, the full title still named", async (ctx) => {
		needs(ctx, CHROMIUM);
		await showView(opened().page, "light", 260, SETUP);
		const select = opened().page.locator(".lr-roadmap-select");
		const drawn = await select.evaluate((el: HTMLSelectElement) => ({
			overflow: el.scrollWidth > el.clientWidth || getComputedStyle(el).textOverflow === "ellipsis",
			ellipsis: getComputedStyle(el).textOverflow,
			width: el.getBoundingClientRect().width,
			title: el.title,
			selected: el.selectedOptions[0]?.textContent,
		}));
		expect(drawn.ellipsis).toBe("ellipsis");
		expect(drawn.width).toBeLessThanOrEqual(260);
		expect(drawn.title).toBe("Python Learning Roadmap for Data Science & Data Engineering");
		expect(drawn.selected).toBe(drawn.title);
		expect(await opened().page.getByRole("combobox", { name: "Roadmap" }).count()).toBe(1);
	});

	it("names each phase title with a space: \u201cPhase 1 Python Fundamentals & Syntax\u201d", async (ctx) => {
		needs(ctx, CHROMIUM);
		await showView(opened().page, "light");
		const title = opened().page.getByRole("button", { name: "Phase 1 Python Fundamentals & Syntax", exact: true });
		expect(await title.count()).toBe(1);
		expect(await opened().page.getByRole("button", { name: /Phase 1Python/ }).count()).toBe(0);
	});

	it("draws Up next as a numbered list of links, not as boxes that cannot be ticked", async (ctx) => {
		needs(ctx, CHROMIUM);
		const phone = await opened().phone();
		await showPhoneView(phone, "light");
		const items = phone.locator(".lr-up-next-item");
		expect(await items.count()).toBe(5);
		expect(await phone.locator('.lr-up-next [role="checkbox"], .lr-up-next input').count()).toBe(0);
		// Each row starts with its number, as text a screen reader reads with the topic.
		const numbers = await items.evaluateAll((els) => els.map((el) => el.firstElementChild?.textContent));
		expect(numbers).toEqual(["1", "2", "3", "4", "5"]);
		// On touch, what opens a note is underlined.
		const decoration = await phone.locator(".lr-up-next-text").first().evaluate((el) => getComputedStyle(el).textDecorationLine);
		expect(decoration).toBe("underline");
	});

	describe("keyboard walk", () => {
		/** The identity of the focused element: its key, else its tag and name. */
		const focused = (page: Page) =>
			page.evaluate(() => {
				const el = document.activeElement;
				return el && el !== document.body ? `${el.tagName} ${el.getAttribute("data-lr-key") ?? el.getAttribute("aria-label") ?? el.textContent}` : "nothing";
			});

		for (const size of SIZES) {
			it(`keeps the focus on the switcher, a toggle, a link and a button across the redraw they cause (${size.name})`, async (ctx) => {
				needs(ctx, CHROMIUM);
				const page = await draw(size, "dark");
				const renders = () => page.evaluate(() => window.lr.renders());

				// The switcher: the arrow key picks the next roadmap, which redraws the view.
				await page.locator(".lr-roadmap-select").focus();
				let before = await renders();
				await page.keyboard.press("ArrowDown");
				await expect.poll(renders).toBeGreaterThan(before);
				expect(await page.evaluate(() => window.lr.clicks())).toContain("select sql-basics");
				expect(await focused(page)).toBe("SELECT roadmap");
				const ring = await measureFocusRing(page);
				expect(ring?.width, ring?.style).toBeGreaterThanOrEqual(2);
				expect(ring?.ratio, ring?.style).toBeGreaterThanOrEqual(AA.nonText);

				// Tab to the first toggle, open it with Enter, close it with Space.
				for (let i = 0; i < 40 && !(await focused(page)).startsWith("BUTTON toggle:"); i++) await page.keyboard.press("Tab");
				const toggle = await focused(page);
				expect(toggle).toMatch(/^BUTTON toggle:\d+$/);
				for (const key of ["Enter", "Space"]) {
					before = await renders();
					await page.keyboard.press(key);
					expect(await renders()).toBeGreaterThan(before);
					expect(await focused(page)).toBe(toggle);
				}
				expect(await page.locator(`[data-lr-key="${toggle.slice(7)}"]`).getAttribute("aria-expanded")).toBe("false");

				// The next control is the phase's title: opening the note redraws, the focus stays.
				await page.keyboard.press("Tab");
				const link = await focused(page);
				expect(link).toMatch(/^BUTTON phase:\d+$/);
				before = await renders();
				await page.keyboard.press("Enter");
				expect(await renders()).toBeGreaterThan(before);
				expect(await focused(page)).toBe(link);
				const linkRing = await measureFocusRing(page);
				expect(linkRing?.ratio, linkRing?.style).toBeGreaterThanOrEqual(AA.nonText);
			});
		}

		it("keeps the generate button focused when the empty state is drawn again", async (ctx) => {
			needs(ctx, CHROMIUM);
			const page = opened().page;
			await page.evaluate(() => window.lr.showView("light", [], true));
			await page.getByRole("button", { name: "Generate roadmap notes" }).focus();
			await page.keyboard.press("Enter");
			expect(await page.evaluate(() => window.lr.clicks())).toEqual(["generate"]);
			expect(await focused(page)).toBe("BUTTON generate");
		});

		for (const theme of THEMES) {
			it(`gives the focus back to every focusable control of the view after a redraw, with a visible ring (${theme})`, async (ctx) => {
				needs(ctx, CHROMIUM);
				await showView(opened().page, theme, 360, SETUP);
				const page = opened().page;
				const count = await page.locator(`${VIEW_ROOT} :is(button, a[href], select, [tabindex]:not([tabindex="-1"]))`).count();
				expect(count).toBeGreaterThan(40);
				let lowest = Infinity;
				for (let i = 0; i < count; i++) {
					await page.locator(`${VIEW_ROOT} :is(button, a[href], select, [tabindex]:not([tabindex="-1"]))`).nth(i).focus();
					const ring = await measureFocusRing(page);
					expect(ring?.ratio ?? 0, `${ring?.name}: ${ring?.style}`).toBeGreaterThanOrEqual(AA.nonText);
					expect(ring?.width ?? 0, `${ring?.name}: ${ring?.style}`).toBeGreaterThanOrEqual(2);
					lowest = Math.min(lowest, ring?.ratio ?? 0);
					const identity = await focused(page);
					await page.evaluate(() => window.lr.redraw());
					expect(await focused(page), `control ${i}`).toBe(identity);
				}
				if (report) console.info(`${theme}, 360 px: ${count} controls, lowest focus ring contrast ${lowest.toFixed(2)}:1`);
			});
		}
	});
});
