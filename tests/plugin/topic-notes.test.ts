/**
 * *Open topic note* through the built plugin: a topic's own note beside its phase note, its box's
 * words linked to it in one change, and the box still the same topic for progress, ticks, dates,
 * reviews and Generate.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { Menu, TFile, type MarkdownView } from "../harness/obsidian";
import { lastMenu } from "../harness/ui";
import { FOLDER, freezeClock, openRoadmapVault, PHASE_1, progressViewEl, PROJECT_3_3, restoreClock, type LearnerVault } from "./built-plugin";

const FIRST = "Python installation and environment setup";
const PHASE_FOLDER = `${FOLDER}/Phase 01 - Python Fundamentals & Syntax`;
const FIRST_NOTE = `${PHASE_FOLDER}/Topics/${FIRST}.md`;
const FIRST_LINK = `[[${FIRST_NOTE.replace(/\.md$/u, "")}|${FIRST}]]`;
const ARITHMETIC = "Arithmetic operators (+, -, *, /, //, %, **)";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
	vi.restoreAllMocks();
});

function lineIndex(text: string, words: string): number {
	const i = text.split("\n").findIndex((l) => /^\s*- \[.\] /u.test(l) && l.includes(words));
	if (i < 0) throw new Error(`No box "${words}"`);
	return i;
}

function lineOf(text: string, words: string): string {
	return text.split("\n")[lineIndex(text, words)] ?? "";
}

/** Opens the phase note in an editor with the cursor on the topic's box, as the learner does before the command. */
async function cursorOn(v: LearnerVault, path: string, words: string): Promise<MarkdownView> {
	const view = await v.openInEditor(path);
	view.editor.setCursor({ line: lineIndex(view.editor.getValue(), words), ch: 3 });
	return view;
}

function activePath(v: LearnerVault): string | undefined {
	return (v.app.workspace.activeLeaf?.view as MarkdownView | undefined)?.file?.path;
}

function overall(v: LearnerVault): { done: number; total: number } {
	const { done, total } = v.plugin.tracker.progress("python-data-engineering").overall;
	return { done, total };
}

function processCalls(v: LearnerVault, path: string): () => number {
	const spy = vi.spyOn(v.app.vault, "process");
	return () => spy.mock.calls.filter(([file]) => (file).path === path).length;
}

