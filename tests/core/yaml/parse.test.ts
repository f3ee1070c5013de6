import { createRequire } from "node:module";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { formatRoadmapProblem, loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import { datesAsText, yamlErrorAt, type YamlParse } from "../../../src/core/yaml/parse";

// Obsidian's `parseYaml` is js-yaml's `load`; the plugin reads YAML through it at run time. js-yaml is
// installed with ESLint (the lint bans declaring it as a dependency of this project), hence the require.
const jsYaml = createRequire(import.meta.url)("js-yaml") as { load: YamlParse };
const obsidianLike: YamlParse = (text) => jsYaml.load(text);

function thrown(read: YamlParse, text: string): unknown {
	try {
		read(text);
	} catch (error) {
		return error;
	}
	throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe("a YAML reader's error", () => {
	it.each([
		["js-yaml", obsidianLike, "duplicated mapping key"],
		["yaml", parse, "Map keys must be unique"],
	] as const)("from %s gives its line (counted from 1) and its reason without the excerpt", (_name, read, reason) => {
		expect(yamlErrorAt(thrown(read, "id: a\ntitle: T\n\nid: b\n"))).toEqual({ line: 4, message: reason });
	});

	it("gives line 1 and the message when the error does not say where", () => {
		expect(yamlErrorAt(new RangeError("Maximum call stack size exceeded\nmore"))).toEqual({ line: 1, message: "Maximum call stack size exceeded" });
		expect(yamlErrorAt("odd")).toEqual({ line: 1, message: "odd" });
	});
});

describe("dates read by js-yaml", () => {
	it("become the text they were written as, in properties and in roadmaps", () => {
		const block = ["---", "kind: project", "completed: 2026-11-03", "seen: 2026-11-03T10:20:30Z", "aliases: [a, b]", "---"];
		expect(readFrontmatter(block, obsidianLike)).toEqual({ kind: "project", completed: "2026-11-03", seen: "2026-11-03T10:20:30.000Z", aliases: ["a", "b"] });
		const shared = { when: new Date("2026-01-02T00:00:00Z") };
		expect(datesAsText({ a: shared, b: shared, list: [new Date("2026-01-03T00:00:00Z")] })).toEqual({ a: { when: "2026-01-02" }, b: { when: "2026-01-02" }, list: ["2026-01-03"] });
	});

	it("leave a roadmap loaded by js-yaml the same as by the yaml package, problems and lines included", () => {
		const text = "id: dated\ntitle: 2026-11-03\nphases:\n  - number: 1\n    title: Start\n    duration: 2026-01-01\n    colour: blue\n";
		const problems = (read: YamlParse): string[] => {
			const result = loadRoadmap(text, "dated.yaml", read);
			return result.ok ? [] : result.problems.map(formatRoadmapProblem);
		};
		expect(problems(obsidianLike)).toEqual(problems(parse));
		expect(problems(parse)).toContain('dated.yaml:7 phases[0]: unknown key "colour"');
	});
});
