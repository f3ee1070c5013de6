// A YAML emitter for plain data (objects, arrays, strings, numbers, booleans, null), written so the
// plugin does not carry a YAML library: its output is byte for byte what the `yaml` package's
// `stringify(value, { lineWidth: 0 })` writes for every properties block and base file the plugin
// generates (a test holds the two together), and valid YAML that reads back as the same value for
// any text. Where `yaml` would choose a block scalar (text with line breaks) or a document-marker
// workaround, this writes a double-quoted scalar instead: different bytes, same value.

/** The YAML text of a value, ending with a newline, as `yaml`'s `stringify(value, { lineWidth: 0 })`. */
export function toYaml(value: unknown): string {
	if (isCollection(value) && !isEmpty(value)) return block(value, "").join("\n") + "\n";
	return `${scalar(value)}\n`;
}

type Collection = Record<string, unknown> | unknown[];

function isCollection(value: unknown): value is Collection {
	return typeof value === "object" && value !== null;
}

function isEmpty(value: Collection): boolean {
	return Array.isArray(value) ? value.length === 0 : entries(value).length === 0;
}

// Pairs with an undefined value are left out, as `yaml` does.
function entries(value: Record<string, unknown>): [string, unknown][] {
	return Object.entries(value).filter(([, v]) => v !== undefined);
}

// The lines of a non-empty collection, each starting with `indent`.
function block(value: Collection, indent: string): string[] {
	const lines: string[] = [];
	if (Array.isArray(value)) {
		for (const item of value) {
			const v = item === undefined ? null : item;
			if (isCollection(v) && !isEmpty(v)) {
				// The first line of a nested collection shares the `- ` line; the rest line up under it.
				const [first = "", ...rest] = block(v, `${indent}  `);
				lines.push(`${indent}- ${first.slice(indent.length + 2)}`, ...rest);
			} else {
				lines.push(`${indent}- ${scalar(v)}`);
			}
		}
		return lines;
	}
	for (const [key, v] of entries(value)) {
		const k = `${indent}${text(key)}:`;
		if (!isCollection(v) || isEmpty(v)) lines.push(`${k} ${scalar(v)}`);
		// `yaml` indents a list under its key (indentSeq), like a map.
		else lines.push(k, ...block(v, `${indent}  `));
	}
	return lines;
}

function scalar(value: unknown): string {
	if (value === null || value === undefined) return "null";
	if (typeof value === "boolean") return value ? "true" : "false";
	if (typeof value === "number") return number(value);
	if (typeof value === "bigint") return String(value);
	if (typeof value === "string") return text(value);
	if (Array.isArray(value)) return "[]";
	if (value instanceof Date) return text(value.toISOString());
	if (typeof value === "object") return "{}";
	// functions and symbols: not data
	return "null";
}

function number(value: number): string {
	if (!Number.isFinite(value)) return Number.isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
	return Object.is(value, -0) ? "-0" : JSON.stringify(value);
}

// Characters that start an indicator, `: ` and ` #` anywhere, an ending space or colon: `yaml` quotes these.
const NOT_PLAIN = /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[\t ]#|[\t :]$/u;
// Texts a YAML 1.2 core-schema reader takes for null, a boolean or a number.
const NOT_TEXT = [
	/^(?:~|[Nn]ull|NULL)?$/u,
	/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u,
	/^0o[0-7]+$/u,
	/^[-+]?[0-9]+$/u,
	/^0x[0-9a-fA-F]+$/u,
	/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u,
	/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u,
	/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u,
];
// Control characters (but tab and line feed) and lone surrogates: only a double-quoted scalar carries them.
function needsEscapes(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
		if (c >= 0xd800 && c <= 0xdbff && !(value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff)) return true;
		if (c >= 0xdc00 && c <= 0xdfff && !(value.charCodeAt(i - 1) >= 0xd800 && value.charCodeAt(i - 1) <= 0xdbff)) return true;
	}
	return false;
}

function text(value: string): string {
	if (value.includes("\n") || value.includes("\r") || needsEscapes(value) || /^(?:---|\.\.\.)/u.test(value)) return doubleQuoted(value);
	if (!NOT_PLAIN.test(value) && !NOT_TEXT.some((re) => re.test(value))) return value;
	if (value.includes('"') && !value.includes("'")) return `'${value.replace(/'/g, "''")}'`;
	return doubleQuoted(value);
}

// JSON's escapes, with YAML's short forms where `yaml` uses them.
const SHORT: Record<string, string> = { "0000": "\\0", "0007": "\\a", "000b": "\\v", "001b": "\\e", "0085": "\\N", "00a0": "\\_", "2028": "\\L", "2029": "\\P" };

function doubleQuoted(value: string): string {
	return JSON.stringify(value).replace(/\\(?:u([0-9a-f]{4})|.)/gu, (escape, code: string | undefined) =>
		code === undefined ? escape : (SHORT[code] ?? (code.startsWith("00") ? `\\x${code.slice(2)}` : escape)),
	);
}
