import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { countRoadmap, formatRoadmapProblem, loadRoadmap, type RoadmapProblem } from "../../../src/core/roadmap/roadmap-loader";

const tinyRoadmap = `id: tiny-roadmap
title: A Tiny Roadmap
phases:
  - number: 1
    title: Basics
    duration: 1 week
    level: Beginner
    sections:
      - id: "1.1"
        title: Getting Started
        topics:
          - Install Python
          - Run a script
    projects:
      - id: "1.1"
        title: Hello Script
        description: Print a greeting
        parts:
          - heading: Features
            checklist: true
            items:
              - Greets by name
  - number: 2
    title: Data
    duration: 2 weeks
    level: Intermediate
    sections:
      - id: "2.1"
        title: Pandas
        topics:
          - Read a CSV
    projects:
      - id: "2.1"
        title: Load a CSV
        description: Read sales.csv into a DataFrame
        parts:
          - heading: Sample Code
            code:
              language: python
              content: |
                import pandas as pd
levels:
  - id: beginner
    title: Beginner
    phases: [1, 2]
    criteria:
      - text: Complete all Phase 1-2 topics
        measure: { type: topics, from: 1, to: 2 }
`;

/** The tiny roadmap with one exact piece of text replaced; fails loudly if the piece is not there once. */
function tinyRoadmapWith(find: string, replace: string): string {
	const parts = tinyRoadmap.split(find);
	if (parts.length !== 2) throw new Error(`expected "${find}" exactly once in the tiny roadmap`);
	return parts.join(replace);
}

/** 1-based line of the nth line containing `needle`. */
function lineOf(text: string, needle: string, nth = 1): number {
	let seen = 0;
	const index = text.split("\n").findIndex((line) => line.includes(needle) && ++seen === nth);
	if (index < 0) throw new Error(`"${needle}" not found`);
	return index + 1;
}

function problemsOf(text: string, file = "tiny.yaml"): RoadmapProblem[] {
	const result = loadRoadmap(text, file, parse);
	if (result.ok) throw new Error("expected the roadmap to be rejected");
	return result.problems;
}

