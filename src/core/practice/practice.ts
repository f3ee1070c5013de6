import { boxState } from "../progress/box-state";
import type { NoteBox, RoadmapNote } from "../progress/progress-model";
import { dayNumber } from "../dates/calendar-dates";
import { ladderPosition } from "./ladder";

/** A done topic whose next revisit is due. */
export interface DueRevisit {
	/** The topic's text, without its marks. */
	text: string;
	path: string;
	/** 0-based line of the topic in its note. */
	line: number;
	phase?: number;
	/** Its ✅ date. */
	completed: string;
	/** The revisit due: 1 for the first (the ladder's first rung). */
	rung: number;
	/** How many rungs the ladder has. */
	rungs: number;
	/** When it was due, `YYYY-MM-DD`. */
	due: string;
	/** The link target of the topic's own note, as written on its box. */
	topicNote?: string;
	/** Days since it was due: 0 when due today. */
	overdueDays: number;
}

/** A topic or project box done or revisited on a given day. */
export interface DayItem {
	text: string;
	path: string;
	line: number;
	phase?: number;
	project?: string;
}

/** What happened on one day: boxes done (✅) and topics revisited (↻). */
export interface DayActivity {
	completed: number;
	revisited: number;
}

/** The notes that hold topics and project work: phase and project notes with readable properties. */
function workNotes(notes: readonly RoadmapNote[]): RoadmapNote[] {
	return notes.filter((n) => (n.kind === "phase" || n.kind === "project") && n.problem === undefined);
}

/**
 * The topics due for a revisit on `today`: done boxes of phase notes whose next rung on the ladder is
 * due today or earlier, one entry per topic (only its next rung), the longest overdue first.
 */
export function dueRevisits(notes: readonly RoadmapNote[], ladder: readonly number[], today: string): DueRevisit[] {
	const now = dayNumber(today);
	if (now === undefined) return [];
	const due: DueRevisit[] = [];
	for (const note of workNotes(notes)) {
		if (note.kind !== "phase") continue;
		for (const box of note.boxes) {
			if (boxState(box.char) !== "done" || box.completed === undefined) continue;
			const position = ladderPosition(box.completed, box.revisits ?? [], ladder, today);
			if (position?.status !== "climbing") continue;
			const dueDay = dayNumber(position.due) ?? now + 1;
			if (dueDay > now) continue;
			const item: DueRevisit = {
				text: box.text,
				path: note.path,
				line: box.line,
				completed: box.completed,
				rung: position.reached + 1,
				rungs: ladder.length,
				due: position.due,
				overdueDays: now - dueDay,
			};
			if (note.phase !== undefined) item.phase = note.phase;
			if (box.topicNote !== undefined) item.topicNote = box.topicNote;
			due.push(item);
		}
	}
	return due.sort((a, b) => b.overdueDays - a.overdueDays || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
}

/** The boxes done on `date` (by their ✅ date) and the topics revisited on it (by their `↻` marks). */
export function dayItems(notes: readonly RoadmapNote[], date: string): { completed: DayItem[]; revisited: DayItem[] } {
	const completed: DayItem[] = [];
	const revisited: DayItem[] = [];
	for (const note of workNotes(notes)) {
		for (const box of note.boxes) {
			if (isDoneOn(box, date)) completed.push(dayItem(note, box));
			if (box.revisits?.includes(date) === true) revisited.push(dayItem(note, box));
		}
	}
	return { completed, revisited };
}

/**
 * Completions and revisits per day, from the dates on the lines: a ✅ date counts while its box is
 * done; a `↻` mark counts as long as it is on the line (a revisit happened, even if the topic was
 * unticked since).
 */
export function activityByDay(notes: readonly RoadmapNote[]): Map<string, DayActivity> {
	const days = new Map<string, DayActivity>();
	const at = (date: string): DayActivity => {
		let day = days.get(date);
		if (!day) {
			day = { completed: 0, revisited: 0 };
			days.set(date, day);
		}
		return day;
	};
	for (const note of workNotes(notes)) {
		for (const box of note.boxes) {
			if (box.completed !== undefined && boxState(box.char) === "done" && dayNumber(box.completed) !== undefined) at(box.completed).completed++;
			for (const date of new Set(box.revisits ?? [])) at(date).revisited++;
		}
	}
	return days;
}

function isDoneOn(box: NoteBox, date: string): boolean {
	return box.completed === date && boxState(box.char) === "done";
}

function dayItem(note: RoadmapNote, box: NoteBox): DayItem {
	const item: DayItem = { text: box.text, path: note.path, line: box.line };
	if (note.phase !== undefined) item.phase = note.phase;
	if (note.project !== undefined) item.project = note.project;
	return item;
}
