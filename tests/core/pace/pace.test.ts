import { afterEach, describe, expect, it } from "vitest";
import { localDateString } from "../../../src/core/dates/calendar-dates";
import { addLocalDays, daysBetween } from "../../../src/core/dates/calendar-dates";
import { computePace, defaultStart } from "../../../src/core/pace/pace";
import { paceLine, paceVerdict, projectionLine, shortPace, unplannedLine } from "../../../src/core/pace/pace-words";
import { replannedStart } from "../../../src/core/pace/replan";
import { velocity, weeklyThroughput } from "../../../src/core/pace/velocity";
import { dailyDates, paceRoadmap } from "./pace-fixtures";

// Phase 1: 2-4 weeks, 20 boxes (Beginner, 12.5 h a week stated); phase 2: 1-2 months, 40 boxes (Advanced, 20 h).
function twoPhases(done1: number, done2: number, duration2 = "1-2 months") {
	return paceRoadmap([
		{ number: 1, duration: "2-4 weeks", level: "Beginner", done: done1, total: 20 },
		{ number: 2, duration: duration2, level: "Advanced", done: done2, total: 40 },
	]);
}

describe("pace with no dates yet", () => {
	it("starts the plan today, is on track, and invents no projection", () => {
		const { roadmap, progress } = twoPhases(0, 0);
		const pace = computePace({ roadmap, progress, doneDates: [], today: "2026-12-01" });
		expect(pace.start).toBe("2026-12-01");
		expect(pace.startSource).toBe("today");
		expect(pace.overall).toMatchObject({ status: "on-track", expectedLow: 0, expectedHigh: 0, actual: 0 });
		expect(pace.velocity).toBeUndefined();
		expect(pace.finish).toBeUndefined();
		expect(paceLine(pace)).toBe("On track: 0% of the planned phases done; the plan expects 0% by today.");
		expect(projectionLine(pace)).toContain("a few more dated ticks");
	});
});

describe("pace with one date", () => {
	it("starts the plan on that date and still projects nothing", () => {
		const { roadmap, progress } = twoPhases(1, 0);
		const pace = computePace({ roadmap, progress, doneDates: ["2026-11-24"], today: "2026-12-01" });
		expect(pace.start).toBe("2026-11-24");
		expect(pace.startSource).toBe("first-date");
		expect(velocity(["2026-11-24"], "2026-12-01")).toBeUndefined();
		expect(pace.finish).toBeUndefined();
		expect(pace.current?.projection).toBeUndefined();
		// a week in, the plan expects 1/4 to 1/2 of phase 1 (5–10 of 60 boxes); 1 box is behind, but under a week
		expect(pace.overall?.expectedLow).toBeCloseTo(5 / 60);
		expect(pace.overall?.expectedHigh).toBeCloseTo(10 / 60);
		expect(pace.overall?.status).toBe("behind");
		expect(pace.overall?.weeks).toBe(1);
		expect(paceVerdict(pace.overall!)).toBe("A little behind (1 week)");
	});

	it("prefers the overview's started property to the first date", () => {
		const { roadmap, progress } = twoPhases(1, 0);
		const pace = computePace({ roadmap, progress, doneDates: ["2026-11-24"], started: "2026-11-30", today: "2026-12-01" });
		expect(pace.start).toBe("2026-11-30");
		expect(pace.startSource).toBe("property");
		expect(pace.overall?.status).toBe("on-track");
	});
});

