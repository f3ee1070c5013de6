import { dayNumber } from "../dates/calendar-dates";

/** The current and the longest streak, in active days. */
export interface Streaks {
	/** Active days of the streak still alive today (0 when there is none). */
	current: number;
	longest: number;
}

/** The default number of rest days a streak allows in any seven days in a row. */
export const DEFAULT_REST_DAYS = 1;

/**
 * Streaks of active days up to `today`. A streak allows `restDaysPerWeek` days without activity in any
 * 7 days in a row: one more breaks it. Its length counts its active days. Today is not a rest day
 * until it is over, so a streak alive yesterday is still alive this morning. Future dates are ignored.
 */
export function streaks(activeDates: Iterable<string>, today: string, restDaysPerWeek: number): Streaks {
	const end = dayNumber(today);
	if (end === undefined) return { current: 0, longest: 0 };
	const active = new Set<number>();
	for (const date of activeDates) {
		const day = dayNumber(date);
		if (day !== undefined && day <= end) active.add(day);
	}
	if (active.size === 0) return { current: 0, longest: 0 };
	let run = 0;
	let longest = 0;
	let rests: number[] = [];
	for (let day = Math.min(...active); day <= end; day++) {
		if (active.has(day)) {
			run++;
			longest = Math.max(longest, run);
		} else if (run > 0 && day < end) {
			rests.push(day);
			rests = rests.filter((rest) => rest > day - 7);
			if (rests.length > restDaysPerWeek) {
				run = 0;
				rests = [];
			}
		}
	}
	return { current: run, longest };
}
