import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import { computePace } from "../../src/core/pace/pace";
import { parseProgressBlock } from "../../src/core/progress/code-block-options";
import { renderPaceBlock } from "../../src/ui/pace/pace-block";
import { renderProgressView, type OpenNote, type ProgressViewOptions } from "../../src/ui/view/progress-dom";
import { renderStatusBar } from "../../src/ui/progress/status-bar";
import type { ProgressHost } from "../../src/ui/view/view-host";
import { dailyDates, paceRoadmap } from "../core/pace/pace-fixtures";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;
beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv();
});

// Phase 1 (2-4 weeks, 20 boxes) done; phase 2 (1-2 months, 40 boxes) 8 done; nothing since September.
function paced(phase2Duration = "1-2 months", phase1Duration = "2-4 weeks") {
	const { roadmap, progress } = paceRoadmap([
		{ number: 1, duration: phase1Duration, level: "Beginner", done: 20, total: 20 },
		{ number: 2, duration: phase2Duration, level: "Advanced", done: 8, total: 40 },
	]);
	return { progress, pace: computePace({ roadmap, progress, doneDates: dailyDates("2026-09-01", 28), today: "2026-10-27" }) };
}

function options(pace: ProgressViewOptions["pace"]): ProgressViewOptions {
	return { expanded: new Set(), roadmaps: [], selected: "pace", onOpen: vi.fn<OpenNote>(), onToggle: vi.fn(), onGenerate: vi.fn(), onSelectRoadmap: vi.fn(), pace };
}

const texts = (root: ParentNode, selector: string): string[] => Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");

describe("pace in the progress view", () => {
	it("draws the pace line inside the overall card, under its bar, in kind words", () => {
		const { progress, pace } = paced();
		renderProgressView(container, progress, options(pace));
		const overall = container.querySelector(".lr-overall");
		expect(overall?.lastElementChild?.classList.contains("lr-pace")).toBe(true);
		expect(texts(container, ".lr-pace-verdict")).toEqual(["A little behind (2 weeks): 46% of the planned phases done; the plan expects 63\u2013100% by today."]);
		expect(texts(container, ".lr-pace-detail")[0]).toBe("Plan from 1 Sep 2026 (your first completion date); it ends between 15 Oct 2026 and 29 Nov 2026.");
	});

	it("marks where today should be on each phase bar, and says it in the bar's value text", () => {
		const { progress, pace } = paced();
		renderProgressView(container, progress, options(pace));
		const marker = container.querySelector<HTMLElement>('.lr-phase[data-phase="2"] .lr-bar-track .lr-pace-marker');
		// day 56 of the plan: phase 2 runs days 14–44 (short) or 28–89 (long)
		expect(marker?.style.getPropertyValue("--lr-pace-from")).toBe(`${Number(((28 / 60.875) * 100).toFixed(3))}%`);
		expect(marker?.style.getPropertyValue("--lr-pace-to")).toBe("100%");
		expect(marker?.getAttribute("aria-hidden")).toBe("true");
		const bar = container.querySelector('.lr-phase[data-phase="2"] [role="progressbar"]');
		expect(bar?.getAttribute("aria-valuetext")).toBe("8 of 40 (20%); today the plan expects 45\u2013100% of it: a little behind (2 weeks)");
		expect(container.querySelectorAll(".lr-pace-marker")).toHaveLength(2);
	});

	it("draws the burn-up as an SVG with the theme's classes and a text alternative", () => {
		const { progress, pace } = paced();
		renderProgressView(container, progress, options(pace));
		const svg = container.querySelector(".lr-burn-up svg");
		expect(svg?.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg?.getAttribute("role")).toBe("img");
		const caption = document.getElementById(svg?.getAttribute("aria-labelledby") ?? "");
		expect(caption?.textContent).toBe("Burn-up from 1 Sep 2026: 28 boxes done by 27 Oct 2026. The plan expects 63\u2013100% of 60 by today.");
		expect(svg?.querySelector("title")?.textContent).toBe(caption?.textContent);
		for (const cls of ["lr-burn-up-band", "lr-burn-up-plan", "lr-burn-up-today", "lr-burn-up-done"]) expect(svg?.querySelector(`.${cls}`), cls).not.toBeNull();
		// no colour is written into the SVG: the stylesheet's classes colour it from the theme
		expect(svg?.outerHTML).not.toMatch(/fill=|stroke=|style=/);
		// the done line climbs weekly to 28 and stays flat through the pause (y = 120 - 28/60 * 120 = 64)
		const done = svg?.querySelector(".lr-burn-up-done")?.getAttribute("points")?.split(" ") ?? [];
		expect(done.at(-1)).toMatch(/,64$/);
		expect(done.at(-2)).toMatch(/,64$/);
	});

	it("shows no pace, markers or burn-up for a roadmap without durations, and no error", () => {
		const { progress, pace } = paced("Ongoing", "When ready");
		expect(() => renderProgressView(container, progress, options(pace))).not.toThrow();
		expect(container.querySelector(".lr-pace-verdict")).toBeNull();
		expect(container.querySelector(".lr-pace-marker")).toBeNull();
		expect(container.querySelector(".lr-burn-up")).toBeNull();
		// the projection needs no durations: it stays
		expect(texts(container, ".lr-pace-detail")[0]).toMatch(/^At your recent pace you finish the roadmap around /);
	});
});

describe("the code block's show: pace", () => {
	it("is read from the block, and a wrong value names it", () => {
		expect(parseProgressBlock("show: pace\nphase: 2")).toEqual({ show: "pace", phase: 2 });
		expect(parseProgressBlock("show: everything").error).toBe('Cannot read "show: everything": write "phase: 3", "roadmap: my-roadmap", "show: pace" or "show: topics", or leave the block empty.');
		expect(parseProgressBlock("show: topics\nphase: 2")).toEqual({ show: "topics", phase: 2 });
	});

	it("draws the bars with the pace line and the burn-up, or one phase with its pace in words", () => {
		const { progress, pace } = paced();
		renderPaceBlock(container, progress, pace, undefined, vi.fn<OpenNote>());
		expect(texts(container, ".lr-overall .lr-pace-verdict")).toHaveLength(1);
		expect(container.querySelectorAll(".lr-pace-marker")).toHaveLength(2);
		expect(container.querySelector(".lr-burn-up svg")).not.toBeNull();

		renderPaceBlock(container, progress, pace, 2, vi.fn<OpenNote>());
		expect(texts(container, ".lr-pace-detail")).toEqual([
			"A little behind (2 weeks): the plan expects 45\u2013100% of this phase by today; it starts on 15 Sep 2026 and ends between 15 Oct 2026 and 29 Nov 2026.",
		]);
	});
});

describe("the status bar", () => {
	it("follows the percentage with the pace only when the setting is on", () => {
		const { progress, pace } = paced();
		const el = document.body.createDiv();
		const host = (on: boolean) =>
			({ selectedRoadmap: () => "pace", pace: () => pace, paceInStatusBar: () => on, tracker: { progress: () => progress, choices: () => [{ id: "pace", title: "Pace" }] } }) as unknown as ProgressHost;
		renderStatusBar(el, host(false));
		expect(el.textContent).toBe("Roadmap 46%");
		renderStatusBar(el, host(true));
		expect(el.textContent).toBe("Roadmap 46% \u00b7 a little behind");
		expect(el.getAttribute("aria-label")).toBe("Pace: 28 of 60 done (46%), a little behind");
	});
});
