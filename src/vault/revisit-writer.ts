import { MarkdownView, TFile, type App, type Editor } from "obsidian";
import { addRevisitMark } from "../core/practice/revisit-marks";
import { findRevisitTopic, type RevisitTarget } from "../core/practice/revisit-target";
import { parseTaskLine, type TaskLine } from "../core/progress/task-line";

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
	const editor = openEditor(app, target.path);
	if (editor) {
		const lines = Array.from({ length: editor.lineCount() }, (_, i) => editor.getLine(i));
		const found = findRevisitTopic(lines, target);
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
	const found = findRevisitTopic(lines, target);
	if (found === undefined) return { status: "not-found" };
	const before = lines[found] ?? "";
	const after = addRevisitMark(before, today);
	const task = parseTaskLine(after) as TaskLine;
	return after === before ? { status: "already", line: found, task } : { status: "revisited", via: "file", line: found, task };
}

function openEditor(app: App, path: string): Editor | undefined {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		if (leaf.view instanceof MarkdownView && leaf.view.file?.path === path) return leaf.view.editor;
	}
	return undefined;
}

// The inserted mark alone, so a cursor elsewhere on the line stays where it was.
function smallestChange(before: string, after: string): { from: number; to: number; text: string } {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { from: start, to: before.length - end, text: after.slice(start, after.length - end) };
}
