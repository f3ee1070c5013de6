import { parseYaml, type App } from "obsidian";
import { scanNoteBoxes } from "../../core/ticks/scan-boxes";
import { applySettlement, isCountedKind, isDatedKind, isSettled, matchPredecessors, settleNote, type NoteSettlement, type TickOptions } from "../../core/ticks/settle-ticks";
import type { NoteBox } from "../../core/progress/progress-model";
import { changeNote, isOpenInEditor } from "../writer/note-writer";
import type { NoteUpdate } from "../index/progress-index";

/** What became of one change, for tests and benchmarks to count. */
type SettleOutcome = "written" | "agrees" | "in-editor" | "not-tracked" | "gone";

/**
 * The background half of ticking, for a note no editor holds (ticked by another plugin, synced in,
 * edited in another program): at most one `Vault.process` per change, carrying the ✅ dates and the
 * properties together, and none when the note already agrees with itself. A note open in an editor
 * is left to the editor extension, which settles the change inside the editor's own transaction.
 */
export class NoteSettler {
	constructor(
		private readonly app: App,
		private readonly options: () => TickOptions,
		private readonly today: () => string,
	) {}

	async apply(update: NoteUpdate): Promise<SettleOutcome> {
		const { note, previous, lines } = update;
		// A note seen for the first time (created, synced in new) is counted, not written: nothing
		// tells which of its boxes were ticked just now.
		if (!note || !previous || !lines || note.problem || previous.problem) return "not-tracked";
		if (!isDatedKind(note.kind) && !isCountedKind(note.kind)) return "not-tracked";
		const options = this.options();
		const decision = settleNote({ kind: note.kind, lines, boxes: note.boxes, predecessors: matchPredecessors(previous.boxes, note.boxes), today: this.today(), options, parse: parseYaml });
		if (isSettled(decision)) return "agrees";
		if (isOpenInEditor(this.app, update.path)) return "in-editor";
		const decided = { lines, settlement: decision };
		const outcome = await changeNote(this.app, update.path, (text) => settleText(text, note.kind, previous.boxes, this.today(), options, decided), { known: true });
		return outcome === "gone" ? "gone" : outcome === "unchanged" ? "agrees" : "written";
	}
}

// Settled again on the text as it is at write time, so a keystroke saved in between is never undone;
// when the text is still the one the decision was made on, that decision stands.
function settleText(text: string, kind: string, before: readonly NoteBox[], today: string, options: TickOptions, decided: Decided): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(/\r?\n/);
	if (sameLines(lines, decided.lines)) return applySettlement(lines, decided.settlement).join(eol);
	const boxes = scanNoteBoxes(lines);
	const settlement = settleNote({ kind, lines, boxes, predecessors: matchPredecessors(before, boxes), today, options, parse: parseYaml });
	return isSettled(settlement) ? text : applySettlement(lines, settlement).join(eol);
}

/** What was decided for a change, and the lines it was decided on. */
interface Decided {
	lines: readonly string[];
	settlement: NoteSettlement;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((line, i) => line === b[i]);
}
