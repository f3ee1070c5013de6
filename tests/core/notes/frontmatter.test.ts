import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { CAPTURES } from "../../harness/prerequisites";
import { applyLineEdits, frontmatterRange, propertyEdits, readFrontmatter, readSimpleProperties, splitFrontmatter } from "../../../src/core/notes/frontmatter";
import { noteText, planRoadmapNotes } from "../../../src/core/notes/render-notes";
import { sampleRoadmap } from "./sample-roadmap";
import { parseYaml as parse } from "../../harness/obsidian";

const note = ["---", "roadmap: python", "kind: phase", "done: 1", "total: 3", "progress: 33", "status: in-progress", "tags:", "  - roadmap/phase", "---", "", "- [x] a"];

describe("a note's properties block", () => {
	it("is found between the opening and closing fences, and not when unclosed", () => {
		expect(frontmatterRange(note)).toEqual({ start: 0, end: 9 });
		expect(frontmatterRange(["---", "a: 1"])).toBeUndefined();
		expect(frontmatterRange(["text", "---"])).toBeUndefined();
		expect(splitFrontmatter("---\na: 1\n---\nbody\n")).toEqual({ frontmatter: ["a: 1"], body: "body\n" });
	});

	it("reads as values, null when broken, undefined when absent", () => {
		expect(readFrontmatter(note, parse)).toMatchObject({ roadmap: "python", done: 1, tags: ["roadmap/phase"] });
		expect(readFrontmatter(["---", "a: [1", "---"], parse)).toBeNull();
		expect(readFrontmatter(["body"], parse)).toBeUndefined();
	});

	it("reads a block beyond the plugin's own shape with the YAML reader it is given", () => {
		const learners = ["---", "roadmap: python", "kind: phase", "aliases: [Phase one, 'P1']", "note: x # my comment", "done: 0", "---", "- [x] a"];
		expect(readSimpleProperties(learners.slice(1, 6).join("\n"))).toBeUndefined();
		expect(readFrontmatter(learners, parse)).toEqual({ roadmap: "python", kind: "phase", aliases: ["Phase one", "P1"], note: "x", done: 0 });
		expect(readFrontmatter(["---", "a: [1", "---"], parse)).toBeNull();
		expect(readFrontmatter(["---", "# only a comment", "---"], parse)).toEqual({});
		expect(readFrontmatter(["---", "- a list", "---"], parse)).toBeNull();
		expect(applyLineEdits(learners, propertyEdits(learners, { done: 1 }, parse))).toEqual([...learners.slice(0, 5), "done: 1", ...learners.slice(6)]);
	});

	it("edits the progress properties of a learner's block with a flow list and a multi-line text, through the parser", () => {
		const learners = [
			"---",
			"roadmap: python",
			"kind: phase",
			"aliases: [Phase one,",
			"  'P1']",
			"note: |",
			"  first line",
			"  done: 99 is not a key",
			"done: 0",
			"total: 2",
			"progress: 0",
			"status: not-started",
			"---",
			"- [x] a",
			"- [ ] b",
		];
		// Beyond the simple reader: only the parser reads this block.
		expect(readSimpleProperties(learners.slice(1, 12).join("\n"))).toBeUndefined();
		expect(readFrontmatter(learners, parse)).toMatchObject({ aliases: ["Phase one", "P1"], note: "first line\ndone: 99 is not a key\n", done: 0 });
		const edits = propertyEdits(learners, { done: 1, total: 2, progress: 50, status: "in-progress" }, parse);
		expect(applyLineEdits(learners, edits)).toEqual([
			"---",
			"roadmap: python",
			"kind: phase",
			"aliases: [Phase one,",
			"  'P1']",
			"note: |",
			"  first line",
			"  done: 99 is not a key",
			"done: 1",
			"total: 2",
			"progress: 50",
			"status: in-progress",
			"---",
			"- [x] a",
			"- [ ] b",
		]);
	});

	it("changes only the lines of values that differ", () => {
		const edits = propertyEdits(note, { done: 2, total: 3, progress: 66, status: "in-progress" }, parse);
		expect(edits).toEqual([
			{ from: 3, to: 4, lines: ["done: 2"] },
			{ from: 5, to: 6, lines: ["progress: 66"] },
		]);
		expect(applyLineEdits(note, edits).slice(0, 10)).toEqual(["---", "roadmap: python", "kind: phase", "done: 2", "total: 3", "progress: 66", "status: in-progress", "tags:", "  - roadmap/phase", "---"]);
	});

	it("needs no edit when every value already agrees", () => {
		expect(propertyEdits(note, { done: 1, total: 3, progress: 33, status: "in-progress" }, parse)).toEqual([]);
	});

	it("adds missing keys before the closing fence, removes keys set to nothing, replaces a list value whole", () => {
		const edits = propertyEdits(note, { completed: "2026-11-03", status: undefined, tags: "x" }, parse);
		expect(applyLineEdits(note, edits).slice(0, 10)).toEqual(["---", "roadmap: python", "kind: phase", "done: 1", "total: 3", "progress: 33", "tags: x", "completed: 2026-11-03", "---", ""]);
	});

	it("quotes a text YAML would read as something else, and keeps CRLF line ends", () => {
		const crlf = ["---\r", "a: 1\r", "---\r"];
		expect(applyLineEdits(crlf, propertyEdits(crlf, { status: "true", title: "a: b #c" }, parse))).toEqual(["---\r", "a: 1\r", 'status: "true"\r', 'title: "a: b #c"\r', "---\r"]);
	});

	it("leaves a block that does not parse alone", () => {
		expect(propertyEdits(["---", "done: [", "---"], { done: 1 }, parse)).toEqual([]);
	});
});

