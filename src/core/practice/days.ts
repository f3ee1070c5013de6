/**
 * Calendar days as whole numbers. Every date the plugin reads (`✅`, `↻`) is a local `YYYY-MM-DD`
 * with no time and no zone, so day arithmetic is done on the date alone (in UTC, where no day is
 * 23 or 25 hours long): a revisit due "7 days later" is 7 dates later wherever the learner is.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The day number of a `YYYY-MM-DD` date, or undefined when it is no real date (`2026-02-30`). */
export function dayNumber(date: string): number | undefined {
	const match = ISO_DATE.exec(date);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const ms = Date.UTC(year, month - 1, day);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
	return Math.round(ms / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a text is a real `YYYY-MM-DD` date. */
export function isCalendarDate(date: string): boolean {
	return dayNumber(date) !== undefined;
}

/** The date `days` after (or before, when negative) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
	const day = dayNumber(date);
	if (day === undefined) throw new Error(`Not a date: "${date}"`);
	return dateOfDay(day + days);
}

/** Day of the week of a day number: 0 Monday … 6 Sunday. */
export function weekday(day: number): number {
	// Day 0 (1970-01-01) was a Thursday.
	return (((day + 3) % 7) + 7) % 7;
}
