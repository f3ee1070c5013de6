import { describe, expect, it } from "vitest";
import { ladderPosition } from "../../../src/core/practice/ladder";

const LADDER = [1, 7, 30, 90];

describe("revisit marks dated in the future", () => {
	it("count for nothing until their day", () => {
		expect(ladderPosition("2026-11-20", ["2099-01-01"], LADDER, "2026-12-01")).toEqual({ status: "climbing", reached: 0, due: "2026-11-21" });
		expect(ladderPosition("2026-11-20", ["2099-01-01", "2099-01-02", "2099-01-03", "2099-01-04"], LADDER, "2026-12-01")).toMatchObject({ status: "climbing", reached: 0 });
		expect(ladderPosition("2026-11-20", ["2026-11-21", "2026-12-02"], LADDER, "2026-12-01")).toEqual({ status: "climbing", reached: 1, due: "2026-11-27" });
	});

	it("count on their day", () => {
		expect(ladderPosition("2026-11-20", ["2026-11-21", "2026-12-02"], LADDER, "2026-12-02")).toMatchObject({ reached: 2 });
	});
});
