/**
 * Finds the line of a value in YAML without a YAML parser: given the text and a path like
 * `["phases", 3, "projects", 1, "title"]`, the 1-based line of that key (or list item), following
 * block keys and `- ` items by their indentation and flow collections (`[…]`, `{…}`, so JSON too) by
 * their brackets. Where the path goes into something it does not follow (a block scalar, a key it
 * cannot find), it gives the line of the deepest part it found, and line 1 when it finds nothing.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
	// A roadmap with many problems asks about one text many times: scan it once.
	if (scanned.text !== text) scanned = { text, lines: contentLines(text), starts: lineStarts(text) };
	const { lines, starts } = scanned;
	const first = lines[0];
	if (!first) return 1;
	let node: Node = { index: 0, col: first.indent, end: lines.length };
	let line = first.number;
	for (let depth = 0; depth < path.length; depth++) {
		const key = path[depth] as PropertyKey;
		const at = lines[node.index] as ContentLine;
		if (/^[[{]/u.test(at.text.slice(node.col))) return flowLine(text, starts, (starts[at.number - 1] ?? 0) + node.col, path.slice(depth), line);
		const child = childOf(lines, node, key);
		if (!child) return line;
		line = child.line;
		if (!child.value) return line;
		node = child.value;
	}
	return line;
}

let scanned: { text: string | undefined; lines: ContentLine[]; starts: number[] } = { text: undefined, lines: [], starts: [] };

/** A line that carries YAML content: not blank, not a comment, not inside a block scalar. */
interface ContentLine {
	/** 1-based line number in the file */
	number: number;
	indent: number;
	text: string;
}

/** A node starting at column `col` of content line `index`, running until content line `end` (exclusive). */
interface Node {
	index: number;
	col: number;
	end: number;
}

const BLOCK_SCALAR = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/u;

function contentLines(text: string): ContentLine[] {
	const out: ContentLine[] = [];
	let scalarAbove: number | undefined;
	text.split(/\r?\n/u).forEach((raw, i) => {
		const indent = raw.length - raw.trimStart().length;
		const body = raw.slice(indent);
		if (scalarAbove !== undefined) {
			if (body === "" || indent > scalarAbove) return;
			scalarAbove = undefined;
		}
		if (body === "" || body.startsWith("#") || (indent === 0 && /^(?:---|\.\.\.|%)/u.test(body))) return;
		out.push({ number: i + 1, indent, text: raw });
		const owner = valueAfterIndicators(raw, indent);
		if (BLOCK_SCALAR.test(owner.value)) scalarAbove = owner.col;
	});
	return out;
}

// The value on a line after its `- ` items and its `key:`, and the column of the innermost of them.
function valueAfterIndicators(line: string, indent: number): { value: string; col: number } {
	let col = indent;
	for (;;) {
		const dash = /^-(?:[ \t]+|$)/u.exec(line.slice(col));
		if (!dash) break;
		if (dash[0].length === 1) return { value: "", col };
		col += dash[0].length;
	}
	const key = keyAt(line, col);
	if (key) return { value: line.slice(key.valueCol).trim(), col };
	return { value: line.slice(col).trim(), col: Math.max(indent, col - 2) };
}