describe("loading a roadmap", () => {
	it("loads a valid roadmap and fills in the defaults", () => {
		const result = loadRoadmap(tinyRoadmap, "tiny.yaml", parse);
		if (!result.ok) throw new Error(result.problems.map(formatRoadmapProblem).join("\n"));
		expect(countRoadmap(result.roadmap)).toEqual({ phases: 2, sections: 2, topics: 3, projects: 2, levels: 1, criteria: 1 });
		expect(result.roadmap.phases[1]?.projects[0]?.parts[0]).toEqual({
			heading: "Sample Code",
			checklist: false,
			ordered: false,
			code: { language: "python", content: "import pandas as pd\n" },
		});
		expect(result.roadmap.notes).toEqual([]);
	});

	it("names the project whose title is missing, at the line where the project starts", () => {
		const text = tinyRoadmapWith("        title: Load a CSV\n", "");
		const problems = problemsOf(text, "python-data-engineering.yaml");
		const line = lineOf(text, '- id: "2.1"', 2);
		expect(problems).toEqual([
			{ file: "python-data-engineering.yaml", line, path: "phases[1].projects[0]", message: "title is required" },
		]);
		expect(problems.map(formatRoadmapProblem)).toEqual([`python-data-engineering.yaml:${line} phases[1].projects[0]: title is required`]);
	});

	it("says what type was expected and what was found", () => {
		const text = tinyRoadmapWith("number: 2", "number: two");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, "number: two")} phases[1].number: expected a number, found text`,
		]);
	});

	it("says a list was expected where a single value was written", () => {
		const text = tinyRoadmapWith("        topics:\n          - Read a CSV\n", "        topics: Read a CSV\n");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, "topics: Read a CSV")} phases[1].sections[0].topics: expected a list, found text`,
		]);
	});

	it("points at an unknown key on its own line", () => {
		const text = tinyRoadmapWith("    title: Basics\n", "    title: Basics\n    foo: bar\n");
		expect(problemsOf(text)).toEqual([{ file: "tiny.yaml", line: lineOf(text, "foo: bar"), path: "phases[0]", message: 'unknown key "foo"' }]);
	});

	it("reports a YAML syntax error with its line", () => {
		const text = tinyRoadmapWith("title: A Tiny Roadmap\n", "title: A Tiny Roadmap\ntitle: Again\n");
		const problems = problemsOf(text);
		expect(problems).toEqual([{ file: "tiny.yaml", line: 3, path: "", message: "not valid YAML: Map keys must be unique" }]);
		expect(problems.map(formatRoadmapProblem)).toEqual(["tiny.yaml:3 not valid YAML: Map keys must be unique"]);
	});

	it("reports tab indentation as a YAML error on that line, first", () => {
		const text = tinyRoadmapWith("          - Run a script", "\t- Run a script");
		const [first] = problemsOf(text);
		expect(first).toEqual({
			file: "tiny.yaml",
			line: lineOf(text, "\t- Run a script"),
			path: "",
			message: "not valid YAML: Tabs are not allowed as indentation",
		});
	});

	it("rejects a phase number used twice, at the second one", () => {
		const text = tinyRoadmapWith("number: 2", "number: 1");
		// the second phase 1 also carries project 2.1, which is reported too
		expect(problemsOf(text).map(formatRoadmapProblem)).toContain(
			`tiny.yaml:${lineOf(text, "number: 1", 2)} phases[1].number: phase 1 appears twice`,
		);
	});

	it("rejects a section id used twice, at the second one", () => {
		const text = tinyRoadmapWith('id: "2.1"\n        title: Pandas', 'id: "1.1"\n        title: Pandas');
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, 'id: "1.1"', 3)} phases[1].sections[0].id: section 1.1 appears twice`,
		]);
	});

	it("rejects a project id used twice in a phase, at the second one", () => {
		const text = tinyRoadmapWith(
			"              - Greets by name\n",
			'              - Greets by name\n      - id: "1.1"\n        title: Second Script\n        description: Another one\n',
		);
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, 'id: "1.1"', 3)} phases[0].projects[1].id: project 1.1 appears twice`,
		]);
	});

	it("rejects a level that names a phase the roadmap does not have", () => {
		const text = tinyRoadmapWith("phases: [1, 2]", "phases: [1, 3]");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, "phases: [1, 3]")} levels[0].phases[1]: there is no phase 3`,
		]);
	});

	it("lists the allowed kinds of measure when the kind is misspelled", () => {
		const text = tinyRoadmapWith("type: topics", "type: chapters");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, "type: chapters")} levels[0].criteria[0].measure.type: expected one of "topics", "projects", found "chapters"`,
		]);
	});

	it("rejects a project list with nothing in it", () => {
		const text = tinyRoadmapWith("            checklist: true\n            items:\n              - Greets by name\n", "");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			`tiny.yaml:${lineOf(text, "- heading: Features")} phases[0].projects[0].parts[0]: needs items, code or text`,
		]);
	});

	it("lists every problem in file order", () => {
		const text = tinyRoadmapWith("level: Intermediate", "level: ''").replace("title: A Tiny Roadmap\n", "").replace("    title: Basics\n", "    title: Basics\n    colour: blue\n");
		expect(problemsOf(text).map(formatRoadmapProblem)).toEqual([
			"tiny.yaml:1 title is required",
			`tiny.yaml:${lineOf(text, "colour: blue")} phases[0]: unknown key "colour"`,
			`tiny.yaml:${lineOf(text, "level: ''")} phases[1].level: must not be empty`,
		]);
	});

	it("says so when the file is empty", () => {
		expect(problemsOf("# nothing here yet\n").map(formatRoadmapProblem)).toEqual(["tiny.yaml:1 the file is empty"]);
	});
});
