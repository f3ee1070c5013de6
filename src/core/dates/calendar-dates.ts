/**
 * Calendar dates, in one place. Every date the plugin reads or writes (`✅`, `↻`, `started`) is a local
 * `YYYY-MM-DD` with no time and no zone, so day arithmetic is done on the date alone (as day numbers, in
 * UTC, where no day is 23 or 25 hours long): a revisit due "7 days later" is 7 dates later wherever the
 * learner is, and a plan's weeks do not shift with daylight saving.
 */
import { format } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DAY_2000_01_01 = 10_957;

/** Today's date as `YYYY-MM-DD` in local time, the format of the Tasks plugin's ✅ dates. */
export function localDateString(date: Date): string {
	// Written out rather than through date-fns' `format`: every tick asks for today, and this is ten times cheaper.
	return `${localMonthString(date)}-${String(date.getDate()).padStart(2, "0")}`;
}

/** The local `YYYY-MM` of a date. */
export function localMonthString(date: Date): string {
	return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

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

/** The date `days` after (or before, when negative) a `YYYY-MM-DD` date; throws on a text that is no date. */
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

/** A `YYYY-MM-DD` date as a local midnight; undefined when not a real date. */
export function parseLocalDate(text: string): Date | undefined {
	const day = dayNumber(text);
	if (day === undefined) return undefined;
	const [year, month, date] = dateOfDay(day).split("-").map(Number) as [number, number, number];
	return new Date(year, month - 1, date);
}

/** Whole calendar days from `from` to `to` (both `YYYY-MM-DD`); 0 when either is no date. */
export function daysBetween(from: string, to: string): number {
	const a = dayNumber(from);
	const b = dayNumber(to);
	return a !== undefined && b !== undefined ? b - a : 0;
}

/** The `YYYY-MM-DD` date `days` calendar days after `date`, fractions rounded to the nearest day (a text that is no date counts from 2000-01-01). */
export function addLocalDays(date: string, days: number): string {
	const base = dayNumber(date) ?? DAY_2000_01_01;
	return dateOfDay(base + Math.round(days));
}

/** `2027-03-12` → `12 Mar 2027`, the same in every locale. */
export function readableDate(date: string): string {
	const parsed = parseLocalDate(date);
	return parsed ? format(parsed, "d MMM yyyy") : date;
}