describe("reading a properties block without a YAML parser", () => {
	const FIXTURES = `${CAPTURES.where}/`;
	const blocks = (): string[] => {
		const found: string[] = [];
		if (existsSync(FIXTURES)) {
			for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith(".json"))) {
				const { fileContents } = JSON.parse(readFileSync(`${FIXTURES}${name}`, "utf8")) as { fileContents: string };
				const { frontmatter } = splitFrontmatter(fileContents);
				if (frontmatter.length > 0) found.push(frontmatter.join("\n"));
			}
		}
		for (const note of planRoadmapNotes(sampleRoadmap(), "Learning Roadmap")) found.push(splitFrontmatter(noteText(note)).frontmatter.join("\n"));
		return found;
	};

	it("gives what the YAML parser gives, on every captured note and every generated note", () => {
		const all = blocks();
		expect(all.length).toBeGreaterThanOrEqual(6);
		for (const source of all) {
			const fast = readSimpleProperties(source);
			if (fast !== undefined) expect(fast, source).toEqual(parse(source) ?? {});
		}
	});

	it("reads every note the plugin generates itself, so a tick needs no parser", () => {
		for (const note of planRoadmapNotes(sampleRoadmap(), "Learning Roadmap")) {
			const source = splitFrontmatter(noteText(note)).frontmatter.join("\n");
			expect(readSimpleProperties(source), note.path).toBeDefined();
		}
	});

	it("leaves to the parser what only it reads right", () => {
		for (const source of ["a: [1, 2]", "a: 'x'", 'a: "x\\"y"', "a: 0x1F", "a: 1e3", "a: yes", "a: b: c", "a: &x 1", "a:\n  b: 1", "a: x # comment", "a: 1\na: 2"]) {
			expect(readSimpleProperties(source), source).toBeUndefined();
		}
		expect(readSimpleProperties("done: 3\nstatus: in-progress\nduration: 3-4 weeks\nproject: \"3.10\"\ncompleted: 2026-11-03\ntags:\n  - roadmap/phase\nrepository:")).toEqual({
			done: 3,
			status: "in-progress",
			duration: "3-4 weeks",
			project: "3.10",
			completed: "2026-11-03",
			tags: ["roadmap/phase"],
			repository: null,
		});
	});
});

describe("asking twice about the same lines", () => {
	it("answers each question about the same lines afresh when the values differ", () => {
		const lines = ["---", "roadmap: python", "kind: phase", "done: 0", "total: 2", "---", "- [x] a"];
		expect(applyLineEdits(lines, propertyEdits(lines, { done: 1 }, parse))).toEqual(["---", "roadmap: python", "kind: phase", "done: 1", "total: 2", "---", "- [x] a"]);
		expect(applyLineEdits(lines, propertyEdits(lines, { done: 2 }, parse))).toEqual(["---", "roadmap: python", "kind: phase", "done: 2", "total: 2", "---", "- [x] a"]);
		expect(propertyEdits(lines, { done: 0 }, parse)).toEqual([]);
		expect(applyLineEdits(lines, propertyEdits(lines, { total: undefined }, parse))).toEqual(["---", "roadmap: python", "kind: phase", "done: 0", "---", "- [x] a"]);
		const other = [...lines.slice(0, 3), "done: 5", ...lines.slice(4)];
		expect(applyLineEdits(other, propertyEdits(other, { done: 1 }, parse))).toEqual(applyLineEdits(lines, propertyEdits(lines, { done: 1 }, parse)));
	});
});
