import { afterEach, describe, expect, it } from "vitest";
import { clearNotices, lastMenu, Menu, openModals, type FuzzySuggestModal } from "../harness/ui";
import { TFile } from "../harness/obsidian";
import { HAND_WRITTEN_ROADMAP } from "../core/import/samples";
import { openLearnerVault, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

const DATA_JSON = ".obsidian/plugins/learning-roadmap/data.json";
const NO_BUILT_IN = { builtInRoadmap: false };

const CHECKLIST = `# Backend path

Notes I keep for myself.

## Foundations

### Version control
- [ ] Git basics
  - [x] Commits and branches ✅ 2026-03-02
  - [ ] Rebasing
- [x] Pull requests

## Courses

| Course | Duration | Effort |
|---|---|---|
| [Databases 101](https://example.com/db) | 6 weeks | 4 hours/week |
| Networking | 4 weeks | 5 hours/week |
`;

async function open(files: Record<string, string>): Promise<LearnerVault> {
	vault = await openLearnerVault(files, NO_BUILT_IN);
	clearNotices();
	return vault;
}

/** Settles the vault until the import's notice is shown (the import runs on after the click returns). */
async function untilNotice(v: LearnerVault): Promise<string[]> {
	await v.settle();
	for (let round = 0; round < 20 && v.notices().length === 0; round++) await v.settle();
	return v.notices();
}

/** Runs the command and picks `path` in its suggester, as the learner does. */
async function importByCommand(v: LearnerVault, path: string): Promise<string[]> {
	clearNotices();
	await v.run("import-roadmap");
	const modal = openModals.at(-1) as FuzzySuggestModal<TFile> | undefined;
	if (!modal) throw new Error("The command opened no suggester");
	const choice = modal.getSuggestions(path).find((s) => s.item.path === path);
	if (!choice) throw new Error(`${path} is not offered; offered: ${modal.getSuggestions("").map((s) => s.item.path).join(", ")}`);
	modal.selectSuggestion(choice, new MouseEvent("click"));
	return untilNotice(v);
}

/** The file menu's items for `path`, as a right-click in the file explorer shows them. */
function fileMenu(v: LearnerVault, path: string): Menu {
	const file = v.app.vault.getAbstractFileByPath(path);
	const menu = new Menu();
	v.app.workspace.trigger("file-menu", menu, file, "file-explorer");
	menu.showAtPosition({ x: 0, y: 0 });
	return lastMenu() ?? menu;
}

async function importByMenu(v: LearnerVault, path: string): Promise<string[]> {
	clearNotices();
	const item = fileMenu(v, path).items.find((i) => i.title === "Import as learning roadmap");
	if (!item?.callback) throw new Error(`No import item in the menu of ${path}`);
	await item.callback(new MouseEvent("click"));
	return untilNotice(v);
}

function notesOf(v: LearnerVault, kind: string): string[] {
	return v.app.vault.getMarkdownFiles().filter((f) => v.frontmatter(f.path)?.kind === kind).map((f) => f.path).sort();
}

/** A phase note's box lines, in order. */
function boxLines(v: LearnerVault, path: string): string[] {
	return v.read(path).split("\n").filter((line) => /^\s*- \[.\] /.test(line));
}

function roadmapFiles(v: LearnerVault): unknown {
	return (JSON.parse(v.read(DATA_JSON)) as { roadmapFiles?: unknown }).roadmapFiles;
}

describe("Import roadmap from a note or file", () => {
	it("turns a checklist with headings, nested boxes, a course table and a ticked, dated item into tracked notes", async () => {
		const v = await open({ "Plans/Backend.md": CHECKLIST });
		const notices = await importByCommand(v, "Plans/Backend.md");

		expect(v.read("Plans/Backend.md")).toBe(CHECKLIST);
		const yaml = v.read("Plans/Backend.roadmap.yaml");
		expect(yaml.split("\n")[0]).toBe('# Imported by Learning Roadmap from "Plans/Backend.md".');
		expect(roadmapFiles(v)).toEqual(["Plans/Backend.roadmap.yaml"]);
		const phases = notesOf(v, "phase");
		expect(phases).toEqual([
			"Learning Roadmap/Backend path/Phase 01 - Foundations/Phase 01 - Foundations.md",
			"Learning Roadmap/Backend path/Phase 02 - Courses/Phase 02 - Courses.md",
		]);
		expect(boxLines(v, phases[0] ?? "")).toEqual(["- [ ] Git basics", "- [x] Commits and branches ✅ 2026-03-02", "- [ ] Rebasing", "- [x] Pull requests"]);
		expect(boxLines(v, phases[1] ?? "")).toEqual(["- [ ] [Databases 101](https://example.com/db)", "- [ ] Networking"]);
		expect(v.frontmatter(phases[0] ?? "")).toMatchObject({ roadmap: "backend-path", done: 2, total: 4, progress: 50, status: "in-progress" });
		expect(v.frontmatter(phases[1] ?? "")).toMatchObject({ duration: "10 weeks", done: 0, total: 2 });
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^Imported "Backend path" from Plans\/Backend\.md: 2 phases, 6 topics, 0 projects \(2 ticked\), in Plans\/Backend\.roadmap\.yaml\.\nNotes: Created \d+, updated 0, unchanged 0/);
	});

	it("imports a roadmap.sh file from its file menu: topics in reading order, layout nodes left out, node ids kept", async () => {
		const v = await open({ "web-basics.json": JSON.stringify(HAND_WRITTEN_ROADMAP, null, 2) });
		const notices = await importByMenu(v, "web-basics.json");

		const phases = notesOf(v, "phase");
		expect(phases.map((p) => p.split("/").at(-1))).toEqual(["Phase 01 - Internet.md", "Phase 02 - HTML.md"]);
		expect(phases.flatMap((p) => boxLines(v, p))).toEqual([
			"- [ ] Internet",
			"- [ ] What is HTTP?",
			"- [ ] DNS and how it works",
			"- [ ] HTML",
			"- [ ] Semantic HTML",
			"- [ ] Forms and validation",
			"- [ ] CSS",
			"- [ ] Version control",
		]);
		const all = phases.map((p) => v.read(p)).join("\n");
		expect(all).not.toMatch(/Visit the full roadmap|detailed version/);
		expect(v.read("web-basics.roadmap.yaml")).toMatch(/topic_ids:\n\s+Internet: t-internet\n/);
		expect(notices).toEqual([expect.stringMatching(/^Imported "Web Basics" from web-basics\.json: 2 phases, 8 topics, 0 projects, in web-basics\.roadmap\.yaml\.\nNotes: Created /)]);
	});

	it("keeps every tick when the grown source is imported again, and adds the new box once", async () => {
		const v = await open({ "Plans/Backend.md": CHECKLIST });
		await importByCommand(v, "Plans/Backend.md");
		const [foundations = ""] = notesOf(v, "phase");
		await v.edit(foundations, setBox("Rebasing", "x"));
		await v.edit(foundations, (text) => text.replace("- [ ] Git basics", "- [ ] Git basics, my notes: see the book"));
		await v.settle();
		const before = v.read(foundations);
		await v.edit("Plans/Backend.md", (text) => text.replace("- [x] Pull requests", "- [x] Pull requests\n- [ ] Code review"));

		const notices = await importByCommand(v, "Plans/Backend.md");
		const after = v.read(foundations);
		expect(after.split("\n").filter((l) => !before.split("\n").includes(l))).toEqual(["total: 5", "progress: 60", "- [ ] Code review"]);
		expect(after).toContain("- [ ] Git basics, my notes: see the book");
		expect(after).toMatch(/- \[x\] Rebasing ✅ \d{4}-\d{2}-\d{2}/);
		expect(v.frontmatter(foundations)).toMatchObject({ roadmap: "backend-path", done: 3, total: 5 });
		expect(notices).toEqual([expect.stringMatching(/^Imported "Backend path" again from Plans\/Backend\.md: 1 new topic; it has 2 phases, 7 topics, 0 projects\.\nNotes: Created 0, updated 1, unchanged/)]);
		expect(roadmapFiles(v)).toEqual(["Plans/Backend.roadmap.yaml"]);

		const writes = v.app.vault.totalWrites;
		const third = await importByCommand(v, "Plans/Backend.md");
		expect(third[0]).toMatch(/: nothing new; .*\nNotes: Created 0, updated 0, unchanged/);
		expect(v.app.vault.totalWrites).toBe(writes);
	});

	it("keeps the tick of a roadmap.sh topic that a newer version of the file rewords", async () => {
		const v = await open({ "web-basics.json": JSON.stringify(HAND_WRITTEN_ROADMAP) });
		await importByMenu(v, "web-basics.json");
		const [internet = ""] = notesOf(v, "phase");
		await v.edit(internet, setBox("What is HTTP?", "x"));
		await v.settle();
		const newer = structuredClone(HAND_WRITTEN_ROADMAP);
		for (const n of newer.nodes) if (n.id === "sub-http") n.data.label = "HTTP explained";
		await v.edit("web-basics.json", () => JSON.stringify(newer));

		const notices = await importByMenu(v, "web-basics.json");
		expect(boxLines(v, internet)).toEqual(["- [ ] Internet", expect.stringMatching(/^- \[x\] What is HTTP\? ✅ \d{4}-\d{2}-\d{2}$/), "- [ ] DNS and how it works"]);
		expect(notices[0]).toMatch(/: nothing new; /);
	});

	it("says why and writes nothing for files that hold no roadmap", async () => {
		const empty = { nodes: [{ id: "t", type: "title", position: { x: 0, y: 0 }, data: { label: "Nothing yet" } }], edges: [] };
		const v = await open({
			"Journal.md": "# Journal\n\nToday I read about Git.\n\n- a plain bullet\n",
			"package.json": JSON.stringify({ name: "app", version: "1.0.0" }),
			"empty-roadmap.json": JSON.stringify(empty),
			"huge.json": JSON.stringify({ nodes: [{ id: "t", type: "topic", position: { x: 0, y: 0 }, data: { label: "x".repeat(5_000_000) } }] }),
		});
		const messages: string[] = [];
		for (const path of ["Journal.md", "package.json", "empty-roadmap.json", "huge.json"]) messages.push(...(await importByMenu(v, path)));

		expect(messages).toEqual([
			'Nothing imported from "Journal.md": it has no checkbox items and no tables to import.',
			'Nothing imported from "package.json": it is not a roadmap.sh roadmap file (no React Flow nodes with a type and a position).',
			'Nothing imported from "empty-roadmap.json": it is a roadmap.sh file without any topic or subtopic nodes.',
			'Nothing imported from "huge.json": it is too large to import (5.0 MB; the limit is 2 MB).',
		]);
		expect(v.app.vault.getFiles().map((f) => f.path).filter((p) => p.endsWith(".roadmap.yaml") || p.startsWith("Learning Roadmap"))).toEqual([]);
	});

	it("imports labels with pipes, links, hashes, HTML and emoji as they are written", async () => {
		const odd = 'C# | F# 🚀 <b>bold</b> [[Some note|alias]] #tag';
		const v = await open({ "Odd.md": `# Odd ${odd}\n## Phase ${odd}\n- [ ] ${odd}\n- [x] Plain\n` });
		const notices = await importByMenu(v, "Odd.md");

		expect(notices).toEqual([expect.stringMatching(/^Imported "Odd C# \| F# .*" from Odd\.md: 1 phase, 2 topics, 0 projects \(1 ticked\), in Odd\.roadmap\.yaml\.\nNotes: Created \d+, updated 0, unchanged 0\.$/)]);
		const [phase = ""] = notesOf(v, "phase");
		expect(boxLines(v, phase)).toEqual([`- [ ] ${odd}`, "- [x] Plain"]);
		expect(v.frontmatter(phase)).toMatchObject({ title: `Phase ${odd}`, done: 1, total: 2 });
	});

	it("refuses a roadmap.sh file with 10,000 topics, writing nothing", async () => {
		const nodes = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, type: i % 10 === 0 ? "topic" : "subtopic", position: { x: 0, y: i * 50 }, data: { label: `Item ${i + 1}` } }));
		const v = await open({ "everything.json": JSON.stringify({ nodes, edges: [] }) });
		expect(await importByMenu(v, "everything.json")).toEqual([
			'Nothing imported from "everything.json": it holds 10,000 topics, more than the 3,000 one roadmap can take; split it into smaller files.',
		]);
		expect(v.app.vault.getFiles().map((f) => f.path)).toEqual(["everything.json"]);
	});

	it("leaves a roadmap file it did not write as it is", async () => {
		const handWritten = "id: mine\ntitle: Mine\nphases: []\n";
		const v = await open({ "Plans/Backend.md": CHECKLIST, "Plans/Backend.roadmap.yaml": handWritten });
		expect(await importByMenu(v, "Plans/Backend.md")).toEqual([
			'Nothing imported from "Plans/Backend.md": "Plans/Backend.roadmap.yaml" already exists and was not written by an import; rename or move it, then import again.',
		]);
		expect(v.read("Plans/Backend.roadmap.yaml")).toBe(handWritten);
		expect(notesOf(v, "phase")).toEqual([]);
	});

	it("gives a second roadmap of the same title its own id and folder", async () => {
		const v = await open({ "A.md": "# Same\n- [ ] One\n", "B.md": "# Same\n- [ ] Two\n" });
		await importByMenu(v, "A.md");
		const notices = await importByMenu(v, "B.md");

		expect(notices[0]).toMatch(/^Imported "Same \(2\)" from B\.md: /);
		expect(notesOf(v, "phase").map((p) => [p, v.frontmatter(p)?.roadmap])).toEqual([
			["Learning Roadmap/Same (2)/Phase 01 - Same/Phase 01 - Same.md", "same-2"],
			["Learning Roadmap/Same/Phase 01 - Same/Phase 01 - Same.md", "same"],
		]);
		expect(roadmapFiles(v)).toEqual(["A.roadmap.yaml", "B.roadmap.yaml"]);
	});

	it("offers notes and .json files, but not a roadmap's own notes", async () => {
		const v = await open({ "Plans/Backend.md": CHECKLIST });
		await importByCommand(v, "Plans/Backend.md");
		const [phase = ""] = notesOf(v, "phase");
		expect(fileMenu(v, phase).items.map((i) => i.title)).not.toContain("Import as learning roadmap");
		expect(fileMenu(v, "Plans/Backend.roadmap.yaml").items.map((i) => i.title)).not.toContain("Import as learning roadmap");
		expect(fileMenu(v, "Plans/Backend.md").items.map((i) => i.title)).toContain("Import as learning roadmap");
	});
});
