/**
 * A pure re-implementation of what Obsidian's MetadataCache computes for one note, good enough for the plugin's
 * tests: frontmatter, list items (with Obsidian's `parent` and `task` rules), headings and sections.
 *
 * Structure (which lines are lists, items, nesting, code, html, blockquotes) comes from a real CommonMark parser
 * (mdast-util-from-markdown with GFM and frontmatter). Obsidian's own parser descends from remark-parse 8, so the
 * numbers it reports follow remark 8's bookkeeping; the parts that differ from mdast are reproduced here:
 * - a list item starts at the column where its container's content begins (its own indentation is part of it),
 *   and a container strips `min(bullet width, smallest indentation of its lines)` from the lines below, where a
 *   one-digit ordered bullet of odd width counts one column wider (remark 8's "first nine items" rule);
 * - the task character is any single character between the brackets, as written;
 * - after a task's checkbox, the rest of the line is parsed as blocks, so `- [ ] 1. x` holds a nested item;
 * - an item with nested lists ends where its own content ends; an item followed by a blank line and a sibling
 *   ends at the start of that blank line;
 * - `%% … %%` comments hide the items inside them.
 * Checked against real captures by `tests/harness/conformance.ts`.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfm } from "micromark-extension-gfm";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter as frontmatterSyntax } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { parse as parseYaml } from "yaml";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface ListItemCache {
	position: Pos;
	parent: number;
	task?: string;
	id?: string;
}

export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}

export interface SectionCache {
	type: string;
	position: Pos;
	id?: string;
}

export type FrontMatterCache = Record<string, any>;

export interface CachedMetadata {
	frontmatter?: FrontMatterCache;
	frontmatterPosition?: Pos;
	listItems?: ListItemCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
}

/** The subset of an mdast node this module reads. */
interface MdNode {
	type: string;
	value?: string;
	depth?: number;
	children?: MdNode[];
	position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

/** remark-parse 8's bullet expression: indentation, marker, spacing (1–4 spaces, or one when more follow), rest. */
const BULLET = /^([ \t]*)([*+-]|\d{1,9}[.)])( {1,4}(?! )| |\t|$)(.*)$/;
/** Obsidian's checkbox: any one character between brackets, then a space or tab. */
const CHECKBOX = /^\[([^\n])\][ \t]/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCKQUOTE_PREFIX = /^[ \t]{0,3}>[ \t]?/;

class Document {
	readonly lines: string[];
	readonly lineStarts: number[];

	constructor(readonly text: string) {
		const raw = text.split("\n");
		this.lines = raw.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
		this.lineStarts = [];
		let offset = 0;
		for (const l of raw) {
			this.lineStarts.push(offset);
			offset += l.length + 1;
		}
	}

	loc(line: number, col: number): Loc {
		return { line, col, offset: this.lineStarts[line] + col };
	}

	lineEnd(line: number): Loc {
		return this.loc(line, this.lines[line].length);
	}

	isBlank(line: number): boolean {
		return this.lines[line].trim() === "";
	}
}

/** remark-parse 8's `getIndent`: a space is one column, a tab moves to the next multiple of 4; `stops[column] = index`. */
function getIndent(value: string): { indent: number; stops: Map<number, number> } {
	let indent = 0;
	const stops = new Map<number, number>();
	for (let i = 0; i < value.length && (value[i] === " " || value[i] === "\t"); i++) {
		indent = value[i] === "\t" ? Math.floor((indent + 4) / 4) * 4 : indent + 1;
		stops.set(indent, i);
	}
	return { indent, stops };
}

const startLine = (n: MdNode): number => n.position!.start.line - 1;
const endLine = (n: MdNode): number => n.position!.end.line - 1;

/** Offsets of `%% … %%` comments, ignoring `%%` inside code. An unclosed `%%` runs to the end of the note. */
function percentComments(text: string, codeRanges: Array<[number, number]>): Array<[number, number]> {
	const inCode = (i: number): boolean => codeRanges.some(([s, e]) => i >= s && i < e);
	const marks: number[] = [];
	for (let i = text.indexOf("%%"); i !== -1; i = text.indexOf("%%", i + 2)) {
		if (!inCode(i)) marks.push(i);
	}
	const ranges: Array<[number, number]> = [];
	for (let k = 0; k < marks.length; k += 2) {
		ranges.push([marks[k], k + 1 < marks.length ? marks[k + 1] + 2 : text.length]);
	}
	return ranges;
}

/**
 * Offsets of `$$` math blocks, ignoring `$$` inside code: a line that starts with `$$` (after indentation
 * and `>` markers) opens one unless it also closes it, and the next line holding `$$` closes it (an
 * unclosed block runs to the end of the note). Obsidian shows a math block, not the list items in it;
 * no capture shows its cache for one, so this follows its rendering (harness README).
 */
