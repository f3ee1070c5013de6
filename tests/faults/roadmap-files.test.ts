import { afterEach, describe, expect, it } from "vitest";
import { notePathProblem } from "../../src/core/notes/note-names";
import { openLearnerVault, type LearnerVault } from "../plugin/built-plugin";
import { expectPlainWords, expectQuiet, FAULT_FILE, ONLY_FAULT_FILE, smallRoadmap } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const LEARNER_NOTE = "My notes/Journal.md";
const LEARNER_TEXT = "- [x] my own box\nwords I wrote\n";

function aliasBomb(): string {
	const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
	for (const [prev, name] of [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"], ["e", "f"], ["f", "g"], ["g", "h"], ["h", "i"]]) {
		lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
	}
	return `${lines.join("\n")}\nid: bomb\n`;
}

const duplicatePhase = smallRoadmap();
(duplicatePhase.phases as unknown[]).push({ ...(duplicatePhase.phases as Record<string, unknown>[])[0], projects: [] });
const duplicateSection = smallRoadmap();
(duplicateSection.phases as Record<string, unknown>[])[0].sections = [
	{ id: "1.1", title: "Start", topics: ["a"] },
	{ id: "1.1", title: "Again", topics: ["b"] },
];
const duplicateProject = smallRoadmap();
(duplicateProject.phases as Record<string, unknown>[])[0].projects = [
	{ id: "1.1", title: "Hello", description: "d", parts: [{ heading: "Tasks", checklist: true, items: ["a", "b"] }] },
	{ id: "1.1", title: "Hello again", description: "d", parts: [{ heading: "Tasks", checklist: true, items: ["c", "d", "e"] }] },
];

/** Roadmap files that must be refused: a notice naming the file (and line), nothing written. */
const REFUSED: [string, string, RegExp][] = [
	["an alias bomb (billion laughs)", aliasBomb(), /faults\.yaml:\d+ .*(alias|not valid YAML)/iu],
	["deep nesting (5,000 levels)", `id: deep\nphases: ${"[".repeat(5000)}${"]".repeat(5000)}\n`, /faults\.yaml:\d+ /u],
	["a duplicate phase number", JSON.stringify(duplicatePhase, null, 1), /faults\.yaml:\d+ phases\[1\]\.number: phase 1 appears twice/u],
	["a duplicate section id", JSON.stringify(duplicateSection, null, 1), /faults\.yaml:\d+ phases\[0\]\.sections\[1\]\.id: section 1\.1 appears twice/u],
	["a duplicate project id", JSON.stringify(duplicateProject, null, 1), /faults\.yaml:\d+ phases\[0\]\.projects\[1\]\.id: project 1\.1 appears twice/u],
	["an empty file", "", /faults\.yaml:1 the file is empty/u],
	["binary garbage", "\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD", /faults\.yaml:\d+ /u],
	["a YAML list instead of a roadmap", "- just\n- a list\n", /faults\.yaml:1 expected keys and values/u],
	["broken JSON", '{"id": "faults", "title": ', /faults\.yaml:\d+ not valid YAML/u],
	["tabs for indentation", "id: faults\nphases:\n\t- number: 1\n", /faults\.yaml:\d+ not valid YAML/u],
];

describe("hostile roadmap files", () => {
	it.each(REFUSED)("refuses %s: names the file and line, writes nothing, loses nothing", async (_name, text, problem) => {
		vault = await openLearnerVault({ [FAULT_FILE]: text, [LEARNER_NOTE]: LEARNER_TEXT }, ONLY_FAULT_FILE);
		await vault.run("generate-roadmap");

		const notice = vault.notices().find((n) => n.startsWith("Some roadmap files cannot be used"));
		expect(notice).toMatch(problem);
		expectPlainWords(notice);
		expect(vault.notices().at(-1)).toBe("Nothing generated: fix the roadmap files listed above.");
		expect(vault.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual([LEARNER_NOTE]);
		expect(vault.read(LEARNER_NOTE)).toBe(LEARNER_TEXT);
		expect(vault.read(FAULT_FILE)).toBe(text);
		await expectQuiet(vault);
	});

	it("generates a huge roadmap file (5,000 topics in one phase) with the right totals", async () => {
		const huge = smallRoadmap();
		const topics = Array.from({ length: 5_000 }, (_, i) => `Topic number ${i + 1}`);
		(huge.phases as Record<string, unknown>[])[0].sections = [{ id: "1.1", title: "Everything", topics }];
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(huge) }, ONLY_FAULT_FILE);
		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 5, updated 0, unchanged 0");
		const phase = "Learning Roadmap/Fault Roadmap/Phase 01 - Basics/Phase 01 - Basics.md";
		expect(vault.frontmatter(phase)).toMatchObject({ total: 5_000, done: 0, progress: 0 });
		await expectQuiet(vault);
	});

	it("reads a roadmap file written as JSON like its YAML twin", async () => {
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(smallRoadmap(), null, 2) }, ONLY_FAULT_FILE);
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 5, updated 0, unchanged 0");
		expect(vault.frontmatter("Learning Roadmap/Fault Roadmap/Phase 01 - Basics/Project 1.1 - Hello.md")).toMatchObject({ total: 2 });
		await expectQuiet(vault);
	});

	const ODD_NAMES: [string, Record<string, unknown>][] = [
		["a roadmap titled CON", { title: "CON" }],
		["a roadmap titled aux.txt", { title: "aux.txt" }],
		["a 300-character roadmap title", { title: "Long ".repeat(60) }],
		["a title of dots and spaces", { title: " . . . " }],
		["a title with control characters", { title: "Bell\u0007Tab\tNul\u0000End" }],
		["a title of forbidden characters", { title: '<>:"/\\|?*#^[]' }],
		["an emoji and right-to-left title", { title: "🐍 بايثون 📚" }],
	];
	const phaseNames: [string, string][] = [
		["a phase titled AUX", "AUX"],
		["a phase titled LPT1", "LPT1"],
		["a 300-character phase title", "Phase ".repeat(50)],
		["a phase title ending in dots", "Wait for it..."],
	];

	it.each([
		...ODD_NAMES,
		...phaseNames.map(([name, title]): [string, Record<string, unknown>] => {
			const roadmap = smallRoadmap();
			(roadmap.phases as Record<string, unknown>[])[0].title = title;
			(roadmap.phases as Record<string, unknown>[])[0].projects = [
				{ id: "1.1", title, description: "d", parts: [{ heading: "Tasks", checklist: true, items: ["a", "b"] }] },
			];
			return [name, { phases: roadmap.phases }];
		}),
	])("generates %s under names every system accepts", async (_name, overrides) => {
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(smallRoadmap(overrides)) }, ONLY_FAULT_FILE);
		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 5, updated 0, unchanged 0");
		const paths = vault.app.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith("Learning Roadmap/"));
		// 5 notes, and beside them the portfolio, Roadmap.base and Roadmap.canvas
		expect(paths).toHaveLength(8);
		for (const path of paths) expect(notePathProblem(path), path).toBeUndefined();
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 5");
		await expectQuiet(vault);
	});

	it("refuses, before writing anything, a roadmap whose paths would be too long for some systems", async () => {
		const folder = Array.from({ length: 4 }, (_, i) => `${"Deep".repeat(12)}${i}`).join("/");
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(smallRoadmap({ title: "T".repeat(80) })) }, { ...ONLY_FAULT_FILE, roadmapFolder: folder });
		await vault.run("generate-roadmap");

		const notice = vault.notices().at(-1);
		expect(notice).toMatch(/^Nothing generated: ".*" is \d+ characters long; some systems stop at 250\. Choose a shorter roadmap folder\.$/u);
		expect(vault.app.vault.getMarkdownFiles()).toEqual([]);
		await expectQuiet(vault);
	});
});
