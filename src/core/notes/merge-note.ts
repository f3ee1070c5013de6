import { readRoadmapNote } from "../progress/note-boxes";
import { listLine } from "./note-body";
import { isListLine, lineContent, readOutline, type NoteOutline } from "./note-outline";
import type { NoteIdentity, PlannedItem, PlannedNote } from "./planned-note";

/** The outcome of merging: the note's new text and how many roadmap items were added to it. */
type MergeResult = { text: string; added: number };

type Insertion = { at: number; order: number; lines: string[]; startsHeading: boolean };

/**
 * Adds the roadmap items missing from an existing note and leaves every other byte alone.
 * An item is found by its text at the start of a list line (after `- `, `- [x] `, `1. ` …; a box's words
 * linked to a topic note count as those words), so words the
 * learner appended and ✅ dates never hide it; longer items are matched first and each line serves one
 * item. A missing item goes after the last list line under its heading; a missing heading comes back
 * with its items where the roadmap puts it. A note that lacks nothing is returned unchanged.
 */
export function mergeRoadmapNote(existingText: string, planned: PlannedNote): MergeResult {
	const note = readOutline(existingText);
	const missing = findMissingItems(note, planned.items);
	if (missing.length === 0) return { text: existingText, added: 0 };

	const plannedHeadings = readOutline(planned.body).headings;
	const byHeading = new Map<string, PlannedItem[]>();
	for (const item of missing) byHeading.set(item.heading, [...(byHeading.get(item.heading) ?? []), item]);

	const insertions: Insertion[] = [];
	for (const [heading, items] of byHeading) {
		const order = plannedHeadings.findIndex((h) => h.line === heading);
		const present = heading === "" ? undefined : note.headings.find((h) => h.line === heading);
		if (present !== undefined || heading === "") {
			const at = itemsInsertAt(note, present?.index);
			insertions.push({ at, order, lines: itemLines(items, note.lines[at - 1]), startsHeading: false });
		} else {
			const at = afterLastContent(note, headingBoundary(note, plannedHeadings, order));
			insertions.push({ at, order, lines: ["", heading, ...itemLines(items, undefined)], startsHeading: true });
		}
	}
	return { text: applyInsertions(existingText, note, insertions), added: missing.length };
}

/**
 * Reads a note's identity from its frontmatter, or null when it is not a readable roadmap note: the
 * index's own reading (`readRoadmapNote`), so the generator and the index never disagree about a note.
 */
export function readNoteIdentity(frontmatter: unknown): NoteIdentity | null {
	const note = readRoadmapNote("", frontmatter, []);
	if (!note || note.problem !== undefined || note.kind === "") return null;
	const identity: NoteIdentity = { roadmap: note.roadmap, kind: note.kind };
	if (note.phase !== undefined) identity.phase = note.phase;
	if (note.project !== undefined) identity.project = note.project;
	return identity;
}

/** The key two notes share when they claim the same roadmap note, e.g. `sql-basics/project/1.1`. */
export function identityKey(identity: NoteIdentity): string {
	if (identity.kind === "project" && identity.project !== undefined) {
		return `${identity.roadmap}/project/${identity.project}`;
	}
	if (identity.kind === "phase" && identity.phase !== undefined) return `${identity.roadmap}/phase/${identity.phase}`;
	return `${identity.roadmap}/${identity.kind}`;
}

/** The planned items no list line of the note starts with, in planned order. */
function findMissingItems(note: NoteOutline, items: readonly PlannedItem[]): PlannedItem[] {
	// longest first, so "Loops" cannot take the line of "Loops and conditionals"
	const order = items.map((item, i) => ({ item, i })).sort((a, b) => b.item.text.length - a.item.text.length || a.i - b.i);
	const claimed = new Set<number>();
	const found = new Set<number>();
	// first under the item's own heading, then anywhere (the learner may have moved the line)
	for (const underHeading of [true, false]) {
		for (const { item, i } of order) {
			if (found.has(i)) continue;
			const line = note.listLines.find(
				(l) => !claimed.has(l.index) && (l.text.startsWith(item.text) || l.shown.startsWith(item.text)) && (!underHeading || l.heading === item.heading),
			);
			if (line === undefined) continue;
			claimed.add(line.index);
			found.add(i);
		}
	}
	return items.filter((_, i) => !found.has(i));
}

