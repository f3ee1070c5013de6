import type { NoteBox } from "../progress/progress-model";
import { frontmatterRange } from "../notes/frontmatter";
import { parseTaskLine } from "../progress/task-line";

// A fence opens with three or more backticks or tildes, after any indent and quote markers.
const FENCE = /^[ \t]*(?:>[ \t]*)*(`{3,}|~{3,})/;
// Obsidian's checkbox: a list marker, one character between brackets, then a space or tab (or the line's end).
const TASK_MARKER = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+\[.\](?:[ \t]|$)/;

// Any list item (a box or not): indented lines below it belong to it, not to a code block.
const LIST_MARKER = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])(?:[ \t]|$)/;
// CommonMark's HTML blocks: raw text (ends at its closing tag), block tags (end at a blank line), and
// any lone tag after a blank line (ends at a blank line).
const HTML_RAW = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG =
	/^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML_LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
// A `$$` math block opens at the start of a line (after indentation and quote markers).
const MATH_OPEN = /^[ \t]*(?:>[ \t]*)*\$\$/;

/**
 * Finds the boxes of a note from its text alone, as Obsidian's MetadataCache reports them: task list
 * items outside the properties block, fenced and indented code, `$$` math, HTML blocks, `%%` comments
 * and HTML comments. The editor uses it, where no cache exists yet for the text being typed; a test
 * holds it to every captured cache and to the harness's CommonMark cache on hand-written notes.
 */
export function scanNoteBoxes(lines: readonly string[]): NoteBox[] {
	const boxes: NoteBox[] = [];
	const fm = frontmatterRange(lines);
	let fence: string | undefined;
	let inPercent = false;
	let inHtml = false;
	let inMath = false;
	// An open HTML block: it ends at a blank line, or at the line closing its raw-text tag.
	let htmlBlock: RegExp | "blank" | undefined;
	let afterBlank = true;
	let inList = false;
	for (let i = fm ? fm.end + 1 : 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const blank = line.trim() === "";
		const wasAfterBlank = afterBlank;
		afterBlank = blank;
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
		if (inMath) {
			if (line.includes("$$")) inMath = false;
			continue;
		}
		if (htmlBlock !== undefined) {
			if (htmlBlock === "blank" ? blank : htmlBlock.test(line)) htmlBlock = undefined;
			continue;
		}
		if (blank) continue;
		// Four columns of indentation after a blank line, outside a list, is a code block.
		if (!inList && wasAfterBlank && indentOf(line) >= 4) {
			afterBlank = true;
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
		if (MATH_OPEN.test(line) && countOf(line, "$$") % 2 === 1) {
			inMath = true;
			continue;
		}
		const raw = HTML_RAW.exec(line);
		if (raw?.[1]) {
			const end = new RegExp(`</${raw[1]}>`, "i");
			if (!end.test(line)) htmlBlock = end;
			continue;
		}
		if (HTML_BLOCK_TAG.test(line) || (wasAfterBlank && HTML_LONE_TAG.test(line))) {
			htmlBlock = "blank";
			continue;
		}
		if (LIST_MARKER.test(line)) inList = true;
		else if (wasAfterBlank && indentOf(line) < 2) inList = false;
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

// Columns of leading whitespace, a tab reaching the next multiple of four.
function indentOf(line: string): number {
	let columns = 0;
	for (const c of line) {
		if (c === " ") columns++;
		else if (c === "\t") columns = Math.floor(columns / 4) * 4 + 4;
		else break;
	}
	return columns;
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
