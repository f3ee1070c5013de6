import { MarkdownView, TFile, type App, type Editor } from "obsidian";
import { addRevisitMark } from "../core/practice/revisit-marks";
import { boxState } from "../core/progress/box-state";
import { parseTaskLine, type TaskLine } from "../core/progress/task-line";

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
	const editor = openEditor(app, target.path);
	if (editor) {
		const lines = Array.from({ length: editor.lineCount() }, (_, i) => editor.getLine(i));
		const found = findTopic(lines, target);
		if (found === undefined) return { status: "not-found" };
		const before = lines[found] ?? "";
		const after = addRevisitMark(before, today);
		const task = parseTaskLine(after) as TaskLine;
		if (after === before) return { status: "already", line: found, task };
		const change = smallestChange(before, after);
		editor.transaction({ changes: [{ from: { line: found, ch: change.from }, to: { line: found, ch: change.to }, text: change.text }] });
		return { status: "revisited", via: "editor", line: found, task };
	}
	const file = app.vault.getFileByPath(target.path);
	if (!(file instanceof TFile)) return { status: "gone" };
	const current = decide((await app.vault.read(file)).split(/\r?\n/), target, today);
	if (current.status !== "revisited") return current;
	let outcome: RevisitOutcome = current;
	// Decided again on the text as it is at write time, so nothing typed in between is undone.
	await app.vault.process(file, (text) => {
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		const lines = text.split(/\r?\n/);
		outcome = decide(lines, target, today);
		if (outcome.status !== "revisited") return text;
		lines[outcome.line] = addRevisitMark(lines[outcome.line] ?? "", today);
		return lines.join(eol);
	});
	return outcome;
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

export function openEditor(app: App, path: string): Editor | undefined {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) return leaf.view.editor;
	}
	return undefined;
}

// The inserted mark alone, so a cursor elsewhere on the line stays where it was (also the topic-note link).
export function smallestChange(before: string, after: string): { from: number; to: number; text: string } {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}
