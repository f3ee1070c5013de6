import { dateOfDay, dayNumber } from "../dates/calendar-dates";

/** The default revisit ladder: days after the ✅ date at which a done topic comes back. */
export const DEFAULT_REVISIT_LADDER: readonly number[] = [1, 7, 30, 90];

/** Where a done topic stands on the ladder. */
type LadderPosition =
	| {
			status: "climbing";
			/** Revisits done so far (the rung reached): `↻` marks dated on or after the ✅ date. */
			reached: number;
			/** When the next revisit is due, `YYYY-MM-DD`. */
			due: string;
	  }
	| { status: "graduated"; reached: number };

/**
 * Where a topic done on `completed` stands, from its `↻` dates alone. The next rung is due `ladder[n]`
 * days after the ✅ date, and never sooner after the last revisit than the gap between the two rungs:
 * a topic revisited late keeps its spacing instead of coming back the next day. Marks dated before
 * the ✅ date (kept from before the topic was unticked and ticked again) do not count, nor marks dated
 * after `today` (a typo such as `↻ 2099-01-01` counts for nothing until its day). Undefined when the
 * ✅ date is no date.
 */
export function ladderPosition(completed: string, revisits: readonly string[], ladder: readonly number[], today?: string): LadderPosition | undefined {
	const done = dayNumber(completed);
	if (done === undefined) return undefined;
	const now = today === undefined ? Number.POSITIVE_INFINITY : (dayNumber(today) ?? Number.POSITIVE_INFINITY);
	const days = [...new Set(revisits.map(dayNumber).filter((d): d is number => d !== undefined && d >= done && d <= now))].sort((a, b) => a - b);
	const reached = days.length;
	const offset = ladder[reached];
	if (offset === undefined) return { status: "graduated", reached };
	let due = done + offset;
	const last = days[reached - 1];
	if (last !== undefined) due = Math.max(due, last + offset - (ladder[reached - 1] ?? 0));
	return { status: "climbing", reached, due: dateOfDay(due) };
}

/** Checks a revisit ladder: whole days, at least 1, rising; why not, or undefined when it is usable. */
export function ladderProblem(ladder: readonly number[]): string | undefined {
	if (ladder.length === 0) return "Enter at least one number of days, e.g. 1, 7, 30, 90.";
	if (ladder.length > 12) return "Use at most 12 rungs.";
	for (const [i, days] of ladder.entries()) {
		if (!Number.isInteger(days) || days < 1 || days > 3650) return `"${days}" is not a whole number of days from 1 to 3650.`;
		const before = ladder[i - 1];
		if (before !== undefined && days <= before) return `Each rung must come after the one before: ${days} follows ${before}.`;
	}
	return undefined;
}

/** Reads a ladder typed as `1, 7, 30, 90` (commas or spaces). */
export function parseLadder(text: string): number[] {
	return text
		.split(/[\s,;]+/)
		.filter((part) => part !== "")
		.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}
