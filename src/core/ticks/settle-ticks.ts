import { applyLineEdits, propertyEditProblem, propertyEdits, type LineEdit, type PropertyValue } from "../notes/frontmatter";
import type { YamlParse } from "../yaml/parse";
import { boxState } from "../progress/box-state";
import { noteProgressProperties } from "../progress/note-progress";
import type { NoteBox } from "../progress/progress-model";
import { parseTaskLine, removeCompletion, stampCompletion } from "../progress/task-line";

/** Kinds of note whose done boxes carry a ✅ date. */
const DATED_KINDS: ReadonlySet<string> = new Set(["phase", "project"]);
/** Kinds of note whose `done`/`total`/`progress`/`status` properties follow their boxes. */
const COUNTED_KINDS: ReadonlySet<string> = new Set(["phase", "project", "criteria"]);

/** What the learner asked the plugin to keep right (the two settings). */
export interface TickOptions {
	recordCompletionDates: boolean;
	syncProgressProperties: boolean;
}

/** Whether a note of this kind gets ✅ dates on its boxes. */
export function isDatedKind(kind: string): boolean {
	return DATED_KINDS.has(kind);
}

/** Whether a note of this kind keeps its progress properties in step with its boxes. */
export function isCountedKind(kind: string): boolean {
	return COUNTED_KINDS.has(kind);
}

/**
 * Pairs each box after a change with the box it was before: the same text first (the nearest line
 * when a text repeats), then the boxes left on both sides in order when as many are left on each
 * (a box ticked and reworded in one go). Never by line number alone, so lines added or removed above
 * a box never make it look ticked or unticked. Undefined for a box that is new.
 */
export function matchPredecessors(before: readonly NoteBox[], after: readonly NoteBox[]): Array<NoteBox | undefined> {
	// Most changes (a tick, a word typed elsewhere) leave every box on its line with its text: each
	// box is then its own nearest same-text box, and the pairing below would give the same answer.
	if (before.length === after.length && after.every((box, i) => box.line === before[i]?.line && box.text === before[i]?.text)) return [...before];
	const byText = new Map<string, NoteBox[]>();
	for (const box of before) {
		const list = byText.get(box.text);
		if (list) list.push(box);
		else byText.set(box.text, [box]);
	}
	const used = new Set<NoteBox>();
	const result: Array<NoteBox | undefined> = after.map((box) => {
		const candidates = byText.get(box.text)?.filter((c) => !used.has(c));
		if (!candidates || candidates.length === 0) return undefined;
		const nearest = candidates.reduce((best, c) => (Math.abs(c.line - box.line) < Math.abs(best.line - box.line) ? c : best));
		used.add(nearest);
		return nearest;
	});
	const leftBefore = before.filter((box) => !used.has(box));
	const leftAfter = result.flatMap((match, i) => (match === undefined ? [i] : []));
	if (leftBefore.length === leftAfter.length) leftAfter.forEach((i, k) => (result[i] = leftBefore[k]));
	return result;
}

/**
 * What a task line becomes once its box has moved: a box that turned done gets ` ✅ today` unless it
 * already carries a date (or `stamp` is off); a box that turned not done loses its ✅ date, always.
 */
export function settleTaskLine(line: string, wasDone: boolean, today: string, stamp = true): string {
	const task = parseTaskLine(line);
	if (!task) return line;
	const done = boxState(task.char) === "done";
	if (stamp && done && !wasDone && task.completed === undefined) return stampCompletion(line, today);
	if (!done && wasDone && task.completed !== undefined) return removeCompletion(line, task.completed);
	return line;
}

/** The progress properties a note of this kind should carry for these boxes (none for other kinds). */
function progressValues(kind: string, boxes: readonly NoteBox[]): Record<string, PropertyValue> | undefined {
	if (!isCountedKind(kind)) return undefined;
	const { done, total, progress, status, completed } = noteProgressProperties(boxes, kind);
	const values: Record<string, PropertyValue> = { done, total, progress, status };
	// A project's `completed` date: set while it is complete, removed (undefined) when it is not.
	if (completed !== undefined) values.completed = completed ?? undefined;
	return values;
}

