import { MAX_PLAN_YEARS } from "./durations";
import { shortList } from "../words/short-list";
import { readableDate } from "../dates/calendar-dates";
import type { PaceReading, RoadmapPace } from "./pace";
import type { Projection } from "./velocity";

const weeksText = (n: number): string => (n === 1 ? "1 week" : `${n} weeks`);
const pct = (share: number): number => Math.floor(share * 100 + 1e-9);

/** The verdict in kind words: `On track`, `2 weeks ahead`, `A little behind (1 week)`, `About 5 weeks behind`. */
export function paceVerdict(reading: PaceReading): string {
	switch (reading.status) {
		case "complete":
			return "Complete";
		case "on-track":
			return "On track";
		case "ahead":
			return `${weeksText(reading.weeks)} ahead`;
		case "behind":
			return reading.weeks <= 2 ? `A little behind (${weeksText(reading.weeks)})` : `About ${weeksText(reading.weeks)} behind`;
	}
}

/** The expected band as the learner reads it: `15–22%` (or `40%` when both ends agree). */
export function expectedBand(reading: PaceReading): string {
	const low = pct(reading.expectedLow);
	const high = pct(reading.expectedHigh);
	return low === high ? `${low}%` : `${low}\u2013${high}%`;
}

/** One line under the overall bar: `On track: 18% of the planned phases done; the plan expects 15–22% by today.` Undefined without a plan. */
export function paceLine(pace: RoadmapPace): string | undefined {
	const overall = pace.overall;
	if (!overall) return undefined;
	if (overall.status === "complete") return "Complete: every planned phase is done.";
	return `${paceVerdict(overall)}: ${pct(overall.actual)}% of the planned phases done; the plan expects ${expectedBand(overall)} by today.`;
}

/** `around 12 Mar 2027 (1 Feb – 20 Apr 2027)`, or with no honest latest date `around 12 Mar 2027 (1 Feb 2027 at the earliest)`. */
function finishText(projection: Projection): string {
	const likely = readableDate(projection.likely);
	if (projection.remaining === 0) return `done (${likely})`;
	if (projection.latest === undefined) return `around ${likely} (${readableDate(projection.earliest)} at the earliest)`;
	if (projection.earliest === projection.latest) return `around ${likely}`;
	return `around ${likely} (${readableDate(projection.earliest)} \u2013 ${readableDate(projection.latest)})`;
}

/** The projection as a sentence, or why there is none yet. */
export function projectionLine(pace: RoadmapPace): string {
	if (!pace.finish) return "Projected finish: a few more dated ticks over two weeks and a projection appears here.";
	return `At your recent pace you finish the roadmap ${finishText(pace.finish)}.`;
}

/** The current phase's projected finish: `Phase 3 at your recent pace: around 2 Jan 2027 (…)`. */
export function currentPhaseLine(pace: RoadmapPace): string | undefined {
	const current = pace.current;
	if (!current?.projection) return undefined;
	return `Phase ${current.number} at your recent pace: ${finishText(current.projection)}.`;
}

/** The plan itself in a line: `Plan from 2 Nov 2026 (started), 46–59 weeks: ends 24 Sep – 25 Dec 2027.` */
export function planLine(pace: RoadmapPace): string | undefined {
	if (!pace.plan || !pace.planEnd) return undefined;
	const source = pace.startSource === "property" ? "the overview's started date" : pace.startSource === "first-date" ? "your first completion date" : "today";
	return `Plan from ${readableDate(pace.start)} (${source}); it ends between ${readableDate(pace.planEnd.earliest)} and ${readableDate(pace.planEnd.latest)}.`;
}

/** Phases the plan leaves out: `Phase 12 (Ongoing) has no duration the plan can use.` */
export function unplannedLine(pace: RoadmapPace): string | undefined {
	const unreadable = pace.unplanned.filter((p) => p.tooLong !== true);
	if (!pace.plan || unreadable.length === 0) return undefined;
	const names = shortList(unreadable.map((p) => `Phase ${p.number} (${p.duration})`));
	return `${names} ${unreadable.length === 1 ? "has" : "have"} no duration the plan can use, so ${unreadable.length === 1 ? "it is" : "they are"} left out of the pace.`;
}

/** Phases refused for a duration past the plan's longest span, naming the roadmap file and the values. */
export function tooLongLine(pace: RoadmapPace): string | undefined {
	const refused = pace.unplanned.filter((p) => p.tooLong === true);
	if (refused.length === 0) return undefined;
	const names = shortList(refused.map((p) => `Phase ${p.number} ("${p.duration}")`));
	const file = pace.roadmapFile !== undefined ? ` in ${pace.roadmapFile}` : "";
	return `${names}${file} would make the plan longer than ${MAX_PLAN_YEARS} years, so ${refused.length === 1 ? "it is" : "they are"} left out of the pace. Check the duration.`;
}

/** Says that the overview's `started` value can't be read and what the plan starts from instead. */
export function startProblemLine(pace: RoadmapPace): string | undefined {
	const problem = pace.startProblem;
	if (!problem) return undefined;
	const from = pace.startSource === "first-date" ? "your first completion date" : "today";
	return `The started value ${problem.value} in "${problem.path}" is not a date, so the plan starts from ${from}. Write it as YYYY-MM-DD, or run "Re-plan from today".`;
}

/** The short form for the status bar: `on track`, `2 wk ahead`, `a little behind`. */
export function shortPace(pace: RoadmapPace): string | undefined {
	const overall = pace.overall;
	if (!overall) return undefined;
	switch (overall.status) {
		case "complete":
			return undefined;
		case "on-track":
			return "on track";
		case "ahead":
			return `${overall.weeks} wk ahead`;
		case "behind":
			return overall.weeks <= 2 ? "a little behind" : `${overall.weeks} wk behind`;
	}
}

/** The review's `{{pace}}`: the pace line, the plan and the projection, as markdown lines. */
export function reviewPaceText(pace: RoadmapPace | undefined): string {
	if (!pace) return "No plan for this roadmap.";
	const lines = [paceLine(pace), planLine(pace), projectionLine(pace), currentPhaseLine(pace)].filter((l): l is string => l !== undefined);
	return lines.map((l) => `- ${l}`).join("\n");
}