function mathBlocks(text: string, codeRanges: Array<[number, number]>): Array<[number, number]> {
	const inCode = (i: number): boolean => codeRanges.some(([s, e]) => i >= s && i < e);
	const ranges: Array<[number, number]> = [];
	let open: number | undefined;
	let offset = 0;
	for (const line of text.split("\n")) {
		const marks = (line.match(/\$\$/g) ?? []).length;
		if (!inCode(offset)) {
			if (open === undefined && /^[ \t]*(?:>[ \t]*)*\$\$/.test(line) && marks % 2 === 1) open = offset;
			else if (open !== undefined && marks > 0) {
				ranges.push([open, offset + line.length]);
				open = undefined;
			}
		}
		offset += line.length + 1;
	}
	if (open !== undefined) ranges.push([open, text.length]);
	return ranges;
}

function collectCodeRanges(node: MdNode, out: Array<[number, number]>): void {
	if ((node.type === "code" || node.type === "inlineCode") && node.position) {
		out.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0]);
	}
	for (const c of node.children ?? []) collectCodeRanges(c, out);
}

class ListCollector {
	readonly items: ListItemCache[] = [];
	readonly headings: HeadingCache[] = [];
	/** Characters already consumed on each line by the containers (blockquotes, list items) around the current node. */
	private readonly offsets: number[];

	constructor(
		private readonly doc: Document,
		private readonly comments: Array<[number, number]>,
	) {
		this.offsets = doc.lines.map(() => 0);
	}

	private inComment(offset: number): boolean {
		return this.comments.some(([s, e]) => offset >= s && offset < e);
	}

	walk(node: MdNode, parentItemLine: number | null): void {
		switch (node.type) {
			case "blockquote":
				for (let l = startLine(node); l <= endLine(node); l++) {
					const m = BLOCKQUOTE_PREFIX.exec(this.doc.lines[l].slice(this.offsets[l]));
					if (m) this.offsets[l] += m[0].length;
				}
				for (const c of node.children ?? []) this.walk(c, parentItemLine);
				return;
			case "list": {
				// Items inside a `%%` comment are not reported, and the list then starts at its first visible item
				// (comments_markdown_style.json).
				const visible = (node.children ?? []).find((item) => !this.inComment(this.doc.loc(startLine(item), 0).offset + (item.position!.start.column - 1)));
				const first = startLine(visible ?? node);
				const parent = parentItemLine ?? (first === 0 ? -1 : -first);
				const children = node.children ?? [];
				children.forEach((item, i) => this.listItem(item, parent, children[i + 1]));
				return;
			}
			case "heading":
				this.heading(node);
				return;
			default:
				return;
		}
	}

	private heading(node: MdNode): void {
		const line = startLine(node);
		const start = this.doc.loc(line, node.position!.start.column - 1);
		if (this.inComment(start.offset)) return;
		const raw = this.doc.lines[line].slice(this.offsets[line]);
		const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(raw);
		const heading = atx ? (atx[2] ?? "").trim() : raw.trim();
		this.headings.push({
			heading,
			level: node.depth ?? 1,
			position: { start: this.doc.loc(line, this.offsets[line]), end: this.doc.lineEnd(endLine(node)) },
		});
	}

	private listItem(node: MdNode, parent: number, next: MdNode | undefined): void {
		const { doc, offsets } = this;
		const a = startLine(node);
		const b = endLine(node);
		const startCol = offsets[a];
		const bullet = BULLET.exec(doc.lines[a].slice(startCol));
		if (!bullet) {
			// The strip bookkeeping disagrees with the parser (odd tab indentation): trust the parser's marker column.
			offsets[a] = node.position!.start.column - 1;
			if (!BULLET.test(doc.lines[a].slice(offsets[a]))) return;
			this.listItem(node, parent, next);
			return;
		}
		this.stripItemLines(bullet, a + 1, b);
		offsets[a] += bullet[1].length + bullet[2].length + bullet[3].length;

		const checkbox = CHECKBOX.exec(doc.lines[a].slice(offsets[a]));
		if (checkbox) offsets[a] += checkbox[0].length;

		const children = node.children ?? [];
		const firstList = children.findIndex((c) => c.type === "list");
		let end: Loc;
		if (firstList !== -1) {
			const own = children.slice(0, firstList).filter((c) => c.type !== "list");
			end = doc.lineEnd(own.length > 0 ? endLine(own[own.length - 1]) : a);
		} else if (next && startLine(next) > b + 1 && doc.isBlank(b + 1)) {
			end = doc.loc(b + 1, 0);
		} else {
			end = doc.lineEnd(b);
		}

		const start = doc.loc(a, startCol);
		if (this.inComment(start.offset + bullet[1].length)) return;
		// A `%%` comment opening on a later line was swallowed as a lazy continuation; the item ends before it.
		const comment = this.comments.find(([s]) => s > start.offset && s < end.offset);
		if (comment) {
			let commentLine = a;
			while (commentLine + 1 < doc.lineStarts.length && doc.lineStarts[commentLine + 1] <= comment[0]) commentLine++;
			if (commentLine > a) end = doc.lineEnd(commentLine - 1);
		}
		const item: ListItemCache = { position: { start, end }, parent };
		if (checkbox) item.task = checkbox[1];
		this.items.push(item);

		if (checkbox && firstList === -1) this.itemAfterCheckbox(a, end);
		for (const c of children) this.walk(c, a);
	}

