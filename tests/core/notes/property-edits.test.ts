import { createRequire } from "node:module";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { applyLineEdits, propertyEditProblem, propertyEdits, readFrontmatter, readSimpleProperties } from "../../../src/core/notes/frontmatter";
import { datesAsText, type YamlParse } from "../../../src/core/yaml/parse";

// Obsidian's `parseYaml` is js-yaml's `load` (installed with ESLint, hence the require).
const jsYaml = createRequire(import.meta.url)("js-yaml") as { load: YamlParse };
const READERS: Array<[string, YamlParse]> = [
	["js-yaml (Obsidian's parseYaml)", (text) => jsYaml.load(text)],
	["the yaml package", parse],
];

/** The properties a reader finds in the block of these lines. */
function read(lines: readonly string[], reader: YamlParse): Record<string, unknown> {
	const end = lines.indexOf("---", 1);
	return datesAsText(reader(lines.slice(1, end).join("\n"))) as Record<string, unknown>;
}

function edited(lines: readonly string[], values: Record<string, number | string | undefined>, reader: YamlParse): string[] {
	return applyLineEdits(lines, propertyEdits(lines, values, reader));
}

// Values YAML readers are known to read in surprising ways, as the learner may have written them.
const TRICKY = ["0b101", "-0x1F", "+0o17", ".inf", "~", "yes", "2026-11-03", '"a: b"', '"a #b"', '"- c"', `'it''s "q"'`, '"two\\nlines"', "[1, 2]", "null"];
// Texts the plugin may have to write: each must read back as exactly itself.
const TEXTS = ["0b101", "-0x1F", "+0o17", ".inf", "~", "yes", "No", "2026-11-03", "a: b", "a #b", "- c", `it's "q"`, "two\nlines", "in-progress", "", " lead", "123", "1e3"];

describe.each(READERS)("property edits read back by %s", (_name, reader) => {
	it.each(TEXTS)("writes the text %j so that it reads back as itself", (text) => {
		const lines = ["---", "roadmap: r", "status: old", "---", "body"];
		const after = edited(lines, { status: text }, reader);
		expect(read(after, reader).status).toBe(text);
		expect(after.slice(3)).toEqual(["---", "body"]);
	});

	it.each(TRICKY)("leaves another property written %s exactly as it was", (raw) => {
		const lines = ["---", "roadmap: r", `other: ${raw}`, "done: 1", "---"];
		const before = read(lines, reader);
		const after = edited(lines, { done: 2 }, reader);
		expect(after).toEqual(["---", "roadmap: r", `other: ${raw}`, "done: 2", "---"]);
		expect(read(after, reader)).toEqual({ ...before, done: 2 });
	});

	it("edits a quoted key in place instead of adding a second one", () => {
		for (const key of ['"done"', "'done'"]) {
			const lines = ["---", "roadmap: r", `${key}: 3`, "total: 5", "---"];
			const after = edited(lines, { done: 4 }, reader);
			expect(after).toEqual(["---", "roadmap: r", `${key}: 4`, "total: 5", "---"]);
			expect(read(after, reader)).toEqual({ roadmap: "r", done: 4, total: 5 });
		}
	});

	it("keeps the learner's comment on a property line", () => {
		const lines = ["---", "roadmap: r", "done: 3 # my note", "status: in-progress  # keep going", "---"];
		expect(edited(lines, { done: 4, status: "complete" }, reader)).toEqual(["---", "roadmap: r", "done: 4 # my note", "status: complete  # keep going", "---"]);
	});

	it("writes nothing into a block in flow style, and says why", () => {
		const lines = ["---", "{roadmap: r, done: 3}", "---"];
		expect(propertyEdits(lines, { done: 4 }, reader)).toEqual([]);
		expect(propertyEditProblem(lines, { done: 4 }, reader)).toMatch(/not be valid YAML|would read as/u);
	});

	it("writes nothing when an edit would break an anchor another property uses, and edits both when both change", () => {
		const lines = ["---", "roadmap: r", "done: &n 3", "total: *n", "---"];
		expect(readFrontmatter(lines, reader)).toEqual({ roadmap: "r", done: 3, total: 3 });
		expect(propertyEdits(lines, { done: 2, total: 3 }, reader)).toEqual([]);
		expect(propertyEditProblem(lines, { done: 2, total: 3 }, reader)).toBeDefined();
		expect(edited(lines, { done: 2, total: 4 }, reader)).toEqual(["---", "roadmap: r", "done: 2", "total: 4", "---"]);
	});

	it("says nothing when the values already agree", () => {
		const lines = ["---", "roadmap: r", '"done": 3 # mine', "---"];
		expect(propertyEdits(lines, { done: 3 }, reader)).toEqual([]);
		expect(propertyEditProblem(lines, { done: 3 }, reader)).toBeUndefined();
	});
});

describe("the quick reader of simple blocks", () => {
	it("reads a value itself only when it reads it as js-yaml does, and leaves the others to the parser", () => {
		const load = READERS[0][1];
		const values = [...TRICKY, "1_000", "0777", "+5", "1.50", "1e3", "12:30", "2026-11-03T10:00:00Z", "3-4 weeks", "Null", "TRUE", "-a", "é"];
		const disagree = values.flatMap((value) => {
			const quick = readSimpleProperties(`k: ${value}`);
			return quick === undefined || JSON.stringify(quick) === JSON.stringify(datesAsText(load(`k: ${value}`))) ? [] : [value];
		});
		expect(disagree).toEqual([]);
	});
});
