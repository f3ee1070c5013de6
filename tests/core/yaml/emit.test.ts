import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { planRoadmapNotes } from "../../../src/core/notes/render-notes";
import { roadmapBaseDefinition } from "../../../src/core/portfolio/roadmap-base";
import { formatRoadmapProblem, loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import type { Roadmap } from "../../../src/core/roadmap/roadmap-schema";
import { toYaml } from "../../../src/core/yaml/emit";
import { sampleRoadmap } from "../notes/sample-roadmap";

const REPO = new URL("../../../", import.meta.url);

function load(file: string): Roadmap {
	const result = loadRoadmap(readFileSync(new URL(file, REPO), "utf8"), file, parse);
	if (!result.ok) throw new Error(result.problems.map(formatRoadmapProblem).join("\n"));
	return result.roadmap;
}

const ROADMAPS: [string, Roadmap][] = [
	["roadmap/python-data-engineering.yaml", load("roadmap/python-data-engineering.yaml")],
	["docs/example-roadmap.yaml", load("docs/example-roadmap.yaml")],
	["the sample roadmap", sampleRoadmap()],
];

// What the `yaml` package writes, as the plugin wrote it before it carried its own emitter.
const reference = (value: unknown): string => stringify(value, { lineWidth: 0 });

describe("the YAML emitter writes what the yaml package writes", () => {
	it.each(ROADMAPS)("for the properties of every note planned from %s", (_name, roadmap) => {
		const notes = planRoadmapNotes(roadmap, "Learning Roadmap");
		expect(notes.length).toBeGreaterThan(5);
		for (const note of notes) {
			const defined = Object.fromEntries(Object.entries(note.properties).filter(([, v]) => v !== undefined));
			expect(toYaml(defined), note.path).toBe(reference(defined));
		}
	});

	it.each(["python-data-engineering", "sample-path", 'a "quoted" id', "it's: #1", "ünïcødé 🚀", "10"])("for the base file of roadmap %j", (id) => {
		expect(toYaml(roadmapBaseDefinition(id))).toBe(reference(roadmapBaseDefinition(id)));
	});

	it("for nested lists, empty collections, nulls, booleans and numbers", () => {
		const value = {
			list: [[1, 2], [], {}, { a: [{ b: null }], c: { d: [true, false] } }, null],
			empty: {},
			none: [],
			numbers: [0, -0, 1.5, -3, 1e21, 1e-7, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
			"a key: with colon": "x",
			"10": "ten",
			"": "empty key",
			skipped: undefined,
		};
		expect(toYaml(value)).toBe(reference(value));
		expect(toYaml({})).toBe(reference({}));
		expect(toYaml([])).toBe(reference([]));
		expect(toYaml("text")).toBe(reference("text"));
		expect(toYaml(null)).toBe(reference(null));
	});
});

// Texts a careless emitter writes so that YAML reads them back as something else.
const NASTY = [
	"a: b", "a #b", "a:", "a :b", "#x", "- item", "-", "-x", "?", "? x", "?x", "*alias", "&anchor", "!tag", "|", "> folded", "'single", '"double',
	"%directive", "@at", "`tick", ",comma", "[flow", "]", "{map}", "}", "yes", "no", "on", "off", "y", "n", "true", "True", "TRUE", "false", "null",
	"Null", "NULL", "~", "3.1", "010", "0o17", "0x1F", "1e3", ".5", "-1", "+1", "1_000", ".inf", "-.Inf", ".NaN", "", " ", " lead", "trail ", "tab\there",
	"\tlead tab", "trail tab\t", "line\nbreak", "two\n\nbreaks", "ends with newline\n", "\nstarts with newline", "cr\r\nlf", "a \n b",
	"ünïcødé", "emoji 🚀🎉", "\u00a0nbsp", "nel\u0085", "bell\u0007", "nul\u0000", "esc\u001b", "del\u007f", "line sep\u2028", "---", "...", "--- x",
	"... y", "a\n---\nb", "a\n...\nb", 'both \' and "', "it's", 'say "hi"', "back\\slash", "\\u0041 literal", "\\n literal", "2026-11-03",
	"<<", "=", "a,b", "a]b", "url: https://x.y/z?q=1#frag", "https://x.y/z#frag", "C# Notes", "100%", "x".repeat(2000),
];

describe("the YAML emitter writes texts that read back as the same texts", () => {
	it.each(NASTY.map((s) => [s.length > 100 ? `${s.slice(0, 20)}… (${s.length} characters)` : s, s]))("as a value, a list item and a key: %j", (_name, value) => {
		// YAML caps an implicit key at 1,024 characters; the plugin's keys are its own short names.
		const data = value.length > 1024 ? { value, list: [value, { value: [value] }] } : { [value]: value, list: [value, { [value]: [value] }] };
		expect(parse(toYaml(data))).toEqual(data);
		expect(parse(toYaml(value))).toEqual(value);
	});
});
