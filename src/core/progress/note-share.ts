import { addBoxes, boxState, emptyCount } from "./box-state";
import { latestDoneDate } from "./note-progress";
import type { Count, NoteBox, RoadmapNote, SectionProgress, SectionTopic } from "./progress-model";

/** How many open topics a note offers to *Up next* (the list shows five in all). */
export const UP_NEXT_LENGTH = 5;

/**
 * What one note adds to its roadmap's progress: its counts, sections, done dates by month and first
 * open topics. The roadmap's progress is the sum of its notes' shares.
 */
export interface NoteShare {
	count: Count;
	sections: SectionProgress[];
	/** How many done boxes carry a ✅ date in each month (`YYYY-MM`). */
	doneByMonth: ReadonlyMap<string, number>;
	/** The ✅ dates of its done boxes, in note order. */
	doneDates: readonly string[];
	/** The latest of those dates. */
	latestDone: string | undefined;
	/** Its first open or started boxes, in note order, as many as *Up next* can show. */
	open: readonly NoteBox[];
}

// The index makes a new note object for every version of a note and never changes one it made, so a
// share is computed once per version: a tick costs the ticked note's boxes, not the whole roadmap's.
const shares = new WeakMap<RoadmapNote, NoteShare>();

/** One note's share of the progress, computed the first time it is asked for (notes are never changed in place). */
export function noteShare(note: RoadmapNote): NoteShare {
	let share = shares.get(note);
	if (!share) {
		share = computeShare(note);
		shares.set(note, share);
	}
	return share;
}

function computeShare(note: RoadmapNote): NoteShare {
	const count = emptyCount();
	addBoxes(count, note.boxes);
	const doneByMonth = new Map<string, number>();
	const doneDates: string[] = [];
	const open: NoteBox[] = [];
	for (const box of note.boxes) {
		const state = boxState(box.char);
		if (state === "done" && box.completed !== undefined) {
			doneDates.push(box.completed);
			const month = box.completed.slice(0, 7);
			doneByMonth.set(month, (doneByMonth.get(month) ?? 0) + 1);
		} else if ((state === "open" || state === "started") && open.length < UP_NEXT_LENGTH) {
			open.push(box);
		}
	}
	return { count, sections: sections(note), doneByMonth, doneDates, latestDone: latestDoneDate(note.boxes), open };
}

// Boxes grouped by their heading, in the order the headings appear in the note.
function sections(note: RoadmapNote): SectionProgress[] {
	const byHeading = new Map<number, SectionProgress>();
	for (const box of note.boxes) {
		const key = box.headingLine ?? -1;
		let section = byHeading.get(key);
		if (!section) {
			section = { ...emptyCount(), title: box.heading ?? "Topics", path: note.path, line: box.headingLine ?? box.line, topics: [] };
			byHeading.set(key, section);
		}
		addBoxes(section, [box]);
		const topic: SectionTopic = { text: box.text, line: box.line, state: boxState(box.char) };
		if (box.topicNote !== undefined) topic.topicNote = box.topicNote;
		section.topics?.push(topic);
	}
	return [...byHeading.values()].sort((a, b) => a.line - b.line);
}
