import { addLocalDays } from "../dates/calendar-dates";
import { dayReaching, type Plan } from "./plan";

/**
 * The start date that makes the rest of the plan begin today, keeping what is done: today minus the
 * days the plan (the middle of its range) takes to reach the boxes already done. With nothing done, today.
 */
export function replannedStart(plan: Plan | undefined, doneBoxes: number, today: string): string {
	if (!plan || doneBoxes <= 0) return today;
	const middle = (dayReaching(plan, doneBoxes, "short") + dayReaching(plan, doneBoxes, "long")) / 2;
	return addLocalDays(today, -Math.round(middle));
}
