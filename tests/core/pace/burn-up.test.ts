import { describe, expect, it } from "vitest";
import { burnUp } from "../../../src/core/pace/burn-up";
import { computePace } from "../../../src/core/pace/pace";
import { dailyDates, paceRoadmap } from "./pace-fixtures";

describe("the burn-up's numbers", () => {
	it("counts done boxes per week from the start, undated ones from day 0, against the plan's band", () => {
		// 30 done: 2 without a date, 28 dated one a day through September; today is 27 October (day 56)
		const { roadmap, progress } = paceRoadmap([
			{ number: 1, duration: "2-4 weeks", level: "Beginner", done: 20, total: 20 },
			{ number: 2, duration: "1-2 months", level: "Advanced", done: 10, total: 40 },
		]);
		const data = burnUp(computePace({ roadmap, progress, doneDates: dailyDates("2026-09-01", 28), today: "2026-10-27" }));
		expect(data?.today).toBe(56);
		expect(data?.days).toBe(89); // the slow plan ends on day 88.9
		expect(data?.boxes).toBe(60);
		expect(data?.done.map((p) => [p.day, p.boxes])).toEqual([
			[0, 3], [7, 10], [14, 17], [21, 24], [28, 30], [35, 30], [42, 30], [49, 30], [56, 30],
		]);
		expect(data?.short[2]).toEqual({ day: 14, boxes: 20 });
		expect(data?.long[4]).toEqual({ day: 28, boxes: 20 });
		expect(data?.short.at(-1)).toEqual({ day: 89, boxes: 60 });
		expect(data?.end).toBe("2026-11-29");
	});

	it("has nothing to draw without a plan", () => {
		const { roadmap, progress } = paceRoadmap([{ number: 1, duration: "Ongoing", level: "Any", done: 1, total: 2 }], []);
		expect(burnUp(computePace({ roadmap, progress, doneDates: [], today: "2026-10-27" }))).toBeUndefined();
	});
});
