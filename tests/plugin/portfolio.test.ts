import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { TFile } from "../harness/obsidian";
import {
	FOLDER,
	generatedRoadmapFiles,
	openLearnerVault,
	openRoadmapVault,
	PHASE_1,
	PHASE_3,
	PROJECT_3_3,
	REPO_ROOT,
	type LearnerVault,
} from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	vi.unstubAllGlobals();
});

const PORTFOLIO = `${FOLDER}/Portfolio.md`;
const BASE = `${FOLDER}/Roadmap.base`;
const PHASE_1_FOLDER = `${FOLDER}/Phase 01 - Python Fundamentals & Syntax`;
const PROJECT_1_1 = `${PHASE_1_FOLDER}/Project 1.1 - Data Cleaning Script.md`;
const PROJECT_1_2 = `${PHASE_1_FOLDER}/Project 1.2 - Simple Calculator.md`;
const START = "<!-- learning-roadmap:portfolio:start -->";
const END = "<!-- learning-roadmap:portfolio:end -->";
const link = (path: string, label: string) => `[[${path.replace(/\.md$/, "")}|${label}]]`;

const tickAll = (date: string) => (text: string) => text.replace(/^- \[ \] (.*)$/gm, `- [x] $1 ✅ ${date}`);
const setProperty = (key: string, value: string) => (text: string) => text.replace(new RegExp(`^${key}: .*$`, "m"), `${key}: ${value}`);

/**
 * The generated roadmap after some work: phase 1 done; project 1.1 done on 2026-11-12 with its
 * repository and key learnings; project 3.3 done on 2026-11-20 without a repository; 1.2 started.
 */
async function learnedFiles(): Promise<Record<string, string>> {
	const files = await generatedRoadmapFiles();
	files[PHASE_1] = tickAll("2026-11-05")(files[PHASE_1]);
	files[PROJECT_1_1] = setProperty("repository", "https://github.com/learner/data-cleaning")(tickAll("2026-11-12")(files[PROJECT_1_1])).replace(
		"## Key learnings\n",
		"## Key learnings\n\nValidate before you clean: bad rows hide in the middle.\n\n- pathlib beats os.path\n- Keep a log of what was dropped\n- A fourth line the portfolio leaves out\n",
	);
	files[PROJECT_3_3] = tickAll("2026-11-20")(files[PROJECT_3_3]);
	files[PROJECT_1_2] = files[PROJECT_1_2].replace("- [ ] Memory functions", "- [x] Memory functions ✅ 2026-11-21");
	return files;
}

/** The generated part of the portfolio, markers excluded. */
function generatedPart(text: string): string {
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	expect(start, text).toBeGreaterThan(-1);
	expect(end, text).toBeGreaterThan(start);
	return text.slice(start + START.length + 1, end);
}

const PHASE_1_SKILLS = [
	"1.1 Getting Started",
	"1.2 Basic Syntax & Data Types",
	"1.3 Operators",
	"1.4 Control Flow",
	"1.5 Functions",
];

