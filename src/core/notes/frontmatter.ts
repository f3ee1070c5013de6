import { datesAsText, type YamlParse } from "../yaml/parse";

/** Where a note's properties block sits: its opening and closing `---` lines (0-based). */
interface FrontmatterRange {
	start: number;
	end: number;
}

/** A property value the plugin writes: a number, a text, or undefined to remove the key. */
export type PropertyValue = number | string | undefined;

/** One whole-line edit: lines `from` (inclusive) to `to` (exclusive) become `lines`. */
export interface LineEdit {
	from: number;
	to: number;
	lines: string[];
}

/** Finds the properties block: a first line `---` closed by `---` or `...`; none when unclosed. */
export function frontmatterRange(lines: readonly string[]): FrontmatterRange | undefined {
	if (trimmed(lines[0]) !== "---") return undefined;
	for (let i = 1; i < lines.length; i++) {
		const content = trimmed(lines[i]);
		if (content === "---" || content === "...") return { start: 0, end: i };
	}
	return undefined;
}

/** Splits a note's text into its properties lines (without the `---` fences) and the body after them. */
export function splitFrontmatter(text: string): { frontmatter: string[]; body: string } {
	const lines = text.replace(/\r\n/g, "\n").split("\n");
	const range = frontmatterRange(lines);
	if (!range) return { frontmatter: [], body: text };
	return { frontmatter: lines.slice(range.start + 1, range.end), body: lines.slice(range.end + 1).join("\n") };
}

/**
 * Reads the properties of a note from its text: the values, `null` when the block does not parse
 * (Obsidian then shows no properties either), undefined when there is no block. Blocks in the plugin's
 * own simple shape are read without a parser (a tick reads the block on every change); any other goes
 * to `parse` (Obsidian's `parseYaml` in the plugin). The parser is required: without it a learner's own
 * block (a flow list, a comment, a quoted text…) would read as unreadable and never get its progress.
 */
export function readFrontmatter(lines: readonly string[], parse: YamlParse): Record<string, unknown> | null | undefined {
	const range = frontmatterRange(lines);
	if (!range) return undefined;
	const source = lines.slice(range.start + 1, range.end).map(stripCr).join("\n");
	// A tick reads the same block twice (is it a roadmap note? do its values differ?): parse it once.
	if (source !== lastParsed.source || parse !== lastParsed.parse) lastParsed = { source, parse, value: parseProperties(source, parse) };
	return lastParsed.value;
}

let lastParsed: { source: string | undefined; parse: YamlParse | undefined; value: Record<string, unknown> | null } = {
	source: undefined,
	parse: undefined,
	value: null,
};