// A `key:` at a column: the key's text and where its value starts on the line.
function keyAt(line: string, col: number): { key: string; valueCol: number } | undefined {
	const rest = line.slice(col);
	const quoted = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')[ \t]*:(?:[ \t]+|$)/u.exec(rest);
	if (quoted) {
		const key = quoted[1] !== undefined ? unescapeDouble(quoted[1]) : (quoted[2] ?? "").replace(/''/gu, "'");
		return { key, valueCol: col + quoted[0].length };
	}
	const plain = /^(?:[^\s#'"[\]{},&*!|>%@`?:-]|[?:-]\S).*?[ \t]*:(?:[ \t]+|$)/u.exec(rest);
	if (!plain) return undefined;
	return { key: plain[0].replace(/[ \t]*:[ \t]*$/u, ""), valueCol: col + plain[0].length };
}

function unescapeDouble(text: string): string {
	try {
		return JSON.parse(`"${text}"`) as string;
	} catch {
		return text;
	}
}

// The key or item `key` of a node: its line, and its value when that is a block node it can follow.
function childOf(lines: ContentLine[], node: Node, key: PropertyKey): { line: number; value?: Node } | undefined {
	const start = lines[node.index];
	if (!start) return undefined;
	const isSeq = /^-(?:[ \t]|$)/u.test(start.text.slice(node.col));
	const entries = entriesOf(lines, node, isSeq);
	if (isSeq) {
		if (typeof key !== "number") return undefined;
		const at = entries[key];
		if (at === undefined) return undefined;
		const line = lines[at] as ContentLine;
		const end = entries[key + 1] ?? node.end;
		const dash = /^-[ \t]*/u.exec(line.text.slice(node.col))?.[0] ?? "-";
		const col = node.col + dash.length;
		if (col < line.text.length) return { line: line.number, value: { index: at, col, end } };
		return { line: line.number, value: nextNode(lines, at + 1, end, node.col, false) };
	}
	for (let k = 0; k < entries.length; k++) {
		const at = entries[k] as number;
		const line = lines[at] as ContentLine;
		const found = keyAt(line.text, node.col);
		if (!found || found.key !== String(key)) continue;
		const end = entries[k + 1] ?? node.end;
		const value = line.text.slice(found.valueCol).replace(/(?:^|[ \t])#.*$/u, "").trim();
		// A flow collection on the key's line is followed by its brackets; a scalar or block scalar is not.
		if (/^[[{]/u.test(value)) return { line: line.number, value: { index: at, col: line.text.indexOf(value[0] as string, found.valueCol), end } };
		if (value !== "" && !/^[&!]\S*$/u.test(value)) return { line: line.number };
		return { line: line.number, value: nextNode(lines, at + 1, end, node.col, true) };
	}
	return undefined;
}

// The block node under a key or `-` at column `col`, on the content lines from `from` to `end`.
function nextNode(lines: ContentLine[], from: number, end: number, col: number, underKey: boolean): Node | undefined {
	const line = lines[from];
	if (from >= end || !line) return undefined;
	// Deeper than its key, or (under a key) a list at the key's own column.
	if (line.indent > col || (underKey && line.indent === col && /^-(?:[ \t]|$)/u.test(line.text.slice(col)))) {
		return { index: from, col: line.indent, end };
	}
	return undefined;
}

// The content lines where the node's keys (or items) start: its first line and every later line at its column.
function entriesOf(lines: ContentLine[], node: Node, isSeq: boolean): number[] {
	const entries = [node.index];
	for (let i = node.index + 1; i < node.end; i++) {
		const line = lines[i] as ContentLine;
		if (line.indent < node.col) break;
		if (line.indent !== node.col) continue;
		const dash = /^-(?:[ \t]|$)/u.test(line.text.slice(node.col));
		if (dash !== isSeq) {
			if (isSeq) break;
			continue;
		}
		entries.push(i);
	}
	return entries;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((starts[mid] ?? 0) <= offset) low = mid;
		else high = mid - 1;
	}
	return low + 1;
}

// Follows the rest of the path through flow collections from the bracket at `offset`.
function flowLine(text: string, starts: readonly number[], offset: number, path: readonly PropertyKey[], line: number): number {
	let at = offset;
	for (const key of path) {
		const child = flowChild(text, at, key);
		if (!child) return line;
		line = lineAt(starts, child.start);
		at = child.value;
	}
	return line;
}

// The item `key` of the flow collection at `at`: where it starts and where its value starts.
function flowChild(text: string, at: number, key: PropertyKey): { start: number; value: number } | undefined {
	const open = text[at];
	if (open !== "[" && open !== "{") return undefined;
	const close = open === "[" ? "]" : "}";
	let i = at + 1;
	for (let index = 0; ; index++) {
		i = skipSpace(text, i);
		if (i >= text.length || text[i] === close) return undefined;
		const start = i;
		if (open === "[") {
			if (key === index) return { start, value: start };
		} else {
			const keyEnd = skipScalar(text, i, true);
			const name = scalarText(text.slice(i, keyEnd));
			i = skipSpace(text, keyEnd);
			if (text[i] === ":") i = skipSpace(text, i + 1);
			if (name === String(key)) return { start, value: i };
		}
		i = skipSpace(text, skipValue(text, i));
		if (text[i] !== ",") return undefined;
		i++;
	}
}

function skipSpace(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		const c = text[i];
		if (c === " " || c === "\t" || c === "\n" || c === "\r") i++;
		else if (c === "#" && /\s/u.test(text[i - 1] ?? "\n")) while (i < text.length && text[i] !== "\n") i++;
		else break;
	}
	return i;
}

// Past one value: a nested collection, a quoted text or a plain text up to `,` or a closing bracket.
function skipValue(text: string, from: number): number {
	const c = text[from];
	if (c !== "[" && c !== "{") return skipScalar(text, from, false);
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"' || ch === "'") i = skipScalar(text, i, false) - 1;
		else if (ch === "[" || ch === "{") depth++;
		else if (ch === "]" || ch === "}") {
			depth--;
			if (depth === 0) return i + 1;
		}
	}
	return text.length;
}

// Past a quoted text, or a plain one up to `,`, a bracket or (for a key) `: `.
function skipScalar(text: string, from: number, isKey: boolean): number {
	const quote = text[from];
	if (quote === '"' || quote === "'") {
		for (let i = from + 1; i < text.length; i++) {
			if (quote === '"' && text[i] === "\\") i++;
			else if (text[i] === quote) {
				if (quote === "'" && text[i + 1] === "'") i++;
				else return i + 1;
			}
		}
		return text.length;
	}
	let i = from;
	while (i < text.length && !/[,[\]{}]/u.test(text[i] ?? "") && !(isKey && text[i] === ":" && /[\s,[\]{}]/u.test(text[i + 1] ?? " "))) i++;
	return i;
}

function scalarText(raw: string): string {
	const text = raw.trim();
	if (text.startsWith('"')) return unescapeDouble(text.slice(1, -1));
	if (text.startsWith("'")) return text.slice(1, -1).replace(/''/gu, "'");
	return text;
}
