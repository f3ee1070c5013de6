import { EditorState, StateEffect, StateField, type ChangeSpec, type Extension, type Text, type Transaction } from "@codemirror/state";
import { readFrontmatter } from "../core/notes/frontmatter";
import { trimmed } from "../core/notes/text-changes";
import type { YamlParse } from "../core/yaml/parse";
import { readRoadmapNote } from "../core/progress/note-boxes";
import type { NoteBox } from "../core/progress/progress-model";
import { parseTaskLine } from "../core/progress/task-line";
import { looksLikeTaskLine, scanNoteBoxes } from "../core/ticks/scan-boxes";
import { isCountedKind, isDatedKind, matchPredecessors, settleNote, type NoteSettlement, type TickOptions } from "../core/ticks/settle-ticks";

/** What the extension asks the plugin at each change: the settings, today's local date, and a YAML reader. */
interface TickContext {
	options(): TickOptions;
	today(): string;
	/** Reads a properties block beyond the plugin's simple shape (Obsidian's `parseYaml` in the plugin). */
	parse: YamlParse;
}

// Boxes a change took out of the note (a cut, a line dragged away), remembered for a while so the same
// box pasted back by a later change is the box it was, not a new one to date.
const REMEMBERED = 50;
const boxesTakenOut = StateEffect.define<readonly NoteBox[]>();
const takenOut = StateField.define<readonly NoteBox[]>({
	create: () => [],
	update(value, tr) {
		for (const effect of tr.effects) if (effect.is(boxesTakenOut)) value = [...value, ...effect.value].slice(-REMEMBERED);
		return value;
	},
});

/**
 * The editor half of ticking: when a change in a roadmap note ticks or unticks boxes (typing, a click
 * in Live Preview, several cursors, a paste, a file reloaded under the editor), the ✅ dates and the
 * note's progress properties are added to that same transaction: one undo step, one save. Whatever
 * goes wrong in here, the learner's own change goes through exactly as typed.
 */
export function tickExtension(context: TickContext): Extension {
	let logged = false;
	const filter = EditorState.transactionFilter.of((tr) => {
		if (!tr.docChanged) return tr;
		try {
			const { changes, removed } = settleTransaction(tr, context);
			if (changes.length === 0 && removed.length === 0) return tr;
			return [tr, { changes, sequential: true, effects: removed.length > 0 ? boxesTakenOut.of(removed) : [] }];
		} catch (error) {
			// Once per editor extension: a fault that repeats on every keystroke would flood the console.
			if (!logged) console.error("Learning roadmap: the change was kept as typed, without dates or properties:", error);
			logged = true;
			return tr;
		}
	});
	return [takenOut, filter];
}

// The changes (positions in the document after `tr`) that make the note agree with itself, and the
// boxes the change took out.
function settleTransaction(tr: Transaction, context: TickContext): { changes: ChangeSpec[]; removed: NoteBox[] } {
	const none = { changes: [], removed: [] };
	const before = tr.startState.doc;
	const after = tr.newDoc;
	// A document loaded into an empty editor is a note being opened, not a change to it. A change to the
	// properties alone (typed, or a synced version reloaded under the editor) is settled too: the
	// background settler leaves an open note to this extension.
	if (before.length === 0 || !(touchesBoxes(tr) || touchesProperties(tr))) return none;
	// Only the properties block is read until the note is known to be a roadmap note with boxes to keep.
	const head = propertiesLines(after);
	const fm = head ? readFrontmatter(head, context.parse) : undefined;
	const note = fm ? readRoadmapNote("", fm, []) : null;
	if (!note || note.problem || (!isDatedKind(note.kind) && !isCountedKind(note.kind))) return none;

	const lines = after.toJSON();
	const boxes = scanNoteBoxes(lines);
	const { predecessors, removed } = pairBoxes(tr, boxes, tr.startState.field(takenOut, false) ?? []);
	const settlement = settleNote({ kind: note.kind, lines, boxes, predecessors, today: context.today(), options: context.options(), parse: context.parse });
	return { changes: toChanges(after, settlement), removed };
}

/**
 * Pairs every box on a line the change touched with the box it was, across all the changed ranges of
 * the transaction together: a line moved (a delete here, an insert there), reordered or dragged keeps
 * its box. A box with no former self in this change may be one taken out by an earlier change (cut,
 * then pasted). A box the change did not touch is its own predecessor. Also returns the boxes the
 * change took out, for a later paste.
 */
function pairBoxes(tr: Transaction, boxes: readonly NoteBox[], earlier: readonly NoteBox[]): { predecessors: Array<NoteBox | undefined>; removed: NoteBox[] } {
	const before = tr.startState.doc;
	const after = tr.newDoc;
	const oldLines = new Set<number>();
	const newLines = new Set<number>();
	tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
		for (let n = before.lineAt(fromA).number; n <= before.lineAt(toA).number; n++) oldLines.add(n);
		for (let n = after.lineAt(fromB).number; n <= after.lineAt(toB).number; n++) newLines.add(n - 1);
	});
	// Old boxes placed where their line lands after the change, so "nearest" compares like with like.
	const old = [...oldLines].sort((x, y) => x - y).flatMap((n) => {
		const box = boxOf(before.line(n).text, after.lineAt(tr.changes.mapPos(before.line(n).from, 1)).number - 1);
		return box ? [box] : [];
	});
	const touched = boxes.flatMap((box, i) => (newLines.has(box.line) ? [i] : []));
	const matches = matchPredecessors(old, touched.map((i) => boxes[i] as NoteBox));
	const predecessors: Array<NoteBox | undefined> = [...boxes];
	const pool = [...earlier];
	touched.forEach((boxIndex, k) => {
		let match = matches[k];
		const box = boxes[boxIndex] as NoteBox;
		if (match === undefined) {
			const at = pool.findIndex((b) => b.text === box.text);
			if (at !== -1) match = pool.splice(at, 1)[0];
		}
		predecessors[boxIndex] = match;
	});
	const used = new Set(matches);
	return { predecessors, removed: old.filter((box) => !used.has(box)) };
}

function boxOf(text: string, line: number): NoteBox | undefined {
	const task = looksLikeTaskLine(text) ? parseTaskLine(text) : null;
	if (!task) return undefined;
	const box: NoteBox = { line, char: task.char, text: task.text };
	if (task.completed !== undefined) box.completed = task.completed;
	return box;
}

// The lines of the properties block, fences included, read one by one; undefined when there is none.
function propertiesLines(doc: Text): string[] | undefined {
	if (doc.line(1).text.trimEnd() !== "---") return undefined;
	const lines = ["---"];
	for (let n = 2; n <= doc.lines; n++) {
		const text = doc.line(n).text;
		lines.push(text);
		const fence = text.trimEnd();
		if (fence === "---" || fence === "...") return lines;
	}
	return undefined;
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

// Each rewritten line becomes its smallest change, so a cursor on that line stays where it was.
function toChanges(doc: Text, settlement: NoteSettlement): ChangeSpec[] {
	const changes: ChangeSpec[] = [];
	for (const [index, text] of settlement.lines) {
		const line = doc.line(index + 1);
		changes.push(trimmed(line.from, line.text, text));
	}
	for (const edit of settlement.properties) {
		const from = doc.line(edit.from + 1).from;
		// Property edits end before the closing `---`, so the line after the last replaced one exists.
		const to = edit.to > edit.from ? doc.line(edit.to + 1).from : from;
		changes.push({ from, to, insert: edit.lines.map((l) => `${l}\n`).join("") });
	}
	return changes;
}
