import { dateOfDay, dayNumber, weekday } from "../dates/calendar-dates";
import type { DayActivity } from "./practice";

/** One day of the calendar. */
export interface CalendarDay {
	date: string;
	completed: number;
	revisited: number;
	/** Shade from 0 (nothing) to 4 (a busy day). */
	level: 0 | 1 | 2 | 3 | 4;
}

/** The last twelve months as weeks (Monday first), for a grid with a column per week. */
export interface CalendarYear {
	/** First and last day shown: the day after this date a year ago, and today. */
	start: string;
	end: string;
	/**
	 * Columns of seven days, Monday first; null before the first day and after today. Read-only: a
	 * week whose days did not change is the very object of the calendar made before (`calendarYear`).
	 */
	weeks: ReadonlyArray<ReadonlyArray<Readonly<CalendarDay> | null>>;
	/** The column where each month's first day falls, with the month (`2026-03`). */
	months: Array<{ week: number; month: string }>;
	/** Days with any activity. */
	activeDays: number;
}

/** How busy a day looks: 1 for one thing done, up to 4 for six or more. */
function activityLevel(count: number): CalendarDay["level"] {
	if (count <= 0) return 0;
	if (count === 1) return 1;
	if (count <= 3) return 2;
	if (count <= 5) return 3;
	return 4;
}

/** The calendar of the twelve months up to `today` (a leap day's year ago is the 28th of February). */
export function calendarYear(activity: ReadonlyMap<string, DayActivity>, today: string): CalendarYear {
	const end = dayNumber(today);
	if (end === undefined) throw new Error(`Not a date: "${today}"`);
	const start = yearBefore(today) + 1;
	const weeks: Array<Array<CalendarDay | null>> = [];
	const months: CalendarYear["months"] = [];
	let activeDays = 0;
	let week: Array<CalendarDay | null> = Array.from({ length: weekday(start) }, () => null);
	for (let day = start; day <= end; day++) {
		const date = dateOfDay(day);
		const counts = activity.get(date) ?? { completed: 0, revisited: 0 };
		const total = counts.completed + counts.revisited;
		if (total > 0) activeDays++;
		if (date.endsWith("-01") || day === start) months.push({ week: weeks.length, month: date.slice(0, 7) });
		week.push({ date, completed: counts.completed, revisited: counts.revisited, level: activityLevel(total) });
		if (week.length === 7) {
			weeks.push(week);
			week = [];
		}
	}
	if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
	return { start: dateOfDay(start), end: today, weeks: sameWeeksAsBefore(weeks), months, activeDays };
}

/** The weeks of the calendar made last, by their first day. */
let lastWeeks = new Map<string, ReadonlyArray<Readonly<CalendarDay> | null>>();

/**
 * Hands out again each week of the calendar made last whose days are the same: a tick changes one
 * week, and the view, comparing the calendar week by week, then finds the others unchanged by identity.
 */
function sameWeeksAsBefore(weeks: CalendarYear["weeks"]): CalendarYear["weeks"] {
	const byFirstDay = new Map<string, ReadonlyArray<Readonly<CalendarDay> | null>>();
	const result = weeks.map((week) => {
		const first = week.find((day) => day !== null)?.date ?? "";
		const before = lastWeeks.get(first);
		const kept = before && sameDays(before, week) ? before : week;
		byFirstDay.set(first, kept);
		return kept;
	});
	lastWeeks = byFirstDay;
	return result;
}

function sameDays(a: ReadonlyArray<CalendarDay | null>, b: ReadonlyArray<CalendarDay | null>): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) {
		const x = a[i];
		const y = b[i];
		if (x === y) continue;
		if (!x || !y || x.date !== y.date || x.completed !== y.completed || x.revisited !== y.revisited || x.level !== y.level) return false;
	}
	return true;
}

// The same date a year earlier, the 28th of February for a leap day.
function yearBefore(date: string): number {
	const year = Number(date.slice(0, 4)) - 1;
	const rest = date.slice(4);
	return dayNumber(`${year}${rest}`) ?? (dayNumber(`${year}-02-28`) as number);
}
