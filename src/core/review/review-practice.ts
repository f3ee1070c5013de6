import { noteLink } from "../notes/note-names";
import { addDays } from "../dates/calendar-dates";
import { activityByDay } from "../practice/practice";
import { streaks } from "../practice/streak";
import type { RoadmapNote, RoadmapProgress } from "../progress/progress-model";

/** What the review needs to count the streak: the rest days allowed and the day it is counted on. */
export interface ReviewPractice {
	restDaysPerWeek: number;
	/** Today, `YYYY-MM-DD`: a past month's streak is counted on its last day. */
	today: string;
}

/**
 * The *Revisited* section: the topics with a `↻` mark dated in the month (`YYYY-MM`), by phase, each
 * with its revisit dates. A topic unticked since keeps its marks, and is listed: the revisit happened.
 */
export function revisitedIn(monthKey: string, progress: RoadmapProgress, notes: readonly RoadmapNote[]): string {
	const byPath = new Map(notes.map((note) => [note.path, note]));
	const lines: string[] = [];
	for (const phase of progress.phases) {
		const note = phase.path === undefined ? undefined : byPath.get(phase.path);
		if (!note) continue;
		for (const box of note.boxes) {
			const dates = (box.revisits ?? []).filter((date) => date.startsWith(`${monthKey}-`));
			if (dates.length > 0) lines.push(`- ${noteLink(box.topicNote ?? note.path, box.text)} (↻ ${dates.join(", ")})`);
		}
	}
	return lines.length > 0 ? lines.join("\n") : "- No topic revisited this month.";
}

/** `{{streak}}`: the current and longest streak of active days, on the month's last day or today if sooner. */
export function streakLine(monthKey: string, notes: readonly RoadmapNote[], practice: ReviewPractice): string {
	const [year, month] = monthKey.split("-").map(Number);
	const next = `${month === 12 ? (year ?? 0) + 1 : year}-${String(month === 12 ? 1 : (month ?? 0) + 1).padStart(2, "0")}-01`;
	const monthEnd = addDays(next, -1);
	const on = practice.today < monthEnd ? practice.today : monthEnd;
	const { current, longest } = streaks(activityByDay(notes).keys(), on, practice.restDaysPerWeek);
	const days = (n: number): string => `${n} ${n === 1 ? "day" : "days"}`;
	return `Current streak: ${days(current)} (longest: ${days(longest)}), on ${on}.`;
}