describe("Open topic note", () => {
	it("creates the topic's note beside its phase note and links the box's words to it in one editor change", async () => {
		freezeClock("Europe/Paris", "2026-12-07T09:00", "+01:00");
		vault = await openRoadmapVault();
		const counts = overall(vault);
		const view = await cursorOn(vault, PHASE_1, FIRST);
		const before = view.editor.getValue();
		const dispatch = vi.spyOn(view.editor.cm, "dispatch");
		const processed = processCalls(vault, PHASE_1);
		const phaseWrites = vault.app.vault.writeCount(PHASE_1);

		await vault.run("open-topic-note");

		// One transaction in the learner's editor, changing only the topic's words into the link; saved
		// when the tab moves on to the topic note (A13).
		const edits = dispatch.mock.calls.filter(([spec]) => (spec as { changes?: unknown }).changes !== undefined);
		expect(edits).toHaveLength(1);
		expect(processed()).toBe(0);
		expect(vault.app.vault.writeCount(PHASE_1) - phaseWrites).toBe(1);
		const after = vault.read(PHASE_1);
		expect(lineOf(after, FIRST)).toBe(`- [ ] ${FIRST_LINK}`);
		expect(after.replace(FIRST_LINK, FIRST)).toBe(before);

		const note = vault.app.vault.getFileByPath(FIRST_NOTE);
		expect(note).toBeInstanceOf(TFile);
		expect(vault.app.metadataCache.getFirstLinkpathDest(FIRST_NOTE.replace(/\.md$/u, ""), PHASE_1)?.path).toBe(FIRST_NOTE);
		expect(vault.frontmatter(FIRST_NOTE)).toEqual({
			roadmap: "python-data-engineering",
			kind: "topic",
			phase: 1,
			section: "1.1",
			topic: FIRST,
			tags: ["roadmap/topic"],
			created: "2026-12-07",
			resources: [],
		});
		expect(vault.read(FIRST_NOTE)).toContain(`Back to [[${PHASE_1.replace(/\.md$/u, "")}#1.1 Getting Started|1.1 Getting Started]] in Phase 1: Python Fundamentals & Syntax.\n\n## Notes\n\n## Resources\n\n## Questions\n`);
		expect(activePath(vault)).toBe(FIRST_NOTE);
		// The box shows the topic's words and still counts once; the topic note counts for nothing.
		expect(vault.plugin.tracker.progress("python-data-engineering").upNext[0]?.text).toBe(FIRST);
		expect(overall(vault)).toEqual(counts);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 0, total: 33 });
	});

	it("opens the same note when run again, and writes nothing", async () => {
		vault = await openRoadmapVault();
		await cursorOn(vault, PHASE_1, FIRST);
		await vault.run("open-topic-note");
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST_LINK}`);
		const text = vault.read(FIRST_NOTE);
		await cursorOn(vault, PHASE_1, FIRST);
		const writes = vault.app.vault.totalWrites;
		await vault.run("open-topic-note");
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(activePath(vault)).toBe(FIRST_NOTE);
		expect(vault.read(FIRST_NOTE)).toBe(text);
		expect(vault.app.vault.getMarkdownFiles().filter((f) => f.path.includes("/Topics/"))).toHaveLength(1);
	});

	it("links a note no editor holds with one vault write, and the topic ticks, dates, unticks and generates as before", async () => {
		freezeClock("Europe/Paris", "2026-12-07T09:00", "+01:00");
		vault = await openRoadmapVault();
		const processed = processCalls(vault, PHASE_1);
		const line = lineIndex(vault.read(PHASE_1), FIRST);
		await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		expect(processed()).toBe(1);
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST_LINK}`);

		await vault.edit(PHASE_1, (text) => text.replace(`- [ ] ${FIRST_LINK}`, `- [x] ${FIRST_LINK}`));
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [x] ${FIRST_LINK} ✅ 2026-12-07`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, total: 33, progress: 3 });
		expect(overall(vault).done).toBe(1);

		const ticked = vault.read(PHASE_1);
		await vault.run("generate-roadmap");
		expect(vault.read(PHASE_1)).toBe(ticked);
		expect(vault.notices().at(-1)).toMatch(/^Created 0, updated 0, /u);

		await vault.run("create-monthly-review");
		const review = vault.app.vault.getMarkdownFiles().find((f) => vault?.frontmatter(f.path)?.kind === "review");
		expect(review && vault.read(review.path)).toContain(`- ${FIRST_LINK} (2026-12-07)`);

		await vault.edit(PHASE_1, (text) => text.replace(`- [x] ${FIRST_LINK} ✅ 2026-12-07`, `- [ ] ${FIRST_LINK} ✅ 2026-12-07`));
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST_LINK}`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 0, total: 33 });
	});

	it("follows the note when it is renamed, and makes a fresh one when it is deleted, the box counting all along", async () => {
		vault = await openRoadmapVault();
		const line = lineIndex(vault.read(PHASE_1), FIRST);
		await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		await vault.edit(PHASE_1, (text) => text.replace(`- [ ] ${FIRST_LINK}`, `- [x] ${FIRST_LINK}`));
		await vault.settle();
		const counts = overall(vault);

		// The harness's FileManager does not rewrite links (Obsidian does): the test edits the link as Obsidian would.
		const renamed = `${FOLDER}/My notes/Setting up Python.md`;
		await vault.app.vault.createFolder(`${FOLDER}/My notes`);
		await vault.app.fileManager.renameFile(vault.app.vault.getFileByPath(FIRST_NOTE)!, renamed);
		await vault.edit(PHASE_1, (text) => text.replace(FIRST_LINK, `[[${FOLDER}/My notes/Setting up Python|${FIRST}]]`));
		await vault.settle();
		expect(overall(vault)).toEqual(counts);
		expect(lineOf(vault.read(PHASE_1), FIRST)).toMatch(/^- \[x\] \[\[Learning Roadmap\/My notes\/Setting up Python\|Python installation and environment setup\]\] ✅ \d{4}-\d{2}-\d{2}$/u);
		const writes = vault.app.vault.totalWrites;
		await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(activePath(vault)).toBe(renamed);
		const ticked = vault.read(PHASE_1);
		await vault.run("generate-roadmap");
		expect(vault.read(PHASE_1)).toBe(ticked);

		await vault.app.vault.delete(vault.app.vault.getFileByPath(renamed)!);
		await vault.settle();
		expect(overall(vault)).toEqual(counts);
		await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		expect(vault.app.vault.getFileByPath(FIRST_NOTE)).toBeInstanceOf(TFile);
		expect(lineOf(vault.read(PHASE_1), FIRST).startsWith(`- [x] ${FIRST_LINK} ✅ `)).toBe(true);
		expect(overall(vault)).toEqual(counts);
	});

	it("never counts a topic note's own boxes, and never writes the note again", async () => {
		vault = await openRoadmapVault();
		const line = lineIndex(vault.read(PHASE_1), FIRST);
		await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		const counts = overall(vault);
		await vault.edit(FIRST_NOTE, (text) => `${text}- [ ] Read the docs\n- [x] Try it in the REPL\n`);
		await vault.settle();
		const mine = vault.read(FIRST_NOTE);
		const writes = vault.app.vault.writeCount(FIRST_NOTE);
		await vault.edit(FIRST_NOTE, (text) => text.replace("- [ ] Read the docs", "- [x] Read the docs"));
		await vault.settle();
		expect(vault.read(FIRST_NOTE)).toBe(mine.replace("- [ ] Read the docs", "- [x] Read the docs"));
		expect(vault.app.vault.writeCount(FIRST_NOTE) - writes).toBe(1);
		expect(overall(vault)).toEqual(counts);
		await vault.run("generate-roadmap");
		expect(vault.app.vault.writeCount(FIRST_NOTE) - writes).toBe(1);
	});

	it("fills every placeholder of the template note set in the settings", async () => {
		const template = "---\ntags: [template]\n---\n# {{topic}}\n\n{{phase}}, section {{section}}, started {{date}}: {{phase_link}}\n";
		freezeClock("Europe/Paris", "2026-12-07T09:00", "+01:00");
		vault = await openRoadmapVault({ "Templates/Topic.md": template }, { topicNoteTemplate: "Templates/Topic.md" });
		await cursorOn(vault, PHASE_1, FIRST);
		await vault.run("open-topic-note");
		const body = vault.read(FIRST_NOTE).split("---\n")[2];
		expect(body).toBe(`# ${FIRST}\n\nPhase 1: Python Fundamentals & Syntax, section 1.1, started 2026-12-07: [[${PHASE_1.replace(/\.md$/u, "")}#1.1 Getting Started|1.1 Getting Started]]\n`);
		expect(vault.frontmatter(FIRST_NOTE)?.tags).toEqual(["roadmap/topic"]);
	});

	it("says so when the template note is missing, and creates nothing", async () => {
		vault = await openRoadmapVault({}, { topicNoteTemplate: "Templates/Gone.md" });
		await cursorOn(vault, PHASE_1, FIRST);
		const before = vault.read(PHASE_1);
		await vault.run("open-topic-note");
		expect(vault.notices().at(-1)).toBe("Topic note template \u201cTemplates/Gone.md\u201d was not found: no topic note was created. Check the topic note template setting.");
		expect(vault.app.vault.getFileByPath(FIRST_NOTE)).toBeNull();
		expect(vault.read(PHASE_1)).toBe(before);
	});

	it("gives two topics with the same words in one phase their own notes", async () => {
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, (text) => text.replace("### 1.2 Basic Syntax & Data Types\n", `### 1.2 Basic Syntax & Data Types\n- [ ] ${FIRST}\n`));
		await vault.settle();
		const lines = vault.read(PHASE_1).split("\n");
		const both = lines.flatMap((l, i) => (l === `- [ ] ${FIRST}` ? [i] : []));
		expect(both).toHaveLength(2);
		for (const line of both) await vault.plugin.topicNotes.openFor({ path: PHASE_1, line, text: FIRST });
		await vault.settle();
		const second = `${PHASE_FOLDER}/Topics/${FIRST} (2).md`;
		const linked = vault.read(PHASE_1).split("\n");
		expect(linked[both[0]]).toBe(`- [ ] ${FIRST_LINK}`);
		expect(linked[both[1]]).toBe(`- [ ] [[${second.replace(/\.md$/u, "")}|${FIRST}]]`);
		expect(vault.frontmatter(second)).toMatchObject({ section: "1.2", topic: FIRST });
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ total: 34 });
	});

	it("names a note under the generated notes' rules: a slash never makes a folder", async () => {
		vault = await openRoadmapVault();
		await cursorOn(vault, PHASE_1, ARITHMETIC);
		await vault.run("open-topic-note");
		const path = `${PHASE_FOLDER}/Topics/Arithmetic operators (+, -, , -, --, %, ).md`;
		expect(vault.app.vault.getFileByPath(path)).toBeInstanceOf(TFile);
		expect(lineOf(vault.read(PHASE_1), "Arithmetic")).toBe(`- [ ] [[${path.replace(/\.md$/u, "")}|${ARITHMETIC}]]`);
	});

	it("makes a note for a project's box too, its section the project's id", async () => {
		vault = await openRoadmapVault();
		const words = lineOf(vault.read(PROJECT_3_3), "").replace(/^- \[ \] /u, "");
		await cursorOn(vault, PROJECT_3_3, words);
		await vault.run("open-topic-note");
		const path = `${FOLDER}/Phase 03 - Data Manipulation with Pandas & NumPy/Topics/${words}.md`;
		expect(vault.frontmatter(path)).toMatchObject({ kind: "topic", phase: 3, section: "3.3", topic: words });
		expect(vault.frontmatter(PROJECT_3_3)).toMatchObject({ done: 0, total: 5 });
	});

	it("says what the vault refused when a file stands where the Topics folder goes, and leaves the box alone", async () => {
		vault = await openRoadmapVault({ [`${PHASE_FOLDER}/Topics`]: "not a folder" });
		await cursorOn(vault, PHASE_1, FIRST);
		const before = vault.read(PHASE_1);
		await vault.run("open-topic-note");
		expect(vault.notices().at(-1)).toBe(`The note of \u201c${FIRST}\u201d could not be created: Cannot create the folder "${PHASE_FOLDER}/Topics": a file has that name.`);
		expect(vault.read(PHASE_1)).toBe(before);
	});

	it("is offered in the editor's context menu on a box line only", async () => {
		vault = await openRoadmapVault();
		const view = await cursorOn(vault, PHASE_1, FIRST);
		vault.app.workspace.trigger("editor-menu", new Menu().showAtPosition({ x: 0, y: 0 }), view.editor, view);
		const item = lastMenu()?.items.find((i) => i.title === "Open topic note");
		expect(item).toBeDefined();
		item?.callback?.(new MouseEvent("click"));
		await vault.settle();
		expect(vault.app.vault.getFileByPath(FIRST_NOTE)).toBeInstanceOf(TFile);

		const again = await vault.openInEditor(PHASE_1);
		again.editor.setCursor({ line: 0, ch: 0 });
		const menu = new Menu().showAtPosition({ x: 0, y: 0 });
		vault.app.workspace.trigger("editor-menu", menu, again.editor, again);
		expect(menu.items.map((i) => i.title)).not.toContain("Open topic note");
	});

	it("asks for a box when the cursor is on another line", async () => {
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		view.editor.setCursor({ line: 0, ch: 0 });
		await vault.run("open-topic-note");
		expect(vault.notices().at(-1)).toBe("To open a topic's note, click in the line of its box first.");
	});
});

