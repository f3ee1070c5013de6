import { addLocalDays, daysBetween } from "../dates/calendar-dates";

/** How many recent weeks the velocity looks at. */
const VELOCITY_WEEKS = 8;
/** Fewer dated boxes than this in those weeks, or under two weeks of history: no projection. */
const MIN_DATED_BOXES = 3;
const MIN_WEEKS = 2;

/** Boxes done per week, most recent week first, each with its weight (recent weeks weigh more). */
interface WeeklyThroughput {
	/** `counts[0]` is the week ending today (today and the six days before). */
	counts: number[];
	weights: number[];
}

/** The learner's recent speed in boxes per week: a slow end, a likely value and a fast end. */
export interface Velocity {
	/** Weighted 25th percentile of weekly throughput; 0 when a quarter of the weighted weeks were quiet. */
	slow: number;
	/** Weighted mean. */
	likely: number;
	/** Weighted 75th percentile. */
	fast: number;
	weeks: number;
	datedBoxes: number;
}

/**
 * Counts ✅ dates per week over the last `VELOCITY_WEEKS` weeks ending `today`, from the week of the
 * first date on (weeks before the learner began are not quiet weeks); week k weighs `weeks - k`.
 */
export function weeklyThroughput(dates: readonly string[], today: string): WeeklyThroughput {
	let first: number | undefined;
	for (const date of dates) {
		const ago = daysBetween(date, today);
		if (ago >= 0 && (first === undefined || ago > first)) first = ago;
	}
	const weeks = first === undefined ? 0 : Math.min(VELOCITY_WEEKS, Math.floor(first / 7) + 1);
	const counts = new Array<number>(weeks).fill(0);
	for (const date of dates) {
		const ago = daysBetween(date, today);
		const week = Math.floor(ago / 7);
		if (ago >= 0 && week < weeks) counts[week] = (counts[week] ?? 0) + 1;
	}
	return { counts, weights: counts.map((_, k) => weeks - k) };
}

/** The value below which `share` of the weight lies (weighted percentile, lower value on a tie). */
function weightedPercentile(values: readonly number[], weights: readonly number[], share: number): number {
	const pairs = values.map((v, i) => ({ v, w: weights[i] ?? 0 })).sort((a, b) => a.v - b.v);
	const total = pairs.reduce((s, p) => s + p.w, 0);
	let seen = 0;
	for (const pair of pairs) {
		seen += pair.w;
		if (seen >= share * total - 1e-9) return pair.v;
	}
	return pairs[pairs.length - 1]?.v ?? 0;
}

/** The learner's velocity, or undefined when there are too few dates to say anything honest. */
export function velocity(dates: readonly string[], today: string): Velocity | undefined {
	const { counts, weights } = weeklyThroughput(dates, today);
	const datedBoxes = counts.reduce((s, c) => s + c, 0);
	if (counts.length < MIN_WEEKS || datedBoxes < MIN_DATED_BOXES) return undefined;
	const weightSum = weights.reduce((s, w) => s + w, 0);
	const likely = counts.reduce((s, c, i) => s + c * (weights[i] ?? 0), 0) / weightSum;
	return {
		slow: weightedPercentile(counts, weights, 0.25),
		likely,
		fast: weightedPercentile(counts, weights, 0.75),
		weeks: counts.length,
		datedBoxes,
	};
}

/** When `remaining` boxes will be done at this velocity: likely, earliest and (when the slow end moves at all) latest. */
export interface Projection {
	remaining: number;
	likely: string;
	earliest: string;
	/** Undefined when a quarter of the recent weeks were quiet: no honest latest date. */
	latest?: string;
}

/** Projects the finish of `remaining` boxes from `today`; undefined without a velocity that moves. */
export function project(remaining: number, speed: Velocity | undefined, today: string): Projection | undefined {
	if (!speed || speed.likely <= 0) return undefined;
	if (remaining <= 0) return { remaining: 0, likely: today, earliest: today, latest: today };
	const at = (perWeek: number): string => addLocalDays(today, Math.ceil((remaining / perWeek) * 7));
	const projection: Projection = { remaining, likely: at(speed.likely), earliest: at(Math.max(speed.fast, speed.likely)) };
	if (speed.slow > 0) projection.latest = at(Math.min(speed.slow, speed.likely));
	return projection;
}
