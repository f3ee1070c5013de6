/**
 * The parts of a markdown note that re-generation looks at: its headings and its list lines, outside the
 * frontmatter and outside fenced code (a `# comment` in a Python sample is not a heading).
 * Lines are split on `\n` only, so a CRLF note keeps its `\r`s and can be joined back byte for byte.
 */
import { shownText } from "../topics/topic-link";

type OutlineHeading = {
	/** 0-based line index. */
	index: number;
	level: number;
	/** Normalised heading line, e.g. `### 1.1 Reading Tables`. */
	line: string;
};

type OutlineListLine = {
	index: number;
	/** The text after the list marker and the checkbox, if any: what a roadmap item is recognised by. */
	text: string;
	/** The same text as the learner reads it: a box's leading `[[target|words]]` shows as its words. */
	shown: string;
	/** The nearest heading above, normalised (`""` before the first heading). */
	heading: string;
};

export type NoteOutline = {
	/** The note's raw lines (`text.split("\n")`); a CRLF line keeps its trailing `\r`. */
	lines: string[];
	/** First line after the frontmatter. */
	bodyStart: number;
	headings: OutlineHeading[];
	listLines: OutlineListLine[];
	/** Line indices inside fenced code blocks, fences included. */
	fenced: Set<number>;
};

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/u;
const CHECKBOX = /^\[.\](?:[ \t]+(.*))?$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;

/** A line without the `\r` a CRLF note leaves on it. */
export function lineContent(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Writes a heading line the way the outline compares headings: `#` marks, one space, trimmed text. */
function normaliseHeading(line: string): string | undefined {
	const match = HEADING.exec(lineContent(line));
	if (!match) return undefined;
	return `${match[1] ?? ""} ${(match[2] ?? "").trim()}`;
}

/** A heading's words as compared by meaning: lower case, letters and digits only (`"Key Learnings:"` → `"key learnings"`). */
export function headingWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N} ]+/gu, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** Reads the headings and list lines of a note. */
export function readOutline(text: string): NoteOutline {
	const lines = text.split("\n");
	const bodyStart = frontmatterEnd(lines);
	const headings: OutlineHeading[] = [];
	const listLines: OutlineListLine[] = [];
	const fenced = new Set<number>();
	let fence: string | undefined;
	let heading = "";
	for (let index = bodyStart; index < lines.length; index++) {
		const content = lineContent(lines[index] ?? "");
		const fenceMatch = FENCE.exec(content);
		if (fence !== undefined) {
			fenced.add(index);
			const closing = fenceMatch?.[1];
			if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length && content.trim() === closing) {
				fence = undefined;
			}
			continue;
		}
		if (fenceMatch?.[1] !== undefined) {
			fence = fenceMatch[1];
			fenced.add(index);
			continue;
		}
		const headingLine = normaliseHeading(content);
		if (headingLine !== undefined) {
			heading = headingLine;
			headings.push({ index, level: headingLine.indexOf(" "), line: headingLine });
			continue;
		}
		const itemText = listItemText(content);
		if (itemText !== undefined && itemText !== "") listLines.push({ index, text: itemText, shown: isBoxLine(content) ? shownText(itemText) : itemText, heading });
	}
	return { lines, bodyStart, headings, listLines, fenced };
}

/** Whether a line is a list line (`- x`, `* x`, `1. x`, with or without a box). */
export function isListLine(line: string): boolean {
	return listItemText(lineContent(line)) !== undefined;
}

function listItemText(content: string): string | undefined {
	const item = LIST_ITEM.exec(content);
	if (!item) return undefined;
	const rest = item[1] ?? "";
	const box = CHECKBOX.exec(rest);
	return (box ? (box[1] ?? "") : rest).trimEnd();
}

function isBoxLine(content: string): boolean {
	const item = LIST_ITEM.exec(content);
	return item !== null && CHECKBOX.test(item[1] ?? "");
}

/** The index of the first body line: after a `---` frontmatter block when the note starts with one. */
function frontmatterEnd(lines: readonly string[]): number {
	if (lineContent(lines[0] ?? "") !== "---") return 0;
	for (let i = 1; i < lines.length; i++) {
		const content = lineContent(lines[i] ?? "");
		if (content === "---" || content === "...") return i + 1;
	}
	// an unclosed block is not frontmatter
	return 0;
}
