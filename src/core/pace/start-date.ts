import { parseLocalDate } from "../dates/calendar-dates";

/** What the overview's `started` property says: a plan start, or a value the plugin cannot read. */
type PlanStartRead = { date: string } | { unreadable: string };

// A day, optionally with the time Obsidian's "Date & time" property adds (`2026-09-04T10:00:00`).
const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Reads the `started` property: a real calendar day (a date and time counts as its day); anything
 * else is unreadable and reported as written, so it is shown to the learner and never replaced
 * behind their back. Undefined when the property is absent or empty.
 */
export function readPlanStart(value: unknown): PlanStartRead | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === "string" && value.trim() === "") return undefined;
	if (typeof value === "string") {
		const day = DAY_AND_TIME.exec(value.trim())?.[1];
		return day !== undefined && parseLocalDate(day) ? { date: day } : { unreadable: `"${value.trim()}"` };
	}
	if (typeof value === "number" || typeof value === "boolean") return { unreadable: String(value) };
	return { unreadable: Array.isArray(value) ? "a list" : "a group of properties" };
}
