import { describe, expect, it } from "vitest";
import { applyLineEdits, frontmatterRange, propertyEdits, readFrontmatter, splitFrontmatter } from "../../../src/core/notes/frontmatter";

const note = ["---", "roadmap: python", "kind: phase", "done: 1", "total: 3", "progress: 33", "status: in-progress", "tags:", "  - roadmap/phase", "---", "", "- [x] a"];

describe("a note's properties block", () => {
	it("is found between the opening and closing fences, and not when unclosed", () => {
		expect(frontmatterRange(note)).toEqual({ start: 0, end: 9 });
		expect(frontmatterRange(["---", "a: 1"])).toBeUndefined();
		expect(frontmatterRange(["text", "---"])).toBeUndefined();
		expect(splitFrontmatter("---\na: 1\n---\nbody\n")).toEqual({ frontmatter: ["a: 1"], body: "body\n" });
	});

	it("reads as values, null when broken, undefined when absent", () => {
		expect(readFrontmatter(note)).toMatchObject({ roadmap: "python", done: 1, tags: ["roadmap/phase"] });
		expect(readFrontmatter(["---", "a: [1", "---"])).toBeNull();
		expect(readFrontmatter(["body"])).toBeUndefined();
	});

	it("changes only the lines of values that differ", () => {
		const edits = propertyEdits(note, { done: 2, total: 3, progress: 66, status: "in-progress" });
		expect(edits).toEqual([
			{ from: 3, to: 4, lines: ["done: 2"] },
			{ from: 5, to: 6, lines: ["progress: 66"] },
		]);
		expect(applyLineEdits(note, edits).slice(0, 10)).toEqual(["---", "roadmap: python", "kind: phase", "done: 2", "total: 3", "progress: 66", "status: in-progress", "tags:", "  - roadmap/phase", "---"]);
	});

	it("needs no edit when every value already agrees", () => {
		expect(propertyEdits(note, { done: 1, total: 3, progress: 33, status: "in-progress" })).toEqual([]);
	});

	it("adds missing keys before the closing fence, removes keys set to nothing, replaces a list value whole", () => {
		const edits = propertyEdits(note, { completed: "2026-11-03", status: undefined, tags: "x" });
		expect(applyLineEdits(note, edits).slice(0, 10)).toEqual(["---", "roadmap: python", "kind: phase", "done: 1", "total: 3", "progress: 33", "tags: x", "completed: 2026-11-03", "---", ""]);
	});

	it("quotes a text YAML would read as something else, and keeps CRLF line ends", () => {
		const crlf = ["---\r", "a: 1\r", "---\r"];
		expect(applyLineEdits(crlf, propertyEdits(crlf, { status: "true", title: "a: b #c" }))).toEqual(["---\r", "a: 1\r", 'status: "true"\r', 'title: "a: b #c"\r', "---\r"]);
	});

	it("leaves a block that does not parse alone", () => {
		expect(propertyEdits(["---", "done: [", "---"], { done: 1 })).toEqual([]);
	});
});
