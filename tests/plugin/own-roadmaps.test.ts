import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { renderCodeBlock, openSettingTab } from "../harness/app";
import { chooseOption, clearNotices, click, findSetting, typeInto } from "../harness/ui";
import { FOLDER, openLearnerVault, PHASE_1, REPO_ROOT, ROADMAP_ID, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

/** The example roadmap of docs/own-roadmaps.md, as a learner saves it in the vault. */
const EXAMPLE = readFileSync(path.join(REPO_ROOT, "docs/example-roadmap.yaml"), "utf8");
const EXAMPLE_PATH = "Roadmaps/sql-basics.yaml";
const SQL_ID = "sql-basics";
const SQL_FOLDER = `${FOLDER}/SQL Basics`;
const SQL_PHASE_1 = `${SQL_FOLDER}/Phase 01 - Querying/Phase 01 - Querying.md`;
const SQL_PHASE_2 = `${SQL_FOLDER}/Phase 02 - Joining Tables/Phase 02 - Joining Tables.md`;
const SQL_PROJECT_1_1 = `${SQL_FOLDER}/Phase 01 - Querying/Project 1.1 - Library Report.md`;
const DATA_JSON = ".obsidian/plugins/learning-roadmap/data.json";
const BUILT_IN_TITLE = "Python Learning Roadmap for Data Science & Data Engineering";

function notesOfRoadmap(v: LearnerVault, id: string): string[] {
	return v.app.vault
		.getMarkdownFiles()
		.filter((f) => v.frontmatter(f.path)?.roadmap === id)
		.map((f) => f.path)
		.sort();
}

function storedSettings(v: LearnerVault): Record<string, unknown> {
	return JSON.parse(v.read(DATA_JSON)) as Record<string, unknown>;
}

function bar(root: HTMLElement, label: string): { now: number; max: number } {
	const el = root.findAll("[role=progressbar]").find((b) => b.getAttribute("aria-label") === label);
	if (!el) throw new Error(`No bar "${label}"; bars: ${root.findAll("[role=progressbar]").map((b) => b.getAttribute("aria-label")).join(" | ")}`);
	return { now: Number(el.getAttribute("aria-valuenow")), max: Number(el.getAttribute("aria-valuemax")) };
}

function statusBar(v: LearnerVault): HTMLElement {
	const item = v.app.workspace.statusBarEl.find(".plugin-learning-roadmap");
	if (!item) throw new Error("No status bar item");
	return item;
}

function progressView(v: LearnerVault): HTMLElement {
	const leaf = v.app.workspace.getLeavesOfType("learning-roadmap-progress")[0];
	if (!leaf) throw new Error("The progress view is not open");
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

/** The example with one mistake: phase 2's `title` misspelt, and its own id. */
function brokenExample(): { text: string; line: number } {
	const text = EXAMPLE.replace(`id: ${SQL_ID}`, "id: sql-broken").replace("title: Joining Tables", "titel: Joining Tables");
	const line = text.split("\n").findIndex((l) => l.includes("titel: Joining Tables")) + 1;
	return { text, line };
}

describe("Your own roadmap files", () => {
	it("generates each roadmap file into a folder of its own, beside the built-in roadmap", async () => {
		vault = await openLearnerVault({ [EXAMPLE_PATH]: EXAMPLE }, { roadmapFiles: [EXAMPLE_PATH] });
		await vault.run("generate-roadmap");

		expect(vault.notices()).toEqual([`${BUILT_IN_TITLE}: Created 50, updated 0, unchanged 0`, "SQL Basics: Created 6, updated 0, unchanged 0"]);
		expect(notesOfRoadmap(vault, ROADMAP_ID)).toHaveLength(50);
		const sqlNotes = notesOfRoadmap(vault, SQL_ID);
		expect(sqlNotes).toHaveLength(6);
		expect(sqlNotes.every((p) => p.startsWith(`${SQL_FOLDER}/`))).toBe(true);
		expect(vault.frontmatter(SQL_PHASE_1)).toMatchObject({ roadmap: SQL_ID, kind: "phase", phase: 1, title: "Querying", total: 5, status: "not-started" });
		expect(vault.frontmatter(SQL_PROJECT_1_1)).toMatchObject({ roadmap: SQL_ID, kind: "project", phase: 1, project: "1.1", total: 2 });
		expect(vault.boxes(SQL_PHASE_2)).toEqual([" ", " ", " "]);
		// The built-in roadmap's phase 1 and the example's phase 1 are two notes, each with its own topics.
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ roadmap: ROADMAP_ID, phase: 1, total: 33 });

		await vault.run("generate-roadmap");
		expect(vault.notices().slice(-2)).toEqual([`${BUILT_IN_TITLE}: Created 0, updated 0, unchanged 50`, "SQL Basics: Created 0, updated 0, unchanged 6"]);
	});

	it("takes roadmap files from the settings tab, and can leave the built-in roadmap out", async () => {
		vault = await openLearnerVault({ [EXAMPLE_PATH]: EXAMPLE });
		const tab = openSettingTab(vault.app, "learning-roadmap");
		const files = findSetting(tab, "Roadmap files");
		typeInto(files.find("textarea") as HTMLTextAreaElement, "notes/sql.md");
		await vault.settle();
		expect(files.find(".setting-item-description")?.textContent).toContain("is not a YAML file");
		typeInto(files.find("textarea") as HTMLTextAreaElement, ` ${EXAMPLE_PATH} \n\n`);
		click(findSetting(tab, "Built-in roadmap").find(".checkbox-container"));
		await vault.settle();
		expect(storedSettings(vault)).toMatchObject({ roadmapFiles: [EXAMPLE_PATH], builtInRoadmap: false });

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 6, updated 0, unchanged 0");
		expect(notesOfRoadmap(vault, SQL_ID)).toHaveLength(6);
		expect(notesOfRoadmap(vault, ROADMAP_ID)).toEqual([]);
		expect(vault.app.vault.getMarkdownFiles()).toHaveLength(7); // its 6 notes and its portfolio
		expect(vault.app.vault.getMarkdownFiles().every((f) => f.path.startsWith(`${SQL_FOLDER}/`))).toBe(true);
	});

	it("names the file, path and line of a broken roadmap, writes nothing for it, and still generates the others", async () => {
		const broken = brokenExample();
		vault = await openLearnerVault(
			{ "Roadmaps/broken.yaml": broken.text, [EXAMPLE_PATH]: EXAMPLE },
			{ roadmapFiles: ["Roadmaps/broken.yaml", EXAMPLE_PATH] },
		);
		clearNotices();
		await vault.run("generate-roadmap");

		const problem = vault.notices().find((n) => n.startsWith("Some roadmap files cannot be used"));
		expect(problem).toContain(`Roadmaps/broken.yaml:${broken.line} phases[1]: unknown key "titel"`);
		expect(problem).toMatch(/Roadmaps\/broken\.yaml:\d+ phases\[1\]: title is required/);
		expect(notesOfRoadmap(vault, "sql-broken")).toEqual([]);
		expect(notesOfRoadmap(vault, SQL_ID)).toHaveLength(6);
		expect(notesOfRoadmap(vault, ROADMAP_ID)).toHaveLength(50);
	});

	it("writes nothing at all when the only roadmap is invalid", async () => {
		const broken = brokenExample();
		vault = await openLearnerVault({ "Roadmaps/broken.yaml": broken.text }, { builtInRoadmap: false, roadmapFiles: ["Roadmaps/broken.yaml"] });
		clearNotices();
		await vault.run("generate-roadmap");

		expect(vault.notices().join("\n")).toContain(`Roadmaps/broken.yaml:${broken.line} phases[1]: unknown key "titel"`);
		expect(vault.notices().at(-1)).toBe("Nothing generated: fix the roadmap files listed above.");
		expect(vault.app.vault.getMarkdownFiles()).toEqual([]);
		expect(vault.app.vault.getFolderByPath(FOLDER)).toBeNull();
	});
});

