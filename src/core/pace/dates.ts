import { addDays, differenceInCalendarDays, format } from "date-fns";

/** A local calendar date `YYYY-MM-DD` (the ✅ dates' format) as a local midnight; undefined when not a real date. */
export function parseLocalDate(text: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(year, month - 1, day);
	// 2026-02-30 would roll over into March: not a real date.
	return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`), whatever daylight saving does in between. */
export function daysBetween(from: string, to: string): number {
	const a = parseLocalDate(from);
	const b = parseLocalDate(to);
	return a && b ? differenceInCalendarDays(b, a) : 0;
}

/** The `YYYY-MM-DD` date `days` calendar days after `date` (fractions rounded to the nearest day). */
export function addLocalDays(date: string, days: number): string {
	const base = parseLocalDate(date) ?? new Date(2000, 0, 1);
	return format(addDays(base, Math.round(days)), "yyyy-MM-dd");
}

/** `2027-03-12` → `12 Mar 2027`, the same in every locale. */
export function readableDate(date: string): string {
	const parsed = parseLocalDate(date);
	return parsed ? format(parsed, "d MMM yyyy") : date;
}