function parseProperties(source: string, parse: YamlParse): Record<string, unknown> | null {
	const simple = readSimpleProperties(source);
	if (simple !== undefined) return simple;
	try {
		const value: unknown = datesAsText(parse(source));
		if (value === null || value === undefined) return {};
		return typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/**
 * The line edits that give the properties block these values, touching only the lines of keys whose
 * value differs (a key and its indented continuation lines; a quoted key stays quoted, a comment after
 * a value stays), adding missing keys before the closing `---` and removing keys set to undefined.
 * Empty when nothing differs, when the block cannot be read (`parse`, required, reads a block beyond
 * the plugin's own simple shape, as in `readFrontmatter`), or when the edited block would not read back
 * as exactly these values with every other property unchanged (see `propertyEditProblem`).
 */
export function propertyEdits(lines: readonly string[], values: Readonly<Record<string, PropertyValue>>, parse: YamlParse): LineEdit[] {
	return checkedPropertyEdits(lines, values, parse).edits;
}

/** Why these values cannot be written into this properties block without risk, or undefined when they can (or already agree). */
export function propertyEditProblem(lines: readonly string[], values: Readonly<Record<string, PropertyValue>>, parse: YamlParse): string | undefined {
	return checkedPropertyEdits(lines, values, parse).problem;
}

type CheckedEdits = { edits: LineEdit[]; problem?: string };

// A change read by the index is checked for a property block it cannot edit, then its write is decided
// on the same lines with the same values: the second asks the same question, and gets the first answer.
let lastChecked: { lines: readonly string[]; values: Readonly<Record<string, PropertyValue>>; parse: YamlParse; result: CheckedEdits } | undefined;

function checkedPropertyEdits(lines: readonly string[], values: Readonly<Record<string, PropertyValue>>, parse: YamlParse): CheckedEdits {
	if (lastChecked && lastChecked.lines === lines && lastChecked.parse === parse && sameValues(lastChecked.values, values)) return lastChecked.result;
	const result = computePropertyEdits(lines, values, parse);
	lastChecked = { lines, values, parse, result };
	return result;
}

function sameValues(a: Readonly<Record<string, PropertyValue>>, b: Readonly<Record<string, PropertyValue>>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => key in b && a[key] === b[key]);
}

function computePropertyEdits(lines: readonly string[], values: Readonly<Record<string, PropertyValue>>, parse: YamlParse): CheckedEdits {
	const range = frontmatterRange(lines);
	const current = readFrontmatter(lines, parse);
	if (!range || !current) return { edits: [] };
	const eol = lines[range.start]?.endsWith("\r") ? "\r" : "";
	const edits: LineEdit[] = [];
	const added: string[] = [];
	for (const [key, value] of Object.entries(values)) {
		if (current[key] === value || (value === undefined && !(key in current))) continue;
		const at = keyLines(lines, range, key);
		if (at) edits.push({ from: at.from, to: at.to, lines: value === undefined ? [] : [`${at.key}: ${formatValue(value)}${at.comment}${eol}`] });
		else if (value !== undefined) added.push(`${key}: ${formatValue(value)}${eol}`);
	}
	if (added.length > 0) edits.push({ from: range.end, to: range.end, lines: added });
	if (edits.length === 0) return { edits };
	edits.sort((a, b) => a.from - b.from);
	const problem = readBackProblem(applyLineEdits(lines, edits), values, current, parse);
	return problem === undefined ? { edits } : { edits: [], problem };
}

// The edited block read again by the YAML reader: every value as intended, every other property as it was.
function readBackProblem(lines: readonly string[], values: Readonly<Record<string, PropertyValue>>, before: Record<string, unknown>, parse: YamlParse): string | undefined {
	const range = frontmatterRange(lines);
	if (!range) return "the edited properties block would lose its closing ---";
	let read: unknown;
	try {
		// The quick reader, held to read as js-yaml does, spares a tick the full parse in the plugin's own shape.
		const source = lines.slice(range.start + 1, range.end).map(stripCr).join("\n");
		read = readSimpleProperties(source) ?? datesAsText(parse(source));
	} catch (error) {
		return `the edited properties block would not be valid YAML (${error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error)})`;
	}
	if (typeof read !== "object" || read === null || Array.isArray(read)) return "the edited properties block would not read as properties";
	const after = read as Record<string, unknown>;
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined ? key in after : after[key] !== value) return `${key} would read as ${JSON.stringify(after[key]) ?? "nothing"}, not ${JSON.stringify(value) ?? "nothing"}`;
	}
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (key in values) continue;
		if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) return `${key} would change from ${JSON.stringify(before[key]) ?? "nothing"} to ${JSON.stringify(after[key]) ?? "nothing"}`;
	}
	return undefined;
}

/** Applies line edits (from `propertyEdits` or any non-overlapping set) to a copy of the lines. */
export function applyLineEdits(lines: readonly string[], edits: readonly LineEdit[]): string[] {
	const out = [...lines];
	for (const edit of [...edits].sort((a, b) => b.from - a.from)) out.splice(edit.from, edit.to - edit.from, ...edit.lines);
	return out;
}

// The top-level line `key:` (the key plain or quoted) and the indented or list lines that continue its
// value; with the key as written and the comment after a one-line value, both kept by an edit.
function keyLines(lines: readonly string[], range: FrontmatterRange, key: string): { from: number; to: number; key: string; comment: string } | undefined {
	for (let i = range.start + 1; i < range.end; i++) {
		const line = stripCr(lines[i] ?? "");
		const match = /^(?:"([^"\\]*)"|'([^']*)'|([^\s#:"'][^:]*?))[ \t]*:(?=\s|$)/.exec(line);
		if (!match || (match[1] ?? match[2] ?? match[3]) !== key) continue;
		let to = i + 1;
		while (to < range.end && /^(?:[ \t]|-(?:\s|$))/.test(stripCr(lines[to] ?? ""))) to++;
		const written = line.slice(0, match[0].length - 1).trimEnd();
		return { from: i, to, key: written, comment: to === i + 1 ? trailingComment(line.slice(match[0].length - 1)) : "" };
	}
	return undefined;
}

