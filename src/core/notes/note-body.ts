import type { CodeBlock, TextBlock } from "../roadmap/roadmap-schema";
import type { NoteProgressProperties } from "../progress/note-progress";
import type { PlannedItem } from "./planned-note";
import { percent } from "../progress/percent";

/** One line of a list: its text and whether it is a box. */
type ListEntry = {
	text: string;
	checkbox: boolean;
	/** Written after the text but not part of what re-generation looks for, e.g. ` *(measured by the plugin)*`. */
	suffix?: string;
	/** A box written ticked: the ✅ date it was done, or "" when unknown. */
	ticked?: string;
};

/** How a list is written: boxes or plain bullets, numbered or not, and whether re-generation tracks it. */
type ListStyle = {
	checkbox?: boolean;
	ordered?: boolean;
	/** Navigation (links) is written but not re-added when a learner removes it. */
	tracked?: boolean;
};

/**
 * Builds a note's markdown block by block, remembering each roadmap item and the heading it sits under.
 * Blocks are separated by one blank line; a heading is followed directly by its first block.
 */
export class NoteBody {
	private readonly lines: string[] = [];
	private readonly planned: PlannedItem[] = [];
	private currentHeading = "";
	private afterHeading = false;

	/** Starts a heading of the given level (1–6). */
	heading(level: number, text: string): this {
		if (this.lines.length > 0) this.lines.push("");
		this.currentHeading = `${"#".repeat(level)} ${oneLine(text)}`;
		this.lines.push(this.currentHeading);
		this.afterHeading = true;
		return this;
	}

	/** Adds a paragraph (its lines are kept as written). */
	paragraph(text: string): this {
		this.startBlock();
		this.lines.push(...text.split("\n"));
		return this;
	}

	/** Adds a list; tracked items (the default) are what re-generation looks for. */
	list(items: readonly string[], style: ListStyle & { ticked?: Readonly<Record<string, string>> } = {}): this {
		const checkbox = style.checkbox ?? false;
		const ticked = style.ticked ?? {};
		return this.entries(
			items.map((text) => (checkbox && Object.hasOwn(ticked, text) ? { text, checkbox, ticked: ticked[text] } : { text, checkbox })),
			style,
		);
	}

	/** Adds a list whose lines may mix boxes and plain bullets. */
	entries(entries: readonly ListEntry[], style: Omit<ListStyle, "checkbox"> = {}): this {
		if (entries.length === 0) return this;
		this.startBlock();
		const ordered = style.ordered ?? false;
		entries.forEach((entry, i) => {
			const text = oneLine(entry.text);
			this.lines.push(listLine(`${text}${entry.suffix ?? ""}`, entry.checkbox, ordered ? i + 1 : undefined, entry.ticked));
			if (style.tracked ?? true) {
				const ticked = entry.checkbox && entry.ticked !== undefined ? { ticked: entry.ticked } : {};
				this.planned.push({ text, checkbox: entry.checkbox, heading: this.currentHeading, ...(ordered ? { ordered } : {}), ...ticked });
			}
		});
		return this;
	}

	/** Adds lines as they are (for nested navigation lists), untracked. */
	raw(lines: readonly string[]): this {
		if (lines.length === 0) return this;
		this.startBlock();
		this.lines.push(...lines);
		return this;
	}

	/** Adds a fenced code block, with a fence longer than any backtick run inside it. */
	code(block: CodeBlock): this {
		this.startBlock();
		const content = block.content.replace(/\n+$/u, "");
		const longestRun = Math.max(0, ...(content.match(/`+/gu) ?? []).map((run) => run.length));
		const fence = "`".repeat(Math.max(3, longestRun + 1));
		this.lines.push(`${fence}${block.language}`, ...content.split("\n"), fence);
		return this;
	}

	/** Adds a titled block of prose: heading, paragraph, list and code, whichever it has. */
	textBlock(block: TextBlock, level: number): this {
		this.heading(level, block.heading);
		if (block.text !== undefined) this.paragraph(block.text);
		if (block.items !== undefined) this.list(block.items, { ordered: block.ordered });
		if (block.code !== undefined) this.code(block.code);
		return this;
	}

	/** The roadmap items written so far. */
	items(): PlannedItem[] {
		return [...this.planned];
	}

	/** Counts the checkboxes written so far. */
	boxCount(): number {
		return this.planned.filter((item) => item.checkbox).length;
	}

	/** The progress properties of this note as first written: every box open but those written ticked. */
	openProgress(): NoteProgressProperties {
		const boxes = this.planned.filter((item) => item.checkbox);
		const done = boxes.filter((item) => item.ticked !== undefined).length;
		const total = boxes.length;
		const status = total > 0 && done === total ? "complete" : done > 0 ? "in-progress" : "not-started";
		return { done, total, progress: percent(done, total), status };
	}

	/** The markdown, ending with one newline. */
	text(): string {
		return `${this.lines.join("\n")}\n`;
	}

	private startBlock(): void {
		if (this.lines.length > 0 && !this.afterHeading) this.lines.push("");
		this.afterHeading = false;
	}
}

/** One list line: `- text`, `- [ ] text`, `1. text` or `1. [ ] text`; `- [x] text ✅ date` when ticked. */
export function listLine(text: string, checkbox: boolean, number?: number, ticked?: string): string {
	const marker = number === undefined ? "-" : `${number}.`;
	if (!checkbox) return `${marker} ${text}`;
	if (ticked === undefined) return `${marker} [ ] ${text}`;
	return ticked === "" ? `${marker} [x] ${text}` : `${marker} [x] ${text} ✅ ${ticked}`;
}

/** Keeps a list item or heading on its own line: line breaks inside roadmap text become spaces. */
function oneLine(text: string): string {
	return text.replace(/\s*\n\s*/gu, " ");
}