describe("eight weeks of steady ticks", () => {
	// one box a day from 6 October; today is 30 November (day 55): 56 boxes done of 60
	const dates = dailyDates("2026-10-06", 56);
	const { roadmap, progress } = twoPhases(20, 36);
	const pace = computePace({ roadmap, progress, doneDates: dates, today: "2026-11-30" });

	it("lays the phases end to end, months read as weeks", () => {
		expect(pace.phases.map((p) => [p.number, p.from, p.to.earliest, p.to.latest])).toEqual([
			[1, "2026-10-06", "2026-10-20", "2026-11-03"],
			[2, "2026-10-20", "2026-11-19", "2027-01-03"],
		]);
		expect(pace.planEnd).toEqual({ earliest: "2026-11-19", latest: "2027-01-03" });
	});

	it("is on track inside the band and projects the finish from seven boxes a week", () => {
		expect(pace.overall?.status).toBe("on-track");
		expect(pace.overall?.expectedHigh).toBe(1);
		expect(pace.overall?.expectedLow).toBeCloseTo((20 + (27 / (2 * 7 * 365.25 / 84)) * 40) / 60, 5);
		expect(pace.velocity).toMatchObject({ slow: 7, likely: 7, fast: 7, weeks: 8, datedBoxes: 56 });
		// 4 boxes left at 7 a week: 4 days
		expect(pace.finish).toEqual({ remaining: 4, likely: "2026-12-04", earliest: "2026-12-04", latest: "2026-12-04" });
		expect(pace.current).toMatchObject({ number: 2, projection: { likely: "2026-12-04" } });
		expect(projectionLine(pace)).toBe("At your recent pace you finish the roadmap around 4 Dec 2026.");
	});

	it("moves the plan when the learner has fewer hours a week", () => {
		// 6.25 h against Beginner's 12.5: phase 1 takes 4-8 weeks; 10 h against Advanced's 20: phase 2 doubles too
		const slower = computePace({ roadmap, progress, doneDates: dates, today: "2026-11-30", hoursPerWeek: 6.25 });
		expect(slower.plan?.speed).toBe("scaled");
		expect(slower.phases[0]?.to).toEqual({ earliest: "2026-11-03", latest: "2026-12-01" });
		expect(slower.planEnd?.latest).toBe(addLocalDays("2026-10-06", 8 * 7 + 2 * 3.2 * (365.25 / 12)));
		expect(slower.overall?.status).toBe("ahead");
		expect(shortPace(slower)).toMatch(/^\d+ wk ahead$/);
	});
});

describe("a month's pause", () => {
	// four weeks of a box a day from 1 September, then nothing until 27 October (day 56)
	const dates = dailyDates("2026-09-01", 28);
	const { roadmap, progress } = twoPhases(20, 8);
	const pace = computePace({ roadmap, progress, doneDates: dates, today: "2026-10-27" });

	it("is honestly behind, in kind words", () => {
		expect(pace.overall?.status).toBe("behind");
		// the long plan reached 28 boxes on day 40.2: about 2 weeks ago
		expect(pace.overall?.weeks).toBe(2);
		expect(paceLine(pace)).toBe("A little behind (2 weeks): 46% of the planned phases done; the plan expects 63\u2013100% by today.");
	});

	it("counts the quiet weeks in the velocity, so the projection has no latest date", () => {
		const weeks = weeklyThroughput(dates, "2026-10-27");
		expect(weeks.counts).toEqual([0, 0, 0, 0, 6, 7, 7, 7]); // 1 September is nine weeks back: outside the window
		expect(weeks.weights).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
		expect(pace.velocity?.slow).toBe(0);
		expect(pace.finish?.latest).toBeUndefined();
		expect(projectionLine(pace)).toMatch(/at the earliest\)\.$/);
	});

	it("is on track again after re-planning from today, with what is done kept", () => {
		const start = replannedStart(pace.plan, 28, "2026-10-27");
		expect(daysBetween(start, "2026-10-27")).toBeGreaterThan(14);
		const replanned = computePace({ roadmap, progress, doneDates: dates, started: start, today: "2026-10-27" });
		expect(replanned.overall?.status).toBe("on-track");
		expect(replanned.overall?.actual).toBe(pace.overall?.actual);
		expect(replannedStart(pace.plan, 0, "2026-10-27")).toBe("2026-10-27");
	});
});

