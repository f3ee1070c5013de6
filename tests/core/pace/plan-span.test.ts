import { describe, expect, it } from "vitest";
import { MAX_PLAN_DAYS } from "../../../src/core/pace/durations";
import { computePace } from "../../../src/core/pace/pace";
import { tooLongLine, unplannedLine } from "../../../src/core/pace/pace-words";
import { buildPlan } from "../../../src/core/pace/plan";
import { paceRoadmap } from "./pace-fixtures";

const boxes = [
	{ number: 1, boxes: 10 },
	{ number: 2, boxes: 10 },
];

describe("a plan never spans more than 50 years", () => {
	it("leaves out, by name, a phase whose duration would carry the plan past 50 years", () => {
		const { roadmap } = paceRoadmap([
			{ number: 1, duration: "99999999 weeks", level: "Beginner", done: 0, total: 10 },
			{ number: 2, duration: "2 weeks", level: "Beginner", done: 0, total: 10 },
		]);
		const plan = buildPlan(roadmap, boxes);
		expect(plan?.phases.map((p) => p.number)).toEqual([2]);
		expect(plan?.unplanned).toEqual([{ number: 1, title: "P1", duration: "99999999 weeks", tooLong: true }]);
	});

	it("keeps a phase that ends exactly at 50 years, and refuses the next one that would pass it", () => {
		const { roadmap } = paceRoadmap([
			{ number: 1, duration: `${MAX_PLAN_DAYS} days`, level: "Beginner", done: 0, total: 10 },
			{ number: 2, duration: "1 day", level: "Beginner", done: 0, total: 10 },
		]);
		const plan = buildPlan(roadmap, boxes);
		expect(plan?.phases.map((p) => p.number)).toEqual([1]);
		expect(plan?.unplanned.map((p) => p.number)).toEqual([2]);
	});

	it("refuses a stretch by very few hours a week the same way", () => {
		const { roadmap } = paceRoadmap([{ number: 1, duration: "480 months", level: "Beginner", done: 0, total: 10 }]);
		expect(buildPlan(roadmap, boxes)?.phases).toHaveLength(1);
		// 12.5 stated hours against 0.5: 25 times longer
		expect(buildPlan(roadmap, boxes, 0.5)).toBeUndefined();
	});

	it("computes pace with real four-digit dates and says which file holds the duration", () => {
		const { roadmap, progress } = paceRoadmap([
			{ number: 1, duration: "14000000 weeks", level: "Beginner", done: 3, total: 10 },
			{ number: 2, duration: "3 weeks", level: "Beginner", done: 0, total: 10 },
		]);
		const pace = computePace({ roadmap, progress, doneDates: [], today: "2026-11-30", started: "2026-11-01", roadmapFile: "Roadmaps/mine.yaml" });
		expect(pace.planEnd).toEqual({ earliest: "2026-11-22", latest: "2026-11-22" });
		expect(tooLongLine(pace)).toBe('Phase 1 ("14000000 weeks") in Roadmaps/mine.yaml would make the plan longer than 50 years, so it is left out of the pace. Check the duration.');
		expect(unplannedLine(pace)).toBeUndefined();
	});
});