// Numbers plain; texts plain only when every YAML reader reads them back as that text (a word, a day),
// quoted otherwise: `yes`, `0b101` or `.inf` would come back as a boolean or a number from js-yaml.
function formatValue(value: string | number): string {
	if (typeof value === "number") return String(value);
	const plain = /^(?:[A-Za-z][\w-]*|\d{4}-\d{2}-\d{2})$/u.test(value) && !/^(?:y|n|yes|no|on|off|true|false|null)$/iu.test(value);
	return plain ? value : JSON.stringify(value);
}

/** The YAML comment at the end of a line (` # why`, with the spaces before it), or "" when there is none. */
export function trailingComment(line: string): string {
	let quote: string | undefined;
	for (let i = 0; i < line.length; i++) {
		const c = line.charAt(i);
		if (quote !== undefined) {
			if (c === "\\" && quote === '"') i++;
			else if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === "#" && i > 0 && /\s/u.test(line.charAt(i - 1))) return line.slice(line.slice(0, i).trimEnd().length);
	}
	return "";
}

function stripCr(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}

function trimmed(line: string | undefined): string {
	return stripCr(line ?? "").trimEnd();
}

// The shape of every properties block the plugin writes, read without a YAML parser: a tick reads the
// block on every change, and a full parse costs a third of a millisecond. Anything else (quotes with
// escapes, flow collections, anchors, comments, nesting…) returns undefined and goes to the parser;
// a test holds both to the same values on every capture and generated note.
const SIMPLE_KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/u;
const SIMPLE_ITEM = /^[ \t]+-[ \t]+(.*?)[ \t]*$/u;
const PLAIN = /^[^\s#'"{}[\]&*!|>%@`,?:-][^#]*$/u;

/** The properties of a block in the plugin's own simple shape, or undefined when a YAML parser must read it. */
export function readSimpleProperties(source: string): Record<string, unknown> | undefined {
	const result: Record<string, unknown> = {};
	let list: unknown[] | undefined;
	for (const line of source.split("\n")) {
		if (line.trim() === "") continue;
		const item = SIMPLE_ITEM.exec(line);
		if (item) {
			const value = simpleScalar(item[1] ?? "");
			if (list === undefined || value === undefined) return undefined;
			list.push(value);
			continue;
		}
		const key = SIMPLE_KEY.exec(line);
		if (!key?.[1] || key[1] in result) return undefined;
		if (key[2] === undefined || key[2] === "") {
			list = [];
			result[key[1]] = list;
			continue;
		}
		list = undefined;
		const value = simpleScalar(key[2]);
		if (value === undefined) return undefined;
		result[key[1]] = value;
	}
	// A key with nothing under it is null in YAML, not an empty list.
	for (const [k, v] of Object.entries(result)) if (Array.isArray(v) && v.length === 0) result[k] = null;
	return result;
}

function simpleScalar(text: string): string | number | boolean | null | undefined {
	if (/^[-+]?\d+$/u.test(text)) return Number(text);
	if (/^[-+]?\d*\.\d+$/u.test(text)) return Number(text);
	if (text === "true" || text === "false") return text === "true";
	if (text === "null" || text === "~") return null;
	const quoted = /^"([^"\\]*)"$/u.exec(text);
	if (quoted) return quoted[1];
	if (!PLAIN.test(text) || /:(?:\s|$)|\s#/u.test(text) || /^(?:true|false|null|yes|no|on|off|\.nan|\.inf)$/iu.test(text)) return undefined;
	// Anything else a YAML reader might read as a number (hex, octal, binary, `1_000`, exponents, `.inf`…)
	// goes to the parser; a day stays text (js-yaml's date is turned back into it).
	if (/^[-+]?[.\d][\w.+:-]*$/u.test(text) && !/^\d{4}-\d{2}-\d{2}$/u.test(text)) return undefined;
	return text;
}