describe("the last phase", () => {
	it("expects everything once the plan has ended and projects the last phase like the roadmap", () => {
		const dates = dailyDates("2026-06-01", 50, 1).concat(dailyDates("2026-11-20", 10, 1));
		const { roadmap, progress } = twoPhases(20, 40 - 10 + 0);
		const pace = computePace({ roadmap, progress, doneDates: dates, today: "2026-11-30" });
		expect(pace.overall).toMatchObject({ expectedLow: 1, expectedHigh: 1, status: "behind" });
		expect(pace.phases[1]).toMatchObject({ expectedLow: 1, expectedHigh: 1, status: "behind" });
		expect(pace.current?.number).toBe(2);
		expect(pace.current?.projection).toEqual(pace.finish);
	});

	it("says complete when every planned box is done", () => {
		const { roadmap, progress } = twoPhases(20, 40);
		const pace = computePace({ roadmap, progress, doneDates: dailyDates("2026-10-01", 60), today: "2026-11-30" });
		expect(pace.overall?.status).toBe("complete");
		expect(pace.current).toBeUndefined();
		expect(shortPace(pace)).toBeUndefined();
		expect(paceLine(pace)).toBe("Complete: every planned phase is done.");
	});
});

describe("phases without a duration", () => {
	it("leaves Ongoing out of the plan and says so", () => {
		const { roadmap, progress } = twoPhases(5, 0, "Ongoing");
		const pace = computePace({ roadmap, progress, doneDates: [], today: "2026-12-01" });
		expect(pace.phases.map((p) => p.number)).toEqual([1]);
		expect(pace.unplanned).toEqual([{ number: 2, title: "P2", duration: "Ongoing" }]);
		expect(unplannedLine(pace)).toBe("Phase 2 (Ongoing) has no duration the plan can use, so it is left out of the pace.");
		expect(pace.overall?.actual).toBe(5 / 20);
	});

	it("hides the pace of an own roadmap with no durations at all, without an error", () => {
		const { roadmap, progress } = paceRoadmap(
			[
				{ number: 1, duration: "Ongoing", level: "Any", done: 3, total: 10 },
				{ number: 2, duration: "When ready", level: "Any", done: 0, total: 10 },
			],
			[],
		);
		const pace = computePace({ roadmap, progress, doneDates: dailyDates("2026-11-01", 3), today: "2026-12-01", hoursPerWeek: 5 });
		expect(pace.plan).toBeUndefined();
		expect(pace.overall).toBeUndefined();
		expect(pace.phases).toEqual([]);
		expect(paceLine(pace)).toBeUndefined();
		expect(shortPace(pace)).toBeUndefined();
		expect(unplannedLine(pace)).toBeUndefined();
	});

	it("has no plan for a roadmap known only through its notes", () => {
		const { progress } = twoPhases(5, 0);
		expect(computePace({ roadmap: undefined, progress, doneDates: [], today: "2026-12-01" }).plan).toBeUndefined();
	});
});

describe("time zones around midnight", () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it.each([
		["America/Los_Angeles", "2026-12-01T07:30:00Z", "2026-11-30"],
		["Pacific/Auckland", "2026-11-30T11:30:00Z", "2026-12-01"],
		["Europe/Paris", "2026-11-30T22:59:00Z", "2026-11-30"],
		["Europe/Paris", "2026-11-30T23:01:00Z", "2026-12-01"],
	])("in %s at %s today is %s, and a box dated today counts this week", (zone, instant, local) => {
		process.env.TZ = zone;
		const today = localDateString(new Date(instant));
		expect(today).toBe(local);
		expect(weeklyThroughput([local, addLocalDays(local, -7)], today).counts).toEqual([1, 1]);
		expect(defaultStart([local], today)).toEqual({ start: local, source: "first-date" });
	});

	it.each(["Europe/Paris", "America/New_York", "Australia/Sydney"])("counts whole days across daylight saving in %s", (zone) => {
		process.env.TZ = zone;
		expect(daysBetween("2026-10-24", "2026-10-26")).toBe(2);
		expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
		expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
		expect(daysBetween("2026-04-04", "2026-04-06")).toBe(2);
		expect(addLocalDays("2026-10-24", 7)).toBe("2026-10-31");
		expect(addLocalDays("2026-03-28", 7)).toBe("2026-04-04");
	});

	it("never starts the plan on a date after today", () => {
		expect(defaultStart(["2026-12-02"], "2026-12-01")).toEqual({ start: "2026-12-01", source: "today" });
	});
});
