import { EditorState, type ChangeSpec, type Extension, type Text, type Transaction } from "@codemirror/state";
import { readFrontmatter } from "../core/notes/frontmatter";
import type { YamlParse } from "../core/yaml/parse";
import { readRoadmapNote } from "../core/progress/note-boxes";
import type { NoteBox } from "../core/progress/progress-model";
import { parseTaskLine } from "../core/progress/task-line";
import { looksLikeTaskLine, scanNoteBoxes } from "../core/ticks/scan-boxes";
import { matchPredecessors, settleNote, type NoteSettlement, type TickOptions } from "../core/ticks/settle-ticks";

/** What the extension asks the plugin at each change: the settings, today's local date, and a YAML reader. */
export interface TickContext {
	options(): TickOptions;
	today(): string;
	/** Reads a properties block beyond the plugin's simple shape (Obsidian's `parseYaml` in the plugin). */
	parse: YamlParse;
}

/**
 * The editor half of ticking: when a change in a roadmap note ticks or unticks boxes (typing, a click
 * in Live Preview, several cursors, a paste, a file reloaded under the editor), the ✅ dates and the
 * note's progress properties are added to that same transaction: one undo step, one save.
 */
export function tickExtension(context: TickContext): Extension {
	return EditorState.transactionFilter.of((tr) => {
		const extra = tr.docChanged ? settleChange(tr, context) : [];
		return extra.length === 0 ? tr : [tr, { changes: extra, sequential: true }];
	});
}

/** The changes (positions in the document after `tr`) that make the note agree with itself. */
export function settleChange(tr: Transaction, context: TickContext): ChangeSpec[] {
	const before = tr.startState.doc;
	const after = tr.newDoc;
	// A document loaded into an empty editor is a note being opened, not a change to it. A change to the
	// properties alone (typed, or a synced version reloaded under the editor) is settled too: the
	// background settler leaves an open note to this extension.
	if (before.length === 0 || !(touchesBoxes(tr) || touchesProperties(tr))) return [];
	const lines = after.toJSON();
	const fm = readFrontmatter(lines, context.parse);
	const note = fm ? readRoadmapNote("", fm, []) : null;
	if (!note || note.problem) return [];

	const boxes = scanNoteBoxes(lines);
	// A box the change did not touch is its own predecessor: nothing happened to it.
	const predecessors: Array<NoteBox | undefined> = [...boxes];
	tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
		const first = after.lineAt(fromB).number - 1;
		const last = after.lineAt(toB).number - 1;
		const inRange = boxes.flatMap((box, i) => (box.line >= first && box.line <= last ? [i] : []));
		// Paired within each changed range, so a box elsewhere with the same text is never taken for it.
		const matches = matchPredecessors(boxesIn(before, fromA, toA), inRange.map((i) => boxes[i] as NoteBox));
		inRange.forEach((boxIndex, k) => (predecessors[boxIndex] = matches[k]));
	});
	const settlement = settleNote({ kind: note.kind, lines, boxes, predecessors, today: context.today(), options: context.options(), parse: context.parse });
	return toChanges(after, settlement);
}

// Whether any line the change touched, before or after it, is (or was) a task line.
function touchesBoxes(tr: Transaction): boolean {
	let found = false;
	tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
		if (!found) found = anyTaskLine(tr.startState.doc, fromA, toA) || anyTaskLine(tr.newDoc, fromB, toB);
	});
	return found;
}

// Whether the change starts inside the properties block (the note's first lines, up to its closing `---`).
function touchesProperties(tr: Transaction): boolean {
	const doc = tr.newDoc;
	if (doc.lines < 2 || doc.line(1).text !== "---") return false;
	let end = -1;
	for (let n = 2; n <= doc.lines && end < 0; n++) if (doc.line(n).text === "---") end = doc.line(n).to;
	if (end < 0) return false;
	let found = false;
	tr.changes.iterChangedRanges((_fromA, _toA, fromB) => {
		if (fromB <= end) found = true;
	});
	return found;
}

function anyTaskLine(doc: Text, from: number, to: number): boolean {
	for (let n = doc.lineAt(from).number; n <= doc.lineAt(to).number; n++) {
		if (looksLikeTaskLine(doc.line(n).text)) return true;
	}
	return false;
}

function boxesIn(doc: Text, from: number, to: number): NoteBox[] {
	const boxes: NoteBox[] = [];
	for (let n = doc.lineAt(from).number; n <= doc.lineAt(to).number; n++) {
		const text = doc.line(n).text;
		const task = looksLikeTaskLine(text) ? parseTaskLine(text) : null;
		if (task) boxes.push({ line: n - 1, char: task.char, text: task.text });
	}
	return boxes;
}

// Each rewritten line becomes its smallest change, so a cursor on that line stays where it was.
function toChanges(doc: Text, settlement: NoteSettlement): ChangeSpec[] {
	const changes: ChangeSpec[] = [];
	for (const [index, text] of settlement.lines) {
		const line = doc.line(index + 1);
		changes.push(smallestChange(line.from, line.text, text));
	}
	for (const edit of settlement.properties) {
		const from = doc.line(edit.from + 1).from;
		// Property edits end before the closing `---`, so the line after the last replaced one exists.
		const to = edit.to > edit.from ? doc.line(edit.to + 1).from : from;
		changes.push({ from, to, insert: edit.lines.map((l) => `${l}\n`).join("") });
	}
	return changes;
}

function smallestChange(offset: number, before: string, after: string): ChangeSpec {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { from: offset + start, to: offset + before.length - end, insert: after.slice(start, after.length - end) };
}
