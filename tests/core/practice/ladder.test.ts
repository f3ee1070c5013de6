import { describe, expect, it } from "vitest";
import { DEFAULT_REVISIT_LADDER, ladderPosition, ladderProblem, parseLadder } from "../../../src/core/practice/ladder";

const LADDER = DEFAULT_REVISIT_LADDER;

describe("the revisit ladder", () => {
	it("brings a topic back 1, 7, 30 and 90 days after its ✅ date when revisited on time", () => {
		expect(ladderPosition("2026-12-01", [], LADDER)).toEqual({ status: "climbing", reached: 0, due: "2026-12-02" });
		expect(ladderPosition("2026-12-01", ["2026-12-02"], LADDER)).toEqual({ status: "climbing", reached: 1, due: "2026-12-08" });
		expect(ladderPosition("2026-12-01", ["2026-12-02", "2026-12-08"], LADDER)).toEqual({ status: "climbing", reached: 2, due: "2026-12-31" });
		expect(ladderPosition("2026-12-01", ["2026-12-02", "2026-12-08", "2026-12-31"], LADDER)).toEqual({ status: "climbing", reached: 3, due: "2027-03-01" });
	});

	it("graduates a topic after the last rung", () => {
		expect(ladderPosition("2026-12-01", ["2026-12-02", "2026-12-08", "2026-12-31", "2027-03-01"], LADDER)).toEqual({ status: "graduated", reached: 4 });
	});

	it("after a long break keeps the gaps from the last revisit, so rungs never come back the next day", () => {
		// Done in January, first revisited in June: the second rung comes 6 days later (7 − 1), not at once.
		expect(ladderPosition("2026-01-10", ["2026-06-01"], LADDER)).toEqual({ status: "climbing", reached: 1, due: "2026-06-07" });
		expect(ladderPosition("2026-01-10", ["2026-06-01", "2026-06-07"], LADDER)).toEqual({ status: "climbing", reached: 2, due: "2026-06-30" });
	});

	it("keeps the ✅ schedule when a revisit came early", () => {
		expect(ladderPosition("2026-12-01", ["2026-12-01"], LADDER)).toEqual({ status: "climbing", reached: 1, due: "2026-12-08" });
	});

	it("counts one revisit per day, and none dated before the ✅ date (a topic unticked and ticked again)", () => {
		expect(ladderPosition("2026-12-01", ["2026-12-02", "2026-12-02"], LADDER)).toMatchObject({ reached: 1 });
		expect(ladderPosition("2026-12-20", ["2026-12-02", "2026-12-08"], LADDER)).toEqual({ status: "climbing", reached: 0, due: "2026-12-21" });
	});

	it("crosses a leap day and a year's end as dates, not hours", () => {
		expect(ladderPosition("2028-02-28", [], LADDER)).toMatchObject({ due: "2028-02-29" });
		expect(ladderPosition("2028-02-22", ["2028-02-23"], LADDER)).toMatchObject({ due: "2028-02-29" });
		expect(ladderPosition("2026-12-31", [], LADDER)).toMatchObject({ due: "2027-01-01" });
		expect(ladderPosition("2026-02-30", [], LADDER)).toBeUndefined();
	});

	it("follows a ladder set by the learner", () => {
		expect(ladderPosition("2026-12-01", [], [3, 10])).toMatchObject({ due: "2026-12-04" });
		expect(ladderPosition("2026-12-01", ["2026-12-04", "2026-12-11"], [3, 10])).toEqual({ status: "graduated", reached: 2 });
	});
});

describe("checking a ladder typed in the settings", () => {
	it("accepts rising whole days", () => {
		expect(parseLadder("1, 7, 30, 90")).toEqual([1, 7, 30, 90]);
		expect(ladderProblem(parseLadder("2 5;14"))).toBeUndefined();
	});

	it("refuses an empty, falling, zero or fractional ladder with a message", () => {
		expect(ladderProblem(parseLadder(""))).toMatch(/at least one/);
		expect(ladderProblem(parseLadder("7, 1"))).toMatch(/1 follows 7/);
		expect(ladderProblem(parseLadder("0, 7"))).toMatch(/"0" is not a whole number of days/);
		expect(ladderProblem(parseLadder("1.5"))).toMatch(/not a whole number/);
	});
});
