import { format } from "date-fns";
import { boxState } from "./box-state";
import type { NoteBox } from "./progress-model";
import { parseTaskLine, removeCompletion, stampCompletion } from "./task-line";

/** One line to rewrite: applied only if the line still reads `expected`. */
export interface CompletionEdit {
	/** 0-based line in the note. */
	line: number;
	/** The line's text when the edit was planned. */
	expected: string;
	replacement: string;
	kind: "stamp" | "unstamp";
	/** The `stampKey` to remember after a stamp, or to forget after an unstamp. */
	key: string;
}

export interface CompletionInput {
	/** The note's boxes before the change; undefined the first time the note is seen (start-up). */
	previous: readonly NoteBox[] | undefined;
	current: readonly NoteBox[];
	/** The note's text, one entry per line. */
	lines: readonly string[];
	/** Today's local date, `YYYY-MM-DD`. */
	today: string;
	/** Keys (`stampKey`) of the dates this plugin wrote, so unticking removes only those. */
	stampedByPlugin: ReadonlySet<string>;
	/** The note's path, part of each key so the same topic in two notes is told apart. */
	path?: string;
}

/** Identifies a date the plugin wrote: which note, which box text, which date. */
export function stampKey(path: string | undefined, text: string, date: string): string {
	return `${path ?? ""}\u0000${text}\u0000${date}`;
}

/** Today's date as `YYYY-MM-DD` in local time, the format of the Tasks plugin's ✅ dates. */
export function localDateString(date: Date): string {
	return format(date, "yyyy-MM-dd");
}

/**
 * Decides which lines get a ✅ date (a box just ticked, on an undated line) and which lose one
 * (a box just unticked whose date this plugin wrote); nothing the first time a note is seen.
 */
export function planCompletionEdits(input: CompletionInput): CompletionEdit[] {
	const { previous, current, lines, today, stampedByPlugin, path } = input;
	if (previous === undefined) return [];
	// A box is the same box only at the same line with the same text: a line inserted above
	// shifts every box below it, and that must not read as ticking or unticking them.
	const wasDone = new Map<string, boolean>();
	for (const box of previous) wasDone.set(boxId(box), boxState(box.char) === "done");
	const edits: CompletionEdit[] = [];
	for (const box of current) {
		const before = wasDone.get(boxId(box));
		if (before === undefined) continue;
		const line = lines[box.line];
		const task = line === undefined ? null : parseTaskLine(line);
		if (line === undefined || !task) continue;
		const doneNow = boxState(box.char) === "done";
		if (doneNow && !before && task.completed === undefined) {
			const replacement = stampCompletion(line, today);
			if (replacement !== line) {
				edits.push({ line: box.line, expected: line, replacement, kind: "stamp", key: stampKey(path, task.text, today) });
			}
		} else if (!doneNow && before && task.completed !== undefined) {
			const key = stampKey(path, task.text, task.completed);
			if (!stampedByPlugin.has(key)) continue;
			edits.push({ line: box.line, expected: line, replacement: removeCompletion(line, task.completed), kind: "unstamp", key });
		}
	}
	return edits;
}

function boxId(box: NoteBox): string {
	return `${box.line}\u0000${box.text}`;
}
