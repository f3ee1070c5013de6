import { afterEach, describe, expect, it } from "vitest";
import { activityByDay, dayItems, dueRevisits } from "../../../src/core/practice/practice";
import { calendarYear } from "../../../src/core/practice/calendar";
import { countedNotes, practiceSummary } from "../../../src/core/practice/practice-summary";
import { computeProgress } from "../../../src/core/progress/progress";
import { DEFAULT_REVISIT_LADDER } from "../../../src/core/practice/ladder";
import { localDateString } from "../../../src/core/dates/calendar-dates";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";

const LADDER = DEFAULT_REVISIT_LADDER;

/** A note of `kind` whose boxes are read from real lines, as the editor reads them. */
function note(path: string, lines: string[], extra: Partial<RoadmapNote> = {}): RoadmapNote {
	return { path, roadmap: "py", kind: "phase", phase: 3, boxes: scanNoteBoxes(lines), ...extra };
}

const PANDAS = note("Phase 03.md", [
	"## Pandas",
	"- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-01",
	"- [x] Merging DataFrames ✅ 2026-11-20",
	"- [x] Reshaping with pivot ✅ 2026-12-02",
	"- [x] Indexing ↻ 2026-11-02 ↻ 2026-11-08 ↻ 2026-12-01 ↻ 2026-03-01 ✅ 2026-11-01",
	"- [ ] Window functions ↻ 2026-11-25",
	"- [-] Dropped topic ✅ 2026-11-01",
	"- [x] Written by hand ✅ 2026-11-29 ⏳ 2026-11-28",
]);

describe("revisits due", () => {
	it("lists each done topic once, at its next rung, the longest overdue first", () => {
		const due = dueRevisits([PANDAS], LADDER, "2026-12-03");
		expect(due.map((d) => [d.text, d.rung, d.due, d.overdueDays])).toEqual([
			["Merging DataFrames", 1, "2026-11-21", 12],
			["Written by hand", 1, "2026-11-30", 3],
			["Reshaping with pivot", 1, "2026-12-03", 0],
		]);
		expect(due[0]).toMatchObject({ path: "Phase 03.md", line: 2, phase: 3, completed: "2026-11-20", rungs: 4 });
	});

	it("follows the dates as days pass: the groupby topic comes back 7 days after its ✅ date", () => {
		expect(dueRevisits([PANDAS], LADDER, "2026-12-07").map((d) => d.text)).not.toContain("Pandas groupby");
		expect(dueRevisits([PANDAS], LADDER, "2026-12-08").find((d) => d.text === "Pandas groupby")).toMatchObject({ rung: 2, due: "2026-12-08", overdueDays: 0 });
	});

	it("never lists an open, skipped or graduated topic, nor a project's boxes", () => {
		const project = note("Project 3.1.md", ["- [x] Load the CSV ✅ 2026-11-01"], { kind: "project", project: "3.1" });
		const texts = dueRevisits([PANDAS, project], LADDER, "2027-06-01").map((d) => d.text);
		expect(texts).not.toContain("Window functions");
		expect(texts).not.toContain("Dropped topic");
		expect(texts).not.toContain("Load the CSV");
		// Indexing reached 3 rungs after its ✅ date (the March mark predates it): its 4th is due on 2027-01-30.
		expect(dueRevisits([PANDAS], LADDER, "2027-06-01").find((d) => d.text === "Indexing")).toMatchObject({ rung: 4, due: "2027-01-30" });
		const graduated = note("Phase 04.md", ["- [x] Done ↻ 2026-01-02 ↻ 2026-01-08 ↻ 2026-01-31 ↻ 2026-04-01 ✅ 2026-01-01"]);
		expect(dueRevisits([graduated], LADDER, "2027-06-01")).toEqual([]);
	});

	it("leaves out a note whose properties can't be read", () => {
		expect(dueRevisits([{ ...PANDAS, problem: "phase is missing" }], LADDER, "2026-12-03")).toEqual([]);
	});
});

describe("a day's work", () => {
	it("lists the boxes done and the topics revisited that day", () => {
		const project = note("Project 3.1.md", ["- [x] Load the CSV ✅ 2026-12-02"], { kind: "project", project: "3.1" });
		const { completed, revisited } = dayItems([PANDAS, project], "2026-12-02");
		expect(completed.map((i) => i.text)).toEqual(["Reshaping with pivot", "Load the CSV"]);
		expect(completed[1]).toMatchObject({ project: "3.1", path: "Project 3.1.md", line: 0 });
		expect(revisited.map((i) => i.text)).toEqual(["Pandas groupby"]);
	});

	it("counts completions and revisits per day; a revisit stays counted after the topic is unticked", () => {
		const days = activityByDay([PANDAS]);
		expect(days.get("2026-12-01")).toEqual({ completed: 1, revisited: 1 });
		expect(days.get("2026-11-25")).toEqual({ completed: 0, revisited: 1 });
		expect(days.get("2026-11-01")).toEqual({ completed: 1, revisited: 0 });
	});
});

