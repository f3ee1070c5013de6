import type { App } from "obsidian";
import { addRevisitMark } from "../core/practice/revisit-marks";
import { boxState } from "../core/progress/box-state";
import { parseTaskLine, type TaskLine } from "../core/progress/task-line";
import { changeNote } from "./note-writer";

/** The topic to mark revisited: where it was seen, and its text (a line that moved is found by it). */
export interface RevisitTarget {
	path: string;
	line: number;
	text: string;
}

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
	const found = findTopic(lines, target);
	if (found === undefined) return { status: "not-found" };
	const before = lines[found] ?? "";
	const after = addRevisitMark(before, today);
	const task = parseTaskLine(after) as TaskLine;
	return after === before ? { status: "already", line: found, task } : { status: "revisited", via: "file", line: found, task };
}

// The done topic at the line it was seen at, else the nearest done line with its text.
function findTopic(lines: readonly string[], target: RevisitTarget): number | undefined {
	const isTopic = (i: number): boolean => {
		const task = parseTaskLine(lines[i] ?? "");
		return task !== null && boxState(task.char) === "done" && task.text === target.text;
	};
	if (isTopic(target.line)) return target.line;
	let best: number | undefined;
	for (let i = 0; i < lines.length; i++) {
		if (isTopic(i) && (best === undefined || Math.abs(i - target.line) < Math.abs(best - target.line))) best = i;
	}
	return best;
}