	/** remark 8's `removeIndentation`: strip the item's indentation (at most the bullet's width) from its later lines. */
	private stripItemLines(bullet: RegExpExecArray, from: number, to: number): void {
		const { doc, offsets } = this;
		let marker = bullet[2];
		const width = bullet[1].length + bullet[2].length + bullet[3].length;
		// remark 8: "make sure that the first nine numbered list items can indent with an extra space"
		// (`Number("1.")` is 1, `Number("1)")` and `Number("-")` are NaN, exactly as there).
		if (Number(marker) < 10 && width % 2 === 1) marker = " " + marker;
		let minIndent = getIndent(bullet[1] + " ".repeat(marker.length) + bullet[3]).indent;
		for (let l = from; l <= to; l++) {
			if (doc.isBlank(l)) continue;
			const { indent } = getIndent(doc.lines[l].slice(offsets[l]));
			if (indent === 0) return; // a lazy line: remark strips nothing at all
			minIndent = Math.min(minIndent, indent);
		}
		for (let l = from; l <= to; l++) {
			const { stops } = getIndent(doc.lines[l].slice(offsets[l]));
			let column = minIndent;
			while (column > 0 && !stops.has(column)) column--;
			if (stops.has(column)) offsets[l] += stops.get(column)! + 1;
			// A tab that jumps past the item's indentation is consumed whole (zero_width.json: `\t- [ ]`
			// under `- Root` starts at column 1), where remark 8 would strip nothing.
			else if (column === 0) {
				const over = [...stops.keys()].filter((c) => c > minIndent).sort((x, y) => x - y)[0];
				if (over !== undefined) offsets[l] += stops.get(over)! + 1;
			}
		}
	}

	/** Obsidian parses what follows a checkbox as blocks, so `- [ ] 1. text` holds a nested ordered item. */
	private itemAfterCheckbox(line: number, parentEnd: Loc): void {
		const { doc, offsets } = this;
		const rest = doc.lines[line].slice(offsets[line]);
		const bullet = BULLET.exec(rest);
		if (!bullet || THEMATIC_BREAK.test(rest) || bullet[1].length >= 4) return;
		const start = doc.loc(line, offsets[line]);
		offsets[line] += bullet[1].length + bullet[2].length + bullet[3].length;
		const checkbox = CHECKBOX.exec(doc.lines[line].slice(offsets[line]));
		if (checkbox) offsets[line] += checkbox[0].length;
		const item: ListItemCache = { position: { start, end: parentEnd }, parent: line };
		if (checkbox) item.task = checkbox[1];
		this.items.push(item);
		if (checkbox) this.itemAfterCheckbox(line, parentEnd);
	}
}

function parseFrontmatter(source: string): FrontMatterCache | undefined {
	try {
		const value: unknown = parseYaml(source);
		if (value !== null && typeof value === "object" && !Array.isArray(value)) return value;
	} catch {
		// Obsidian leaves `frontmatter` out when the YAML does not parse.
	}
	return undefined;
}

function sectionType(node: MdNode, doc: Document): string {
	switch (node.type) {
		case "blockquote":
			return /^[ \t]*>[ \t]*\[!/.test(doc.lines[startLine(node)]) ? "callout" : "blockquote";
		case "footnoteDefinition":
			return "footnoteDefinition";
		case "definition":
			return "paragraph";
		default:
			return node.type;
	}
}

/** What Obsidian's `metadataCache.getFileCache` holds for a note with this text (the parts the harness models). */
export function computeFileCache(text: string): CachedMetadata {
	const doc = new Document(text);
	const tree = fromMarkdown(text, {
		extensions: [gfm(), frontmatterSyntax(["yaml"])],
		mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(["yaml"])],
	}) as MdNode;
	const codeRanges: Array<[number, number]> = [];
	collectCodeRanges(tree, codeRanges);
	const math = mathBlocks(text, codeRanges);
	const comments = [...percentComments(text, codeRanges), ...math];
	const cache: CachedMetadata = {};
	const sections: SectionCache[] = [];
	const collector = new ListCollector(doc, comments);

	for (const node of tree.children ?? []) {
		const position: Pos = { start: doc.loc(startLine(node), 0), end: doc.lineEnd(endLine(node)) };
		if (node.type === "yaml") {
			const fm = parseFrontmatter(node.value ?? "");
			if (fm) {
				cache.frontmatter = fm;
				cache.frontmatterPosition = position;
			}
			sections.push({ type: "yaml", position });
			continue;
		}
		if (comments.some(([s, e]) => position.start.offset >= s && position.end.offset <= e)) {
			sections.push({ type: math.some(([s, e]) => position.start.offset >= s && position.end.offset <= e) ? "math" : "comment", position });
			continue;
		}
		sections.push({ type: sectionType(node, doc), position });
		collector.walk(node, null);
	}

	if (collector.headings.length > 0) cache.headings = collector.headings;
	if (collector.items.length > 0) cache.listItems = collector.items;
	if (sections.length > 0) cache.sections = sections;
	return cache;
}
