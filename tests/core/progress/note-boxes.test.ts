import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countBoxes } from "../../../src/core/progress/box-state";
import { readNoteBoxes, readRoadmapNote, type CachedHeading, type CachedListItem } from "../../../src/core/progress/note-boxes";
import { CAPTURES, needs } from "../../harness/prerequisites";

// Metadata captured from real Obsidian (see the folder's README); read in place, never copied. Missing, these
// tests fail under CI and are skipped (and named in the summary) elsewhere.
const FIXTURES = `${CAPTURES.where}/`;
/** Boxes in the captures (184 in the 76 of December 2026): the folder only grows, so this is a floor. */
const MIN_CAPTURED_BOXES = 150;

interface Captured {
	fileContents: string;
	cachedMetadata: { listItems?: CachedListItem[]; headings?: CachedHeading[] };
}

function captured(name: string): Captured {
	return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, "utf8")) as Captured;
}

function boxesOf(name: string) {
	const { fileContents, cachedMetadata } = captured(name);
	return readNoteBoxes(fileContents.split(/\r?\n/), cachedMetadata.listItems, cachedMetadata.headings);
}

describe("reading boxes from Obsidian's metadata cache", () => {
	it("reads every status as written, with the ✅ date apart", (ctx) => {
		needs(ctx, CAPTURES);
		expect(boxesOf("list_statuses").map(({ char, text, completed }) => ({ char, text, completed }))).toEqual([
			{ char: " ", text: "#task Todo", completed: undefined },
			{ char: "/", text: "#task In Progress", completed: undefined },
			{ char: "x", text: "#task Done", completed: "2024-05-26" },
			{ char: "-", text: "#task Cancelled ❌ 2024-05-26", completed: undefined },
		]);
	});

	it("counts nested boxes one each", (ctx) => {
		needs(ctx, CAPTURES);
		expect(countBoxes(boxesOf("inheritance_1parent2children2grandchildren"))).toMatchObject({ total: 5 });
	});

	it("counts boxes in callouts, and none from code blocks or comments", (ctx) => {
		needs(ctx, CAPTURES);
		expect(boxesOf("callouts_nested_issue_2890_labelled").map((b) => b.text)).toEqual([
			"#task Correction1",
			"#task Correction2",
			"#task Correction3",
			"#task Correction4",
		]);
		const { fileContents } = captured("comments_html_style");
		expect(fileContents).toMatch(/<!--[\s\S]*- \[ \]/);
		// line 4 is a task inside <!-- -->: Obsidian leaves it out, and so do we
		expect(boxesOf("comments_html_style").map((b) => b.line)).toEqual([7, 8]);
	});

	it("gives one box for a task line Obsidian reports as two list items", (ctx) => {
		needs(ctx, CAPTURES);
		expect(boxesOf("numbered_tasks_issue_3481").map((b) => b.line)).toEqual([4, 5, 6, 7, 8, 9]);
	});

	it("reads the same status character from the line as Obsidian does, in every captured note", (ctx) => {
		needs(ctx, CAPTURES);
		const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));
		expect(files.length).toBeGreaterThanOrEqual(74);
		let checked = 0;
		for (const file of files) {
			const { fileContents, cachedMetadata } = captured(file.replace(/\.json$/, ""));
			const lines = fileContents.split(/\r?\n/);
			for (const box of readNoteBoxes(lines, cachedMetadata.listItems, cachedMetadata.headings)) {
				expect(lines[box.line], `${file} line ${box.line}`).toContain(`[${box.char}]`);
				expect(box.text.length, `${file} line ${box.line}`).toBeGreaterThan(0);
				checked++;
			}
		}
		expect(checked).toBeGreaterThanOrEqual(MIN_CAPTURED_BOXES);
	});
});

describe("boxes under headings", () => {
	it("gives each box the nearest heading above it", () => {
		const lines = ["# Phase 1", "- [ ] intro", "## 1.1 Getting Started", "- [x] Install ✅ 2026-11-02", "  - [ ] nested", "## 1.2 Basics", "- [ ] Loops"];
		const listItems = [1, 3, 4, 6].map((line) => ({ task: lines[line].includes("[x]") ? "x" : " ", position: { start: { line } } }));
		const headings = [0, 2, 5].map((line) => ({ heading: lines[line].replace(/^#+ /, ""), level: 2, position: { start: { line } } }));
		expect(readNoteBoxes(lines, listItems, headings)).toEqual([
			{ line: 1, char: " ", text: "intro", heading: "Phase 1", headingLine: 0 },
			{ line: 3, char: "x", text: "Install", completed: "2026-11-02", heading: "1.1 Getting Started", headingLine: 2 },
			{ line: 4, char: " ", text: "nested", heading: "1.1 Getting Started", headingLine: 2 },
			{ line: 6, char: " ", text: "Loops", heading: "1.2 Basics", headingLine: 5 },
		]);
	});

	it("has no boxes when the cache reports no list items", () => {
		expect(readNoteBoxes(["- [ ] looks like a box inside a code block"], undefined, undefined)).toEqual([]);
	});
});

describe("a note's roadmap properties", () => {
	it("is no roadmap note without a roadmap property", () => {
		expect(readRoadmapNote("a.md", { kind: "phase", phase: 1 }, [])).toBeNull();
		expect(readRoadmapNote("a.md", { roadmap: null }, [])).toBeNull();
		expect(readRoadmapNote("a.md", undefined, [])).toBeNull();
	});

	it("reads a phase note and a project note", () => {
		expect(readRoadmapNote("p.md", { roadmap: "py", kind: "phase", phase: 3, title: "Pandas", level: "Beginner" }, [])).toEqual({
			path: "p.md",
			roadmap: "py",
			kind: "phase",
			phase: 3,
			title: "Pandas",
			level: "Beginner",
			boxes: [],
		});
		const project = readRoadmapNote("q.md", { roadmap: "py", kind: "project", phase: "3", project: "3.10", repository: "https://x.test/r" }, []);
		expect(project).toMatchObject({ phase: 3, project: "3.10", repository: "https://x.test/r" });
		expect(project?.problem).toBeUndefined();
	});

	it("reads project: 3.1 written as a number, and finds its phase from it", () => {
		expect(readRoadmapNote("q.md", { roadmap: "py", kind: "project", project: 3.1 }, [])).toMatchObject({ project: "3.1", phase: 3 });
	});

	it.each([
		[{ phase: "three" }, 'phase should be a number, found "three"'],
		[{ phase: 2.5 }, "phase should be a number, found 2.5"],
		[{ kind: "project", phase: 3, project: ["3.1"] }, 'project should look like "3.1", found a list'],
		[{ kind: ["phase"], phase: 3 }, "kind should be text, found a list"],
		[{ phase: undefined }, "phase is missing"],
	])("explains wrong properties %j", (props, problem) => {
		const note = readRoadmapNote("Broken.md", { roadmap: "py", kind: "phase", ...props }, []);
		expect(note?.roadmap).toBe("py");
		expect(note?.problem).toBe(problem);
	});
});
