/**
 * The practice the benchmark draws: a learner who ticked or revisited something every day for a
 * year (a phase note of 365 topics, one done per day, every fifth one revisited on the next days),
 * so the Today card and the calendar are as full as they get.
 */
import { addDays } from "../src/core/dates/calendar-dates";
import { practiceSummary, type PracticeSummary } from "../src/core/practice/practice-summary";
import type { NoteBox, RoadmapNote } from "../src/core/progress/progress-model";

/** "Today" of the benchmark's practice, fixed so every run draws the same view. */
export const PRACTICE_TODAY = "2026-07-15";

/** The practice summary of a year of daily activity ending on `PRACTICE_TODAY`; `ticked`: with one more topic done today. */
export function yearOfDailyPractice(ticked = false): PracticeSummary {
	const boxes: NoteBox[] = [];
	for (let day = 0; day < 365; day++) {
		const completed = addDays(PRACTICE_TODAY, day - 364);
		const box: NoteBox = { line: day, char: "x", text: `Topic ${day + 1}`, completed };
		if (day % 5 === 0) box.revisits = [addDays(completed, 1), addDays(completed, 7)].filter((d) => d <= PRACTICE_TODAY);
		boxes.push(box);
	}
	if (ticked) boxes.push({ line: 365, char: "x", text: "Topic 366", completed: PRACTICE_TODAY });
	const note: RoadmapNote = { path: "Phase 01.md", roadmap: "bench", kind: "phase", phase: 1, boxes };
	return practiceSummary([note], { revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 }, PRACTICE_TODAY);
}
