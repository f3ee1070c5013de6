import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import defaultRoadmapText from "../../../roadmap/python-data-engineering.yaml";
import { parseDuration, WEEKS_PER_MONTH } from "../../../src/core/pace/durations";
import { phaseWeeklyHours, plannedHours, statedWeeklyHours } from "../../../src/core/pace/weekly-hours";
import { loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";

describe("phase durations", () => {
	it("reads ranges, single values and months as weeks", () => {
		expect(parseDuration("5-6 weeks")).toEqual({ minWeeks: 5, maxWeeks: 6 });
		expect(parseDuration("2 weeks")).toEqual({ minWeeks: 2, maxWeeks: 2 });
		expect(parseDuration("1 week")).toEqual({ minWeeks: 1, maxWeeks: 1 });
		expect(parseDuration("6 to 8 weeks")).toEqual({ minWeeks: 6, maxWeeks: 8 });
		expect(parseDuration("3–4 Weeks")).toEqual({ minWeeks: 3, maxWeeks: 4 });
		const months = parseDuration("3-4 months");
		expect(months?.minWeeks).toBeCloseTo(3 * WEEKS_PER_MONTH);
		expect(months?.maxWeeks).toBeCloseTo(17.39, 2);
		expect(parseDuration("14 days")).toEqual({ minWeeks: 2, maxWeeks: 2 });
	});

	it("gives no plan for what it cannot read", () => {
		for (const text of ["Ongoing", "As needed", "6-4 weeks", "0 weeks", "weeks", "5-6 weeks or so"]) expect(parseDuration(text), text).toBeUndefined();
	});
});

describe("weekly hours from the roadmap", () => {
	const result = loadRoadmap(defaultRoadmapText, "python-data-engineering.yaml", parse);
	if (!result.ok) throw new Error("bundled roadmap does not load");
	const roadmap = result.roadmap;

	it("reads the bundled roadmap's time commitment per level", () => {
		expect(statedWeeklyHours(roadmap)).toEqual([
			{ label: "Beginner", min: 10, max: 15 },
			{ label: "Intermediate", min: 15, max: 20 },
			{ label: "Advanced", min: 20, max: 20 },
		]);
	});

	it("gives each phase its level's hours, and Expert phases the last stated ones", () => {
		const hours = phaseWeeklyHours(roadmap);
		expect(plannedHours(hours.get(1)!)).toBe(12.5);
		expect(plannedHours(hours.get(4)!)).toBe(17.5);
		expect(plannedHours(hours.get(8)!)).toBe(20);
		expect(plannedHours(hours.get(12)!)).toBe(20);
		expect(hours.size).toBe(12);
	});
});