describe("Build portfolio", () => {
	it("writes the completed projects in phase order, the skills of completed phases and the projects in progress", async () => {
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("build-portfolio");

		expect(vault.notices().at(-1)).toBe("Updated Portfolio.md: 2 completed projects, 1 in progress.");
		expect(generatedPart(vault.read(PORTFOLIO))).toBe(
			[
				"## Completed projects",
				"",
				`### ${link(PROJECT_1_1, "Project 1.1: Data Cleaning Script")}`,
				"",
				`- **Phase:** ${link(PHASE_1, "Phase 1: Python Fundamentals & Syntax")}`,
				"- **Completed:** 2026-11-12",
				"- **Repository:** [github.com/learner/data-cleaning](https://github.com/learner/data-cleaning)",
				"- **Practised:** File I/O, String manipulation, Loops and conditionals, Functions",
				"- **Key learnings:**",
				"  > Validate before you clean: bad rows hide in the middle.",
				"  > - pathlib beats os.path",
				"  > - Keep a log of what was dropped",
				"",
				`### ${link(PROJECT_3_3, "Project 3.3: Financial Data ETL")}`,
				"",
				`- **Phase:** ${link(PHASE_3, "Phase 3: Data Manipulation with Pandas & NumPy")}`,
				"- **Completed:** 2026-11-20",
				"",
				"## Skills covered",
				"",
				"### Phase 1: Python Fundamentals & Syntax",
				"",
				...PHASE_1_SKILLS.map((s) => `- ${s}`),
				"",
				"## In progress",
				"",
				`- ${link(PROJECT_1_2, "Project 1.2: Simple Calculator")}: 1/4 boxes (25%)`,
				"",
			].join("\n"),
		);
		// Every link in the portfolio leads to a note of the vault.
		const links = [...vault.read(PORTFOLIO).matchAll(/\[\[([^\]|]+)\|/g)].map((m) => m[1]);
		expect(links).toHaveLength(5);
		for (const target of links) expect(vault.app.metadataCache.getFirstLinkpathDest(target, PORTFOLIO), target).not.toBeNull();
	});

	it("keeps the learner's text around the generated part, and changes no byte when nothing changed", async () => {
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("build-portfolio");
		const intro = "# Ada Lovelace\n\nI build data pipelines. Hire me!\n\n";
		const outro = "\n## Contact\n\nada@example.com\n";
		await vault.edit(PORTFOLIO, (text) => `${intro}${text.slice(text.indexOf(START))}${outro}`);
		await vault.edit(PROJECT_1_2, tickAll("2026-11-25"));
		await vault.settle();

		await vault.run("build-portfolio");
		const text = vault.read(PORTFOLIO);
		expect(text.startsWith(`${intro}${START}\n`)).toBe(true);
		expect(text.endsWith(`${END}\n${outro}`)).toBe(true);
		expect(generatedPart(text)).toContain(`### ${link(PROJECT_1_2, "Project 1.2: Simple Calculator")}\n`);
		expect(generatedPart(text)).toContain("## In progress\n\nNo project in progress.\n");
		expect(vault.notices().at(-1)).toBe("Updated Portfolio.md: 3 completed projects, 0 in progress.");

		const writes = vault.app.vault.totalWrites;
		await vault.run("build-portfolio");
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(vault.read(PORTFOLIO)).toBe(text);
		expect(vault.notices().at(-1)).toBe("Nothing to change in Portfolio.md: 3 completed projects, 0 in progress.");
	});

	it("writes through the editor when the portfolio is open, keeping what the learner is typing", async () => {
		vault = await openLearnerVault(await learnedFiles());
		const file = vault.app.vault.getAbstractFileByPath(PORTFOLIO) as TFile;
		const leaf = vault.app.workspace.getLeaf(false);
		await leaf.openFile(file);
		const editor = (leaf.view as any).editor;
		editor.setValue(`Typing, not saved yet.\n${editor.getValue()}`);
		const writes = vault.app.vault.writeCount(PORTFOLIO);

		await vault.run("build-portfolio");
		// One write at most: the editor's own save of the learner's typing and the portfolio together.
		expect(vault.app.vault.writeCount(PORTFOLIO) - writes).toBeLessThanOrEqual(1);
		const text: string = editor.getValue();
		expect(vault.read(PORTFOLIO)).toBe(text);
		expect(text.startsWith("Typing, not saved yet.\n# Portfolio: ")).toBe(true);
		expect(generatedPart(text)).toContain("- **Completed:** 2026-11-20\n");
	});

	it("renders bad input safely: a repository that is not a web address, broken properties, a title with | and ]]", async () => {
		const files = await learnedFiles();
		files[PROJECT_1_1] = setProperty("repository", '"javascript:alert(1) <b>[[x]]</b>"')(files[PROJECT_1_1]);
		files[PROJECT_3_3] = setProperty("title", '"Money | Markets ]] [[Hack"')(files[PROJECT_3_3]);
		files[PROJECT_1_2] = files[PROJECT_1_2].replace("kind: project", "kind: [project\nbroken: {");
		vault = await openLearnerVault(files);
		const before = vault.read(PROJECT_1_2);
		await vault.run("build-portfolio");

		const part = generatedPart(vault.read(PORTFOLIO));
		expect(part).toContain("- **Repository:** javascript:alert(1) \\<b\\>\\[\\[x\\]\\]\\</b\\> *(not a web address)*\n");
		expect(part).toContain(`### ${link(PROJECT_3_3, "Project 3.3: Money - Markets )) ((Hack")}\n`);
		// Every [[ is closed by its own ]]: no link swallows the text after it.
		expect(part.match(/\[\[/g)?.length).toBe(part.match(/\]\]/g)?.length);
		// The broken note is left out and named; its text is untouched.
		expect(part).not.toContain("Simple Calculator");
		expect(vault.notices().at(-1)).toBe(`Updated Portfolio.md: 2 completed projects, 0 in progress. Left out (properties can't be read): ${PROJECT_1_2}.`);
		expect(vault.read(PROJECT_1_2)).toBe(before);
	});

	it("refuses to write over damaged markers, and says why", async () => {
		vault = await openLearnerVault(await learnedFiles());
		await vault.edit(PORTFOLIO, (text) => text.replace(END, "My words where the end marker was"));
		await vault.settle();
		const before = vault.read(PORTFOLIO);
		await vault.run("build-portfolio");
		expect(vault.read(PORTFOLIO)).toBe(before);
		expect(vault.notices().at(-1)).toMatch(/^Learning Roadmap\/Portfolio\.md was not changed: its markers are damaged/);
	});
});

describe("Copy portfolio as README", () => {
	it("puts the portfolio on the clipboard as GitHub markdown: no wikilinks, repository links kept", async () => {
		const clipboard: string[] = [];
		vi.stubGlobal("navigator", { clipboard: { writeText: async (text: string) => void clipboard.push(text) } });
		vault = await openLearnerVault(await learnedFiles());
		await vault.edit(PORTFOLIO, (text) => `${text}\nFind me at [my site](https://ada.example).\n`);
		await vault.settle();
		const writes = vault.app.vault.totalWrites;

		await vault.run("copy-portfolio-readme");
		expect(clipboard).toHaveLength(1);
		const readme = clipboard[0];
		expect(readme).not.toMatch(/\[\[|\]\]|<!--/);
		expect(readme).toContain("### Project 1.1: Data Cleaning Script\n");
		expect(readme).toContain("- **Phase:** Phase 1: Python Fundamentals & Syntax\n");
		expect(readme).toContain("- **Repository:** [github.com/learner/data-cleaning](https://github.com/learner/data-cleaning)\n");
		expect(readme).toContain("Find me at [my site](https://ada.example).");
		expect(vault.notices().at(-1)).toBe("Copied the portfolio as README markdown (2 completed projects).");
		// Copying writes nothing, not even the out-of-date portfolio note.
		expect(vault.app.vault.totalWrites).toBe(writes);
	});

	it("says so when the clipboard refuses", async () => {
		vi.stubGlobal("navigator", { clipboard: { writeText: () => Promise.reject(new Error("Document is not focused.")) } });
		vault = await openRoadmapVault();
		await vault.run("copy-portfolio-readme");
		expect(vault.notices().at(-1)).toBe("Could not copy the portfolio: Document is not focused.");
	});
});

describe("Generate and the portfolio and Bases files", () => {
	it("creates Roadmap.base and Portfolio.md once, then leaves the learner's versions alone", async () => {
		vault = await openLearnerVault();
		await vault.run("generate-roadmap");
		const base = parse(vault.read(BASE));
		expect(base.views.map((v: { name: string }) => v.name)).toEqual(["Phases", "Projects", "Topic notes"]);
		expect(base.filters).toEqual({ and: ['roadmap == "python-data-engineering"'] });
		expect(vault.read(PORTFOLIO)).toContain("No completed project yet");
		// Each project note links to the portfolio.
		expect(vault.read(PROJECT_3_3)).toContain(`**Portfolio:** ${link(PORTFOLIO, "Portfolio")}\n`);

		const learnersBase = vault.read(BASE).replace("name: Phases", "name: My phases");
		await vault.app.vault.modify(vault.app.vault.getAbstractFileByPath(BASE) as TFile, learnersBase);
		await vault.edit(PORTFOLIO, (text) => `${text}\nMine.\n`);
		await vault.settle();
		const writes = vault.app.vault.totalWrites;
		await vault.run("generate-roadmap");
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(vault.read(BASE)).toBe(learnersBase);
		expect(vault.read(PORTFOLIO).endsWith("\nMine.\n")).toBe(true);

		// Deleted, it comes back as generated.
		const original = vault.read(BASE).replace("name: My phases", "name: Phases");
		await vault.app.vault.delete(vault.app.vault.getAbstractFileByPath(BASE) as TFile);
		await vault.run("generate-roadmap");
		expect(vault.read(BASE)).toBe(original);
	});

	it("brings an unchanged Roadmap.base of an older version up to date", async () => {
		const files = await generatedRoadmapFiles();
		const older = "views:\n  - type: table\n    name: Phases\n";
		files[BASE] = `# Generated by Learning Roadmap (fingerprint ${fnv(older)}). Once you change this file, Generate leaves it alone.\n${older}`;
		vault = await openLearnerVault(files);
		await vault.run("generate-roadmap");
		expect(parse(vault.read(BASE)).views.map((v: { name: string }) => v.name)).toEqual(["Phases", "Projects", "Topic notes"]);
	});
});

describe("several roadmaps", () => {
	it("gives each roadmap its own Roadmap.base, filtered by its id, and its own portfolio", async () => {
		const example = readFileSync(path.join(REPO_ROOT, "docs/example-roadmap.yaml"), "utf8");
		const sqlFolder = `${FOLDER}/SQL Basics`;
		const sqlProject = `${sqlFolder}/Phase 01 - Querying/Project 1.1 - Library Report.md`;
		vault = await openLearnerVault({ "Roadmaps/sql-basics.yaml": example }, { roadmapFiles: ["Roadmaps/sql-basics.yaml"] });
		await vault.run("generate-roadmap");
		expect(parse(vault.read(BASE)).filters).toEqual({ and: ['roadmap == "python-data-engineering"'] });
		expect(parse(vault.read(`${sqlFolder}/Roadmap.base`)).filters).toEqual({ and: ['roadmap == "sql-basics"'] });
		expect(vault.read(sqlProject)).toContain(`**Portfolio:** ${link(`${sqlFolder}/Portfolio.md`, "Portfolio")}\n`);

		await vault.edit(sqlProject, tickAll("2026-11-28"));
		await vault.settle();
		await vault.run("build-portfolio");
		expect(vault.notices().slice(-2)).toEqual([
			"Python Learning Roadmap for Data Science & Data Engineering: Nothing to change in Portfolio.md: 0 completed projects, 0 in progress.",
			"SQL Basics: Updated Portfolio.md: 1 completed project, 0 in progress.",
		]);
		const sql = generatedPart(vault.read(`${sqlFolder}/Portfolio.md`));
		expect(sql).toContain(`### ${link(sqlProject, "Project 1.1: Library Report")}\n`);
		expect(sql).toContain("- **Completed:** 2026-11-28\n- **Practised:** SQLite\n");
		expect(generatedPart(vault.read(PORTFOLIO))).not.toContain("Library Report");
	});
});

describe("the completed property", () => {
	it("is the date of a project's last box while it is complete, and goes when it is not", async () => {
		vault = await openRoadmapVault();
		await vault.edit(PROJECT_3_3, (text) => text.replace(/^- \[ \] (.*)$/gm, "- [x] $1 ✅ 2026-11-20").replace("- [x] Export to database ✅ 2026-11-20", "- [ ] Export to database"));
		await vault.settle();
		expect(vault.frontmatter(PROJECT_3_3)).not.toHaveProperty("completed");

		await vault.edit(PROJECT_3_3, (text) => text.replace("- [ ] Export to database", "- [x] Export to database ✅ 2026-11-22"));
		await vault.settle();
		expect(vault.frontmatter(PROJECT_3_3)).toMatchObject({ status: "complete", completed: "2026-11-22" });
		// a date property, written as Obsidian writes dates: unquoted
		expect(vault.read(PROJECT_3_3)).toMatch(/^completed: 2026-11-22$/m);

		await vault.edit(PROJECT_3_3, (text) => text.replace("- [x] Export to database ✅ 2026-11-22", "- [ ] Export to database"));
		await vault.settle();
		expect(vault.frontmatter(PROJECT_3_3)).toMatchObject({ status: "in-progress" });
		expect(vault.frontmatter(PROJECT_3_3)).not.toHaveProperty("completed");

		// Ticked live, the box gets today's ✅ date, and the project that date.
		await vault.edit(PROJECT_3_3, (text) => text.replace("- [ ] Export to database", "- [x] Export to database"));
		await vault.settle();
		const d = new Date();
		const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
		expect(vault.read(PROJECT_3_3)).toContain(`- [x] Export to database ✅ ${today}`);
		expect(vault.frontmatter(PROJECT_3_3)).toMatchObject({ status: "complete", completed: today });
	});
});

function fnv(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, "0");
}