/** The lines of added items; numbered ones continue the numbering of the list line they follow. */
function itemLines(items: readonly PlannedItem[], previousLine: string | undefined): string[] {
	let number = Number(/^\s*(\d{1,9})[.)]/u.exec(previousLine ?? "")?.[1] ?? "0");
	return items.map((item) => listLine(item.text, item.checkbox, item.ordered === true ? ++number : undefined, item.ticked));
}

/** Where items go under an existing heading: after the block's last list line (and its continuation). */
function itemsInsertAt(note: NoteOutline, headingIndex: number | undefined): number {
	const start = headingIndex ?? note.bodyStart - 1;
	const end = nextHeadingIndex(note, start);
	const lastList = note.listLines.filter((l) => l.index > start && l.index < end).at(-1);
	if (lastList === undefined) return afterLastContent(note, end, start);
	let at = lastList.index + 1;
	while (at < end && isContinuation(note, at)) at++;
	return at;
}

/** A non-blank line after a list line, before any blank line, that Markdown reads as part of that item. */
function isContinuation(note: NoteOutline, index: number): boolean {
	const content = lineContent(note.lines[index] ?? "");
	if (content.trim() === "" || note.fenced.has(index)) return false;
	return !isListLine(content) || /^[ \t]+/u.test(content);
}

/**
 * The line a missing heading is inserted before: its next sibling in the roadmap when the note has it
 * inside the same part, else the end of the part it belongs to, else the end of the note.
 */
function headingBoundary(note: NoteOutline, planned: NoteOutline["headings"], order: number): number {
	const heading = planned[order];
	if (heading === undefined) return note.lines.length;
	const parent = planned.slice(0, order).reverse().find((h) => h.level < heading.level);
	const parentInNote = parent === undefined ? undefined : note.headings.find((h) => h.line === parent.line);
	const partStart = parentInNote?.index ?? note.bodyStart - 1;
	const partEnd = parentInNote === undefined ? note.lines.length : nextHeadingIndex(note, parentInNote.index, parentInNote.level);
	for (const next of planned.slice(order + 1)) {
		if (next.level < heading.level) break;
		if (next.level > heading.level) continue;
		const inNote = note.headings.find((h) => h.line === next.line && h.index > partStart && h.index < partEnd);
		if (inNote !== undefined) return inNote.index;
	}
	return partEnd;
}

/** The first heading after `index` of level `maxLevel` or higher, or the note's end. */
function nextHeadingIndex(note: NoteOutline, index: number, maxLevel = 6): number {
	return note.headings.find((h) => h.index > index && h.level <= maxLevel)?.index ?? note.lines.length;
}

/** The index just after the last non-blank line before `boundary` (but not before `floor`). */
function afterLastContent(note: NoteOutline, boundary: number, floor = note.bodyStart - 1): number {
	let at = boundary;
	while (at - 1 > floor && lineContent(note.lines[at - 1] ?? "").trim() === "") at--;
	return Math.max(at, note.bodyStart);
}

function applyInsertions(text: string, note: NoteOutline, insertions: Insertion[]): string {
	const lines = [...note.lines];
	const cr = text.includes("\r\n") ? "\r" : "";
	// same index: in roadmap order; apply from the bottom so earlier indices stay valid
	const groups = new Map<number, Insertion[]>();
	for (const insertion of insertions) groups.set(insertion.at, [...(groups.get(insertion.at) ?? []), insertion]);
	for (const at of [...groups.keys()].sort((a, b) => b - a)) {
		const group = (groups.get(at) ?? []).sort((a, b) => a.order - b.order);
		const added = group.flatMap((insertion) => insertion.lines);
		const following = lines[at];
		// keep a blank line between an added section and the heading or text that follows it
		if (group.some((g) => g.startsHeading) && following !== undefined && lineContent(following).trim() !== "") added.push("");
		// a section added right below a heading or at the very top needs no blank line before it
		if (added[0] === "" && (at === note.bodyStart || lineContent(lines[at - 1] ?? "").trim() === "")) added.shift();
		if (at === lines.length) {
			// appending past a last line that had no line break: give it one, and leave the new last line without
			lines[at - 1] = `${lines[at - 1] ?? ""}${cr}`;
			lines.push(...added.map((line, i) => (i === added.length - 1 ? line : `${line}${cr}`)));
		} else {
			lines.splice(at, 0, ...added.map((line) => `${line}${cr}`));
		}
	}
	return lines.join("\n");
}

