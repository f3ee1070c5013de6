import type { RoadmapNote, RoadmapProgress } from "../progress/progress-model";
import { calendarYear, type CalendarYear } from "./calendar";
import { activityByDay, dayItems, dueRevisits, type DayItem, type DueRevisit } from "./practice";
import { streaks, type Streaks } from "./streak";

/** What the Today card and the calendar show, computed from the roadmap's notes for one day. */
export interface PracticeSummary {
	today: string;
	/** Revisits due today or overdue, longest overdue first (one per topic). */
	due: DueRevisit[];
	/** Boxes done today. */
	completedToday: DayItem[];
	/** Topics revisited today. */
	revisitedToday: DayItem[];
	calendar: CalendarYear;
	streaks: Streaks;
}

/** The practice settings the summary needs. */
export interface PracticeRules {
	revisitLadder: readonly number[];
	restDaysPerWeek: number;
}

/**
 * The notes that count for a roadmap's progress: its phase and project notes at the paths the
 * aggregation chose, so a sync conflict copy never doubles a revisit or a day's work.
 */
export function countedNotes(notes: readonly RoadmapNote[], progress: RoadmapProgress): RoadmapNote[] {
	const paths = new Set<string>();
	for (const phase of progress.phases) {
		if (phase.path !== undefined) paths.add(phase.path);
		for (const project of phase.projects) if (project.path !== undefined) paths.add(project.path);
	}
	return notes.filter((note) => paths.has(note.path));
}

/** Everything the practice cards show, in one pass over the notes' dates. */
export function practiceSummary(notes: readonly RoadmapNote[], rules: PracticeRules, today: string): PracticeSummary {
	const activity = activityByDay(notes);
	const { completed, revisited } = dayItems(notes, today);
	return {
		today,
		due: dueRevisits(notes, rules.revisitLadder, today),
		completedToday: completed,
		revisitedToday: revisited,
		calendar: calendarYear(activity, today),
		streaks: streaks(activity.keys(), today, rules.restDaysPerWeek),
	};
}