/**
 * Why a note's progress properties, which differ from its boxes, cannot be brought in step without
 * risk (a shape of properties block an edit could break); undefined when they agree or can be edited.
 * `properties` are the note's properties as already read, so a note that agrees costs no parse.
 */
export function progressPropertiesProblem(kind: string, lines: readonly string[], boxes: readonly NoteBox[], properties: Readonly<Record<string, unknown>>, parse: YamlParse): string | undefined {
	const values = progressValues(kind, boxes);
	if (!values || Object.entries(values).every(([key, value]) => properties[key] === value || (value === undefined && !(key in properties)))) return undefined;
	return propertyEditProblem(lines, values, parse);
}

/** What a note needs so that it agrees with itself after a change. */
export interface NoteSettlement {
	/** Body lines to rewrite: line number → new text (a ✅ date added or removed). */
	lines: Map<number, string>;
	/** Line edits of the properties block. */
	properties: LineEdit[];
}

interface SettleInput {
	kind: string;
	/** The note's lines now. */
	lines: readonly string[];
	/** Its boxes now (from the MetadataCache, or `scanNoteBoxes` where there is none yet). */
	boxes: readonly NoteBox[];
	/**
	 * What each box was before the change (aligned with `boxes`; `matchPredecessors` pairs them), an
	 * entry undefined for a new box; the whole list undefined when the note was not known before
	 * (first seen, start-up): then no box is dated or undated.
	 */
	predecessors: ReadonlyArray<NoteBox | undefined> | undefined;
	/** Today's local date, `YYYY-MM-DD`. */
	today: string;
	options: TickOptions;
	/** Reads a properties block beyond the plugin's own simple shape (Obsidian's `parseYaml`); required, see `readFrontmatter`. */
	parse: YamlParse;
}

/**
 * Decides what one change needs so the note agrees with itself: dates for boxes that turned done,
 * no date on boxes that turned undone, properties that match the boxes. Nothing when it already agrees.
 */
export function settleNote(input: SettleInput): NoteSettlement {
	const { kind, lines, boxes, predecessors, today, options, parse } = input;
	const settled = new Map<number, string>();
	// Recording off means no new date; a box unticked still loses the date it had ("always").
	if (isDatedKind(kind) && predecessors !== undefined) {
		boxes.forEach((box, i) => {
			const line = lines[box.line];
			if (line === undefined) return;
			const previous = predecessors[i];
			const next = settleTaskLine(line, previous !== undefined && boxState(previous.char) === "done", today, options.recordCompletionDates);
			if (next !== line) settled.set(box.line, next);
		});
	}
	// The properties describe the boxes as this change leaves them, dates included (a project's `completed`).
	const settledBoxes = settled.size === 0 ? boxes : boxes.map((box) => withDate(box, settled.get(box.line)));
	const values = options.syncProgressProperties ? progressValues(kind, settledBoxes) : undefined;
	return { lines: settled, properties: values ? propertyEdits(lines, values, parse) : [] };
}

function withDate(box: NoteBox, line: string | undefined): NoteBox {
	if (line === undefined) return box;
	const next: NoteBox = { ...box };
	delete next.completed;
	const date = parseTaskLine(line)?.completed;
	if (date !== undefined) next.completed = date;
	return next;
}

/** Whether a settlement changes nothing. */
export function isSettled(settlement: NoteSettlement): boolean {
	return settlement.lines.size === 0 && settlement.properties.length === 0;
}

/** The note's lines with a settlement applied. */
export function applySettlement(lines: readonly string[], settlement: NoteSettlement): string[] {
	const body = lines.map((line, i) => settlement.lines.get(i) ?? line);
	return applyLineEdits(body, settlement.properties);
}
