import type { App } from "obsidian";
import { addRevisitMark } from "../../core/practice/revisit-marks";
import { findRevisitTopic, type RevisitTarget } from "../../core/practice/revisit-target";
import { parseTaskLine, type TaskLine } from "../../core/progress/task-line";
import { changeNote } from "../writer/note-writer";

export type { RevisitTarget };

/** What marking a revisit did. */
export type RevisitOutcome =
	| { status: "revisited"; via: "editor" | "file"; line: number; task: TaskLine }
	| { status: "already"; line: number; task: TaskLine }
	| { status: "not-found" }
	| { status: "gone" };

/**
 * Writes ` ↻ today` on the topic's line: one line changed in one write. In a note open in an editor
 * it is one editor transaction (one undo step, saved by the editor); otherwise one `Vault.process`,
 * and none when the topic already carries today's mark or is no longer a done topic of the note.
 */
export async function markRevisited(app: App, target: RevisitTarget, today: string): Promise<RevisitOutcome> {
	let outcome = { status: "gone" } as RevisitOutcome;
	// Decided on the text as the writer holds it (the editor's, else the file's at write time).
	const via = await changeNote(app, target.path, (text) => {
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		const lines = text.split(/\r?\n/);
		outcome = decide(lines, target, today);
		if (outcome.status !== "revisited") return text;
		lines[outcome.line] = addRevisitMark(lines[outcome.line] ?? "", today);
		return lines.join(eol);
	});
	if (via === "gone") return { status: "gone" };
	return outcome.status === "revisited" ? { ...outcome, via: via === "editor" ? "editor" : "file" } : outcome;
}

function decide(lines: readonly string[], target: RevisitTarget, today: string): RevisitOutcome {
	const found = findRevisitTopic(lines, target);
	if (found === undefined) return { status: "not-found" };
	const before = lines[found] ?? "";
	const after = addRevisitMark(before, today);
	const task = parseTaskLine(after) as TaskLine;
	return after === before ? { status: "already", line: found, task } : { status: "revisited", via: "file", line: found, task };
}
