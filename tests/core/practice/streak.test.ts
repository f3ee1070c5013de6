import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/dates/calendar-dates";
import { streaks } from "../../../src/core/practice/streak";

/** `n` dates in a row from `from`. */
const run = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => addDays(from, i));

describe("streaks of active days", () => {
	it("counts days in a row up to today", () => {
		expect(streaks(run("2026-11-25", 7), "2026-12-01", 1)).toEqual({ current: 7, longest: 7 });
	});

	it("keeps a streak alive this morning when today has nothing yet", () => {
		expect(streaks(run("2026-11-25", 6), "2026-12-01", 0)).toEqual({ current: 6, longest: 6 });
	});

	it("lets one rest day a week pass, by default", () => {
		const days = [...run("2026-11-20", 5), ...run("2026-11-26", 6)]; // 2026-11-25 off
		expect(streaks(days, "2026-12-01", 1)).toEqual({ current: 11, longest: 11 });
		expect(streaks(days, "2026-12-01", 0)).toEqual({ current: 6, longest: 6 });
	});

	it("breaks on a second rest day within seven days", () => {
		const days = ["2026-11-20", "2026-11-22", "2026-11-24", "2026-11-25"]; // 21 and 23 off
		expect(streaks(days, "2026-11-25", 1)).toEqual({ current: 2, longest: 2 });
		expect(streaks(days, "2026-11-25", 2)).toEqual({ current: 4, longest: 4 });
	});

	it("ends the current streak after a break and remembers the longest", () => {
		const days = [...run("2026-10-01", 20), ...run("2026-11-28", 3)];
		expect(streaks(days, "2026-12-03", 1)).toEqual({ current: 0, longest: 20 });
		expect(streaks(days, "2026-11-30", 1)).toEqual({ current: 3, longest: 20 });
	});

	it("counts a day once however much was done, and ignores dates after today", () => {
		expect(streaks(["2026-12-01", "2026-12-01", "2026-12-02", "2026-12-05"], "2026-12-02", 1)).toEqual({ current: 2, longest: 2 });
		expect(streaks([], "2026-12-02", 1)).toEqual({ current: 0, longest: 0 });
	});

	it("runs through a leap day", () => {
		expect(streaks(run("2028-02-27", 4), "2028-03-01", 0)).toEqual({ current: 4, longest: 4 });
	});
});
