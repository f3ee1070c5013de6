import { describe, expect, it } from "vitest";
import { readPlanStart } from "../../../src/core/pace/start-date";

describe("reading the overview's started property", () => {
	it("reads a calendar day, and a date and time (Obsidian's Date & time property) as its day", () => {
		expect(readPlanStart("2026-09-04")).toEqual({ date: "2026-09-04" });
		expect(readPlanStart("2026-09-04T10:00:00")).toEqual({ date: "2026-09-04" });
		expect(readPlanStart("2026-09-04T10:00")).toEqual({ date: "2026-09-04" });
		expect(readPlanStart("2026-09-04T10:00:00.000Z")).toEqual({ date: "2026-09-04" });
		expect(readPlanStart(" 2028-02-29 ")).toEqual({ date: "2028-02-29" });
	});

	it("keeps impossible dates and other values as written, to be shown, never read as a start", () => {
		expect(readPlanStart("2026-02-30")).toEqual({ unreadable: '"2026-02-30"' });
		expect(readPlanStart("2026-13-45")).toEqual({ unreadable: '"2026-13-45"' });
		expect(readPlanStart("2027-02-29")).toEqual({ unreadable: '"2027-02-29"' });
		expect(readPlanStart("04/09/2026")).toEqual({ unreadable: '"04/09/2026"' });
		expect(readPlanStart("banana")).toEqual({ unreadable: '"banana"' });
		expect(readPlanStart("2026-09-04T25:00")).toEqual({ unreadable: '"2026-09-04T25:00"' });
		expect(readPlanStart(2026)).toEqual({ unreadable: "2026" });
		expect(readPlanStart(true)).toEqual({ unreadable: "true" });
		expect(readPlanStart(["2026-09-04"])).toEqual({ unreadable: "a list" });
		expect(readPlanStart({ day: 4 })).toEqual({ unreadable: "a group of properties" });
	});

	it("is no start at all when absent or empty", () => {
		expect(readPlanStart(undefined)).toBeUndefined();
		expect(readPlanStart(null)).toBeUndefined();
		expect(readPlanStart("  ")).toBeUndefined();
	});
});
