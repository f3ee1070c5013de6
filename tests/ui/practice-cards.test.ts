import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import { practiceSummary } from "../../src/core/practice/practice-summary";
import type { RoadmapNote } from "../../src/core/progress/progress-model";
import { scanNoteBoxes } from "../../src/core/ticks/scan-boxes";
import { renderProgressView, type OpenNote } from "../../src/ui/view/progress-dom";
import { renderStreakCalendar } from "../../src/ui/practice/streak-calendar";
import { DUE_SHOWN, renderTodayCard } from "../../src/ui/practice/today-card";
import { NEXT_TOPIC, samplePractice } from "./sample-practice";
import { sampleProgress } from "./sample-progress";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;
beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv({ cls: "lr-progress" });
});

const RULES = { revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 };
const phase = (lines: string[]): RoadmapNote => ({ path: "Phase 03.md", roadmap: "py", kind: "phase", phase: 3, boxes: scanNoteBoxes(lines) });
const texts = (selector: string) => Array.from(container.querySelectorAll(selector)).map((e) => e.textContent);

describe("the Today card", () => {
	it("says nothing is due and nothing is done yet on a quiet day", () => {
		renderTodayCard(container, NEXT_TOPIC, practiceSummary([phase(["- [x] Loops ✅ 2026-11-30"])], RULES, "2026-11-30"), { onOpen: vi.fn<OpenNote>(), onRevisit: vi.fn() });
		expect(texts(".lr-today-empty")).toEqual(["No revisit due today."]);
		expect(container.querySelector(".lr-today-done .lr-today-topic")?.textContent).toBe("Loops");
		renderTodayCard(container.createDiv(), undefined, practiceSummary([], RULES, "2026-11-30"), { onOpen: vi.fn<OpenNote>(), onRevisit: vi.fn() });
		expect(texts(".lr-today-empty")).toContain("Nothing done yet today.");
		expect(texts(".lr-today-next .lr-today-meta")).toContain("Every topic is done.");
	});

	it(`lists ${DUE_SHOWN} due topics after a long break, the longest overdue first, and counts the rest`, () => {
		const lines = Array.from({ length: 12 }, (_, i) => `- [x] Topic ${i + 1} ✅ 2026-01-${String(i + 10).padStart(2, "0")}`);
		const onRevisit = vi.fn();
		renderTodayCard(container, NEXT_TOPIC, practiceSummary([phase(lines)], RULES, "2026-12-01"), { onOpen: vi.fn<OpenNote>(), onRevisit });
		expect(texts(".lr-today-due .lr-today-topic")).toEqual(["Topic 1", "Topic 2", "Topic 3", "Topic 4", "Topic 5"]);
		expect(container.querySelector(".lr-today-more")?.textContent).toBe("7 more due after these.");
		expect(texts(".lr-today-due .lr-today-meta")[0]).toBe("First of 4 revisits \u00b7 324 days overdue");
		container.querySelector<HTMLButtonElement>('button[aria-label="Mark \u201cTopic 2\u201d revisited today"]')?.click();
		expect(onRevisit).toHaveBeenCalledWith(expect.objectContaining({ text: "Topic 2", path: "Phase 03.md", line: 1, rung: 1 }));
	});

	it("draws topic text as text, never as HTML", () => {
		renderTodayCard(container, NEXT_TOPIC, practiceSummary([phase(["- [x] <img src=x onerror=alert(1)> ✅ 2026-11-30"])], RULES, "2026-12-01"), { onOpen: vi.fn<OpenNote>(), onRevisit: vi.fn() });
		expect(container.querySelector("img")).toBeNull();
		expect(texts(".lr-today-due .lr-today-topic")).toEqual(["<img src=x onerror=alert(1)>"]);
	});
});

describe("the calendar card", () => {
	it("gives every day a tooltip and a text alternative, and names the streaks", () => {
		renderStreakCalendar(container, samplePractice(), 1);
		const days = Array.from(container.querySelectorAll<HTMLElement>('.lr-calendar-day[role="img"]'));
		expect(days).toHaveLength(365);
		// Obsidian's tooltip is drawn from aria-label; a title would add a second, native one.
		for (const day of days) {
			expect(day.getAttribute("aria-label")).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}: /);
			expect(day.hasAttribute("title")).toBe(false);
		}
		expect(days.at(-1)?.getAttribute("aria-label")).toBe("1 December 2026: 2 done");
		expect(container.querySelector('.lr-calendar-grid[role="group"]')?.getAttribute("aria-label")).toBe("Active days from 2 December 2025 to 1 December 2026");
		expect(texts(".lr-streak").map((t) => t)).toEqual(["2 daysCurrent streak", "43 daysLongest streak"]);
	});

	it("keeps month labels apart and inside the grid", () => {
		renderStreakCalendar(container, samplePractice(), 1);
		const columns = Array.from(container.querySelectorAll<HTMLElement>(".lr-calendar-month")).map((l) => Number(l.style.getPropertyValue("--lr-week")));
		expect(columns.length).toBeGreaterThanOrEqual(10);
		columns.forEach((c, i) => i > 0 && expect(c - (columns[i - 1] ?? 0)).toBeGreaterThanOrEqual(4));
	});
});

describe("in the progress view", () => {
	it("puts the Today card first and the calendar last, only when the plugin gives practice", () => {
		const base = { expanded: new Set<string>(), roadmaps: [], selected: "python-data-engineering", onOpen: vi.fn<OpenNote>(), onToggle: vi.fn(), onGenerate: vi.fn(), onSelectRoadmap: vi.fn() };
		renderProgressView(container, sampleProgress(), base);
		expect(container.querySelector(".lr-today, .lr-calendar")).toBeNull();
		renderProgressView(container, sampleProgress(), { ...base, practice: { summary: samplePractice(), restDaysPerWeek: 1, onRevisit: vi.fn() } });
		const sections = Array.from(container.querySelectorAll(".lr-progress-view > div")).map((d) => d.className);
		expect(sections[1]).toContain("lr-today");
		expect(sections.at(-1)).toContain("lr-calendar");
	});
});