describe("topic notes in the progress view", () => {
	function view(v: LearnerVault): HTMLElement {
		const el = progressViewEl(v);
		if (!el) throw new Error("The progress view is not open");
		return el;
	}

	function noteButton(v: LearnerVault, where: string, name: string): HTMLButtonElement {
		const button = view(v).querySelector<HTMLButtonElement>(`${where} button.lr-topic-note[aria-label="${name}"]`);
		if (!button) {
			const names = Array.from(view(v).querySelectorAll(`${where} button.lr-topic-note`)).map((b) => b.getAttribute("aria-label"));
			throw new Error(`No "${name}" in ${where}: ${names.slice(0, 6).join("; ")}`);
		}
		return button;
	}

	it("offers each topic's note in the phase details and Up next, and shows which topics have one by icon and name", async () => {
		vault = await openRoadmapVault();
		await vault.run("open-progress");
		view(vault).querySelector<HTMLButtonElement>('button[data-lr-key="toggle:1"]')?.click();
		await vault.settle();
		const create = noteButton(vault, ".lr-phase-details", `Create a note for \u201c${FIRST}\u201d`);
		expect(create.querySelector("svg")?.getAttribute("class")).toBe("svg-icon lucide-file-plus");
		expect(view(vault).querySelectorAll(".lr-phase-details .lr-topic")).toHaveLength(33);
		noteButton(vault, ".lr-up-next", `Create a note for \u201c${FIRST}\u201d`).click();
		await vault.settle();

		expect(vault.app.vault.getFileByPath(FIRST_NOTE)).toBeInstanceOf(TFile);
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST_LINK}`);
		const open = noteButton(vault, ".lr-phase-details", `Open the note of \u201c${FIRST}\u201d`);
		expect(open.querySelector("svg")?.getAttribute("class")).toBe("svg-icon lucide-file-text");
		expect(open.classList.contains("has-note")).toBe(true);
		expect(view(vault).querySelectorAll(".lr-phase-details .lr-topic-note.has-note")).toHaveLength(1);
		noteButton(vault, ".lr-up-next", `Open the note of \u201c${FIRST}\u201d`);
		// The topic keeps its words and its place in the view.
		expect(view(vault).querySelector(".lr-up-next-text")?.textContent).toBe(FIRST);

		await vault.app.vault.delete(vault.app.vault.getFileByPath(FIRST_NOTE)!);
		await vault.settle();
		noteButton(vault, ".lr-phase-details", `Create a note for \u201c${FIRST}\u201d`);
	});

	it("offers the note of a topic due for a revisit on the Today card", async () => {
		freezeClock("Europe/Paris", "2026-12-07T09:00", "+01:00");
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, (text) => text.replace(`- [ ] ${FIRST}\n`, `- [x] ${FIRST} ✅ 2026-12-01\n`));
		await vault.settle();
		await vault.run("open-progress");
		noteButton(vault, ".lr-today-due", `Create a note for \u201c${FIRST}\u201d`).click();
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [x] ${FIRST_LINK} ✅ 2026-12-01`);
		noteButton(vault, ".lr-today-due", `Open the note of \u201c${FIRST}\u201d`);
	});
});
