/**
 * A learner's practice for the Today card and the calendar: Phase 3 topics done and revisited on real
 * lines, and months of study before them (most days, some rest days, busier weekends), all read from
 * text through the same parser the plugin uses, on a fixed today.
 */
import { addDays } from "../../src/core/dates/calendar-dates";
import { practiceSummary, type PracticeSummary } from "../../src/core/practice/practice-summary";
import type { RoadmapNote, UpNextItem } from "../../src/core/progress/progress-model";
import { scanNoteBoxes } from "../../src/core/ticks/scan-boxes";

export const PRACTICE_TODAY = "2026-12-01";
const PHASE_3 = "Learning Roadmap/Phase 03 - Data Manipulation with Pandas & NumPy/Phase 03 - Data Manipulation with Pandas & NumPy.md";

/** The next open topic the card shows. */
export const NEXT_TOPIC: UpNextItem = { text: "Handling missing data", path: PHASE_3, line: 24, phase: 3 };

// A repeatable pattern of days: no randomness, so screenshots stay the same.
function studiedOn(day: number): number {
	const weekday = day % 7;
	if (weekday === 2 && day % 3 === 0) return 0;
	if (day % 17 === 0) return 0;
	return weekday >= 5 ? 2 + (day % 4) : 1 + (day % 2);
}

/** The notes behind the sample: months of project work (boxes that are never revisited) and Phase 3's recent topics. */
export function practiceNotes(): RoadmapNote[] {
	const earlier: string[] = [];
	for (let day = 0; day < 300; day++) {
		const date = addDays("2026-01-10", day);
		for (let k = 0; k < studiedOn(day); k++) earlier.push(`- [x] Topic ${day}.${k} ✅ ${date}`);
	}
	const recent = [
		"## 3.1 NumPy Fundamentals",
		"- [x] NumPy arrays (ndarray) ↻ 2026-11-21 ↻ 2026-11-27 ✅ 2026-11-20",
		"- [x] Array creation methods ↻ 2026-11-25 ✅ 2026-11-24",
		"- [x] Array indexing and slicing ✅ 2026-11-27",
		"- [x] Array operations (broadcasting) ✅ 2026-11-30",
		"- [x] Mathematical operations ✅ 2026-12-01",
		"- [x] Statistical functions ✅ 2026-12-01",
		"- [ ] Linear algebra basics",
	];
	return [
		{ path: "Learning Roadmap/Project 2.1.md", roadmap: "python-data-engineering", kind: "project", phase: 2, project: "2.1", boxes: scanNoteBoxes(earlier) },
		{ path: PHASE_3, roadmap: "python-data-engineering", kind: "phase", phase: 3, boxes: scanNoteBoxes(recent) },
	];
}

/** The summary drawn in the screenshots and the DOM tests. */
export function samplePractice(): PracticeSummary {
	return practiceSummary(practiceNotes(), { revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 }, PRACTICE_TODAY);
}