describe("today, around midnight", () => {
	const original = process.env.TZ;
	afterEach(() => {
		if (original === undefined) delete process.env.TZ;
		else process.env.TZ = original;
	});

	it("is the learner's local date, so a revisit is due from local midnight", () => {
		const lines = note("Phase 03.md", ["- [x] Pandas groupby ✅ 2026-12-01"]);
		// 11:30 UTC on the 1st is already the 2nd in Auckland: the first rung is due there.
		process.env.TZ = "Pacific/Auckland";
		const auckland = localDateString(new Date("2026-12-01T11:30:00Z"));
		expect(auckland).toBe("2026-12-02");
		expect(dueRevisits([lines], LADDER, auckland).map((d) => d.text)).toEqual(["Pandas groupby"]);
		// 07:30 UTC on the 2nd is still the 1st in Los Angeles: nothing due yet.
		process.env.TZ = "America/Los_Angeles";
		const losAngeles = localDateString(new Date("2026-12-02T07:30:00Z"));
		expect(losAngeles).toBe("2026-12-01");
		expect(dueRevisits([lines], LADDER, losAngeles)).toEqual([]);
	});
});

describe("the calendar of the last twelve months", () => {
	it("runs from the day after this date a year ago to today, in weeks starting on Monday", () => {
		const year = calendarYear(activityByDay([PANDAS]), "2026-12-03");
		expect(year.start).toBe("2025-12-04");
		expect(year.end).toBe("2026-12-03");
		const days = year.weeks.flat().filter((d) => d !== null);
		expect(days).toHaveLength(365);
		// 2025-12-04 was a Thursday: three empty cells before it in the first week.
		expect(year.weeks[0]?.slice(0, 4).map((d) => d?.date ?? null)).toEqual([null, null, null, "2025-12-04"]);
		expect(year.weeks.every((w) => w.length === 7)).toBe(true);
		expect(year.months[0]).toEqual({ week: 0, month: "2025-12" });
		expect(year.months.map((m) => m.month)).toContain("2026-12");
	});

	it("shades a day by what was done and revisited on it", () => {
		const year = calendarYear(activityByDay([PANDAS]), "2026-12-03");
		const day = (date: string) => year.weeks.flat().find((d) => d?.date === date);
		expect(day("2026-12-01")).toMatchObject({ completed: 1, revisited: 1, level: 2 });
		expect(day("2026-11-20")).toMatchObject({ completed: 1, revisited: 0, level: 1 });
		expect(day("2026-11-21")).toMatchObject({ level: 0 });
		expect(year.activeDays).toBe(9);
	});

	it("hands out again the weeks whose days did not change, and a new week where a day did", () => {
		const before = calendarYear(activityByDay([PANDAS]), "2026-12-03");
		const activity = new Map(activityByDay([PANDAS]));
		activity.set("2026-11-21", { completed: 2, revisited: 0 });
		const after = calendarYear(activity, "2026-12-03");
		const changed = after.weeks.findIndex((week) => week.some((d) => d?.date === "2026-11-21"));
		expect(after.weeks[changed]?.find((d) => d?.date === "2026-11-21")).toMatchObject({ completed: 2, level: 2 });
		expect(after.weeks[changed]).not.toBe(before.weeks[changed]);
		expect(after.weeks.filter((week, i) => week !== before.weeks[i]).map((week) => after.weeks.indexOf(week))).toEqual([changed]);
		// The day after, the first and the last week gain and lose a day; the weeks between are the same.
		const nextDay = calendarYear(activity, "2026-12-04");
		expect(nextDay.weeks.slice(1, -1).every((week, i) => week === after.weeks[i + 1])).toBe(true);
		expect(nextDay.weeks[0]).not.toBe(after.weeks[0]);
		expect(nextDay.weeks.at(-1)).not.toBe(after.weeks.at(-1));
		expect(nextDay.weeks.at(-1)?.find((d) => d?.date === "2026-12-04")).toMatchObject({ completed: 0 });
	});

	it("holds 366 days across a leap day, and starts on 1 March after a leap day's year", () => {
		expect(calendarYear(new Map(), "2028-03-01").weeks.flat().filter((d) => d !== null)).toHaveLength(366);
		expect(calendarYear(new Map(), "2028-02-29").start).toBe("2027-03-01");
	});
});

describe("the notes that count", () => {
	it("leave out a sync conflict copy, so its dates never double a revisit or a day", () => {
		const copy = { ...PANDAS, path: "Phase 03 (conflicted copy).md" };
		const notes = [PANDAS, copy];
		const progress = computeProgress({ roadmapId: "py", notes, today: new Date(2026, 11, 3), createdAt: new Map([[PANDAS.path, 1], [copy.path, 2]]) });
		expect(countedNotes(notes, progress).map((n) => n.path)).toEqual(["Phase 03.md"]);
		const summary = practiceSummary(countedNotes(notes, progress), { revisitLadder: LADDER, restDaysPerWeek: 1 }, "2026-12-03");
		expect(summary.due.map((d) => d.text)).toEqual(["Merging DataFrames", "Written by hand", "Reshaping with pivot"]);
	});
});
