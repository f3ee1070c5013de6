import { addLocalDays, daysBetween } from "../dates/calendar-dates";
import type { RoadmapPace } from "./pace";
import { expectedBoxes, plannedBoxes } from "./plan";

/** One point of the burn-up: a day from the plan's start and a number of boxes. */
export interface BurnUpPoint {
	day: number;
	boxes: number;
}

/** The burn-up chart's numbers: the plan's band (long plan below, short plan above) and the boxes done so far. */
export interface BurnUp {
	/** Days from the start the chart spans: to the end of the long plan, or today if later. */
	days: number;
	/** The highest box count drawn: every planned box (or more, when more are done). */
	boxes: number;
	today: number;
	/** Weekly points of the band, from day 0 to `days`. */
	short: BurnUpPoint[];
	long: BurnUpPoint[];
	/** Boxes done at the end of each week since the start, and today. */
	done: BurnUpPoint[];
	start: string;
	end: string;
}

/** The burn-up of a paced roadmap; undefined without a plan. */
export function burnUp(pace: RoadmapPace): BurnUp | undefined {
	const plan = pace.plan;
	const last = plan?.phases[plan.phases.length - 1];
	if (!plan || !last) return undefined;
	const today = Math.max(0, daysBetween(pace.start, pace.today));
	const days = Math.max(Math.ceil(last.long.to), today, 1);
	const weekDays: number[] = [];
	for (let d = 0; d < days; d += 7) weekDays.push(d);
	weekDays.push(days);
	const band = (end: "short" | "long"): BurnUpPoint[] => weekDays.map((day) => ({ day, boxes: expectedBoxes(plan, day, end) }));
	// Done boxes without a date (ticked while the plugin was off) are counted from the start.
	// Each date is turned into a day once, sorted, then counted with a binary search per point.
	const doneDays = pace.dates.map((d) => daysBetween(pace.start, d)).sort((a, b) => a - b);
	const doneBy = (day: number): number => pace.undated + countAtMost(doneDays, day);
	const done = weekDays.filter((d) => d < today).map((day) => ({ day, boxes: doneBy(day) }));
	done.push({ day: today, boxes: doneBy(today) });
	const doneNow = done[done.length - 1]?.boxes ?? 0;
	return { days, boxes: Math.max(plannedBoxes(plan), doneNow, 1), today, short: band("short"), long: band("long"), done, start: pace.start, end: addLocalDays(pace.start, days) };
}

// How many of the sorted values are ≤ limit.
function countAtMost(sorted: readonly number[], limit: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((sorted[mid] ?? Infinity) <= limit) low = mid + 1;
		else high = mid;
	}
	return low;
}
