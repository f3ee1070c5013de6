import type { NoteBox } from "../progress/progress-model";
import { frontmatterRange } from "../notes/frontmatter";
import { parseTaskLine } from "../progress/task-line";

// A fence opens with three or more backticks or tildes, after any indent and quote markers.
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/;
// Obsidian's checkbox: a list marker, one character between brackets, then a space or tab (or the line's end).
const TASK_MARKER = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+\[.\](?:[ \t]|$)/;

/**
 * Finds the boxes of a note from its text alone, as Obsidian's MetadataCache reports them: task list
 * items outside the properties block, fenced code, `%%` comments and HTML comments. The editor uses it,
 * where no cache exists yet for the text being typed; a test holds it to every captured cache.
 */
export function scanNoteBoxes(lines: readonly string[]): NoteBox[] {
	const boxes: NoteBox[] = [];
	const fm = frontmatterRange(lines);
	let fence: string | undefined;
	let inPercent = false;
	let inHtml = false;
	for (let i = fm ? fm.end + 1 : 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (fence !== undefined) {
			const close = FENCE.exec(line);
			if (close?.[1] && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim().replace(/^(?:>\s*)*/, "") === close[1]) fence = undefined;
			continue;
		}
		const percents = countOf(line, "%%");
		if (inPercent) {
			if (percents % 2 === 1) inPercent = false;
			continue;
		}
		if (inHtml) {
			if (line.includes("-->")) inHtml = false;
			continue;
		}
		const open = FENCE.exec(line);
		if (open?.[1] && !(open[1][0] === "`" && line.slice(line.indexOf(open[1]) + open[1].length).includes("`"))) {
			fence = open[1];
			continue;
		}
		const trimmed = line.trimStart();
		if (trimmed.startsWith("<!--") && !trimmed.includes("-->")) {
			inHtml = true;
			continue;
		}
		if (percents % 2 === 1) {
			inPercent = true;
			if (trimmed.startsWith("%%")) continue;
		}
		if (!TASK_MARKER.test(line)) continue;
		const task = parseTaskLine(line);
		if (!task) continue;
		const box: NoteBox = { line: i, char: task.char, text: task.text };
		if (task.completed !== undefined) box.completed = task.completed;
		if (task.revisits !== undefined) box.revisits = task.revisits;
		boxes.push(box);
	}
	return boxes;
}

/** Whether a line could be a task line, cheaply: the editor asks this of every line a keystroke touches. */
export function looksLikeTaskLine(line: string): boolean {
	return TASK_MARKER.test(line);
}

function countOf(text: string, needle: string): number {
	let count = 0;
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) count++;
	return count;
}
