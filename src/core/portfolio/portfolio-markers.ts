/** The line that opens the generated part of the portfolio. */
export const PORTFOLIO_START = "<!-- learning-roadmap:portfolio:start -->";
/** The line that closes it. */
export const PORTFOLIO_END = "<!-- learning-roadmap:portfolio:end -->";

/** The generated part with its markers, as it sits in the note. */
export function portfolioBlock(generated: string): string {
	return `${PORTFOLIO_START}\n${generated.replace(/\n*$/u, "\n")}${PORTFOLIO_END}\n`;
}

/** One text change: replace `text.slice(from, to)` by `insert`. Both write paths (editor, vault) apply it. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

type Placement =
	/** The note already holds exactly this block: nothing to write. */
	| { status: "unchanged" }
	/** Replace the block between the markers, or add one at the end of a note without markers. */
	| { status: "replace" | "append"; change: TextChange }
	/** One marker without the other, or in the wrong order: writing could eat the learner's words. */
	| { status: "damaged"; problem: string };

/**
 * Where the generated part goes in an existing note: between its markers (everything around them
 * is the learner's and stays byte for byte), or appended when the note has none.
 */
export function placePortfolio(text: string, generated: string): Placement {
	const starts = markerLines(text, PORTFOLIO_START);
	const ends = markerLines(text, PORTFOLIO_END);
	// A note saved with Windows line endings keeps them: the generated part takes the line ending of its
	// start marker, or of the note's first line when it is added.
	const first = starts[0];
	const crlf = first !== undefined ? text.startsWith("\r\n", first.to) : /^[^\n]*\r\n/u.test(text);
	const eol = crlf ? "\r\n" : "\n";
	const block = portfolioBlock(generated).replace(/\n/gu, eol);
	if (starts.length === 0 && ends.length === 0) {
		const separator = text === "" ? "" : text.endsWith(`${eol}${eol}`) ? "" : text.endsWith("\n") ? eol : `${eol}${eol}`;
		return { status: "append", change: { from: text.length, to: text.length, insert: `${separator}${block}` } };
	}
	const start = starts[0];
	const end = ends[0];
	if (starts.length !== 1 || ends.length !== 1 || start === undefined || end === undefined || end.from < start.to) {
		return {
			status: "damaged",
			problem: `its markers are damaged: it needs exactly one "${PORTFOLIO_START}" line followed by one "${PORTFOLIO_END}" line`,
		};
	}
	// The block runs from the start marker to the end of the end marker's line (its line ending included if any).
	const ending = text.startsWith("\r\n", end.to) ? "\r\n" : text.startsWith("\n", end.to) ? "\n" : "";
	const to = end.to + ending.length;
	// An end marker on the note's last line without a newline stays so: the learner's file ending is theirs.
	const insert = ending !== "" ? block : block.slice(0, -eol.length);
	if (text.slice(start.from, to) === insert) return { status: "unchanged" };
	return { status: "replace", change: { from: start.from, to, insert } };
}

/** Applies a change to a text. */
export function applyChange(text: string, change: TextChange): string {
	return text.slice(0, change.from) + change.insert + text.slice(change.to);
}

const FENCE = /^\s*(`{3,}|~{3,})/u;

/**
 * The offsets of each line that is exactly `marker` (surrounding spaces allowed), its line ending left
 * out. A marker inside a code fence is text the learner shows (how the portfolio works), not a marker.
 */
export function markerLines(text: string, marker: string): { from: number; to: number }[] {
	const found: { from: number; to: number }[] = [];
	let offset = 0;
	let fence: string | undefined;
	for (const raw of text.split("\n")) {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		const opener = FENCE.exec(line)?.[1];
		if (fence !== undefined) {
			// A fence closes on the same character, at least as long.
			if (opener?.startsWith(fence) === true && line.trim() === opener) fence = undefined;
		} else if (opener !== undefined) fence = opener;
		else if (line.trim() === marker) found.push({ from: offset, to: offset + line.length });
		offset += raw.length + 1;
	}
	return found;
}