describe("Several roadmaps at once", () => {
	async function bothGenerated(): Promise<LearnerVault> {
		const v = await openLearnerVault({ [EXAMPLE_PATH]: EXAMPLE }, { roadmapFiles: [EXAMPLE_PATH] });
		await v.run("generate-roadmap");
		await v.edit(SQL_PHASE_1, setBox("SELECT and FROM", "x"));
		await v.settle();
		await v.edit(SQL_PHASE_1, setBox("Filtering with WHERE", "x"));
		await v.settle();
		return v;
	}

	it("keeps each roadmap's progress apart, found by the roadmap property wherever the note lives", async () => {
		vault = await bothGenerated();
		// A note of the example moved into the built-in roadmap's folder still counts for the example.
		await vault.app.fileManager.renameFile(vault.app.vault.getFileByPath(SQL_PHASE_2)!, `${FOLDER}/Joins.md`);
		await vault.edit(`${FOLDER}/Joins.md`, setBox("INNER JOIN", "x"));
		await vault.settle();

		const sql = await renderCodeBlock(vault.app, "roadmap-progress", `roadmap: ${SQL_ID}`, "Home.md");
		expect(bar(sql, "Overall: SQL Basics")).toEqual({ now: 3, max: 10 });
		expect(bar(sql, "Phase 2: Joining Tables")).toEqual({ now: 1, max: 3 });
		const builtIn = await renderCodeBlock(vault.app, "roadmap-progress", `roadmap: ${ROADMAP_ID}`, "Home.md");
		expect(bar(builtIn, `Overall: ${BUILT_IN_TITLE}`).now).toBe(0);
		expect(bar(builtIn, "Phase 1: Python Fundamentals & Syntax")).toEqual({ now: 0, max: 33 });
		const phase = await renderCodeBlock(vault.app, "roadmap-progress", `roadmap: ${SQL_ID}\nphase: 1`, "Home.md");
		expect(bar(phase, "Phase 1: Querying")).toEqual({ now: 2, max: 5 });
	});

	it("switches the view and the status bar between roadmaps, and remembers the choice", async () => {
		vault = await bothGenerated();
		await vault.run("open-progress");
		const view = progressView(vault);
		const select = view.find("select") as HTMLSelectElement;
		expect(Array.from(select.options).map((o) => [o.value, o.text])).toEqual([
			[ROADMAP_ID, BUILT_IN_TITLE],
			[SQL_ID, "SQL Basics"],
		]);
		expect(select.value).toBe(ROADMAP_ID);
		expect(bar(view, `Overall: ${BUILT_IN_TITLE}`).now).toBe(0);
		// Two phase 1 notes, one per roadmap: no "two notes claim phase 1" warning.
		expect(view.findAll(".lr-warning")).toEqual([]);
		expect(statusBar(vault).getAttribute("aria-label")).toMatch(new RegExp(`^${BUILT_IN_TITLE}: 0 of \\d+ done \\(0%\\)$`));
		expect(statusBar(vault).textContent).toBe(`${BUILT_IN_TITLE} 0%`);

		chooseOption(select, SQL_ID);
		await vault.settle();

		expect(bar(progressView(vault), "Overall: SQL Basics")).toEqual({ now: 2, max: 10 });
		expect((progressView(vault).find("select") as HTMLSelectElement).value).toBe(SQL_ID);
		expect(statusBar(vault).textContent).toBe("SQL Basics 20%");
		expect(statusBar(vault).getAttribute("aria-label")).toBe("SQL Basics: 2 of 10 done (20%)");
		expect(progressView(vault).findAll(".lr-warning")).toEqual([]);
		expect(storedSettings(vault).selectedRoadmap).toBe(SQL_ID);
		// An empty code block follows the roadmap chosen in the view.
		const block = await renderCodeBlock(vault.app, "roadmap-progress", "", "Home.md");
		expect(bar(block, "Overall: SQL Basics").now).toBe(2);
	});

	it("shows no roadmap switcher when there is only one roadmap", async () => {
		vault = await openLearnerVault({ [EXAMPLE_PATH]: EXAMPLE }, { builtInRoadmap: false, roadmapFiles: [EXAMPLE_PATH] });
		await vault.run("generate-roadmap");
		await vault.run("open-progress");
		expect(progressView(vault).find("select")).toBeNull();
		expect(bar(progressView(vault), "Overall: SQL Basics")).toEqual({ now: 0, max: 10 });
	});
});
