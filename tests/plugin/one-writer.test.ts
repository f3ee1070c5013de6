/**
 * Every change the plugin makes to a note open in an editor goes through that editor, through the
 * built plugin and a real CodeMirror editor. The harness reloads a note changed on disk under its
 * editor by replacing the whole text (A11, the worst case), so a write behind the editor would lose
 * the learner's unsaved words here, and each test also counts who wrote.
 */
import { moveLineDown, moveLineUp } from "@codemirror/commands";
import { EditorSelection, StateEffect } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import { externalChange } from "../harness/editor";
import type { MarkdownView } from "../harness/obsidian";
import { freezeClock, openRoadmapVault, PHASE_1, progressViewEl, restoreClock, type LearnerVault } from "./built-plugin";

const FIRST = "Python installation and environment setup";
const SECOND = "IDEs: VS Code, PyCharm, Jupyter Notebooks";
const TYPED = "My thought, typed a second ago and not saved yet.";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

/** Who changed a note: the `Vault.process` calls on it, and the transactions its editor received. */
function watchWriters(v: LearnerVault, view: MarkdownView) {
	const processed: string[] = [];
	const vaultApi = v.app.vault as unknown as { process: (file: { path: string }, fn: (t: string) => string) => Promise<string> };
	const process = vaultApi.process.bind(vaultApi);
	vaultApi.process = (file, fn) => {
		processed.push(file.path);
		return process(file, fn);
	};
	const transactions: Array<"reload" | "edit"> = [];
	view.editor.cm.dispatch({
		effects: StateEffect.appendConfig.of(
			EditorView.updateListener.of((update) => {
				for (const tr of update.transactions) if (tr.docChanged) transactions.push(tr.annotation(externalChange) === "reload" ? "reload" : "edit");
			}),
		),
	});
	return { processed, transactions };
}

function lineOf(text: string, topic: string): string {
	return text.split("\n").find((l) => l.includes(`] ${topic}`)) ?? "";
}

/** The learner types at the end of the note, and leaves the cursor in the middle of a word above. */
function typeUnsaved(view: MarkdownView): number {
	const text = view.editor.getValue();
	view.editor.dispatch({ changes: { from: text.length, insert: `\n${TYPED}` }, userEvent: "input.type" });
	const cursor = view.editor.getValue().indexOf("Python installation") + 3;
	view.editor.dispatch({ selection: EditorSelection.cursor(cursor) });
	return cursor;
}

describe("the plugin changes a note open in an editor only through that editor", () => {
	it("keeps the words typed a second ago when the roadmap is generated with the note open: one transaction, no write behind the editor", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, (t) => t.replace(`- [ ] ${SECOND}\n`, ""));
		await vault.settle();
		const view = await vault.openInEditor(PHASE_1);
		const writers = watchWriters(vault, view);
		const cursor = typeUnsaved(view);

		await vault.run("generate-roadmap");
		const text = view.editor.getValue();
		expect(text.endsWith(`\n${TYPED}`)).toBe(true);
		expect(lineOf(text, SECOND)).toBe(`- [ ] ${SECOND}`);
		expect(writers.processed).not.toContain(PHASE_1);
		// the typing, then the merge: no reload from disk
		expect(writers.transactions).toEqual(["edit", "edit"]);
		expect(view.editor.cm.state.selection.main.head).toBe(cursor);
		expect(vault.read(PHASE_1)).toBe(text);
		expect(view.editor.undo()).toBe(true);
		expect(lineOf(view.editor.getValue(), SECOND)).toBe("");
		expect(view.editor.getValue().endsWith(`\n${TYPED}`)).toBe(true);
	});

	it("re-plans with the overview open and the portfolio built with it open, never writing behind either editor", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		view.editor.dispatch({ changes: { from: view.editor.getValue().indexOf(`[ ] ${FIRST}`) + 1, to: view.editor.getValue().indexOf(`[ ] ${FIRST}`) + 2, insert: "x" } });
		await vault.settle();
		await vault.run("build-portfolio");
		const overviewPath = vault.app.vault.getMarkdownFiles().find((f) => vault!.frontmatter(f.path)?.kind === "overview")!.path;
		const portfolioPath = vault.app.vault.getMarkdownFiles().find((f) => f.basename === "Portfolio")!.path;
		for (const path of [overviewPath, portfolioPath]) {
			const open = await vault.openInEditor(path, true);
			const writers = watchWriters(vault, open);
			open.editor.dispatch({ changes: { from: open.editor.getValue().length, insert: `\n${TYPED}` } });
			await vault.run(path === overviewPath ? "replan-from-today" : "build-portfolio");
			expect(open.editor.getValue().endsWith(`\n${TYPED}`)).toBe(true);
			expect(writers.processed).not.toContain(path);
			expect(writers.transactions).not.toContain("reload");
			expect(vault.read(path)).toBe(open.editor.getValue());
		}
	});
});

describe("a move is not a tick, in the learner's editor", () => {
	it("gives no date to a done box moved with Alt+arrows, or cut and pasted", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		const cm = view.editor.cm;
		const at = (find: string) => view.editor.getValue().indexOf(find);
		cm.dispatch({ changes: { from: at(`[ ] ${FIRST}`) + 1, to: at(`[ ] ${FIRST}`) + 2, insert: "x" } });
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		// the learner removes the date by hand: the box stays done, undated
		cm.dispatch({ changes: { from: at(" ✅ 2026-12-01"), to: at(" ✅ 2026-12-01") + " ✅ 2026-12-01".length } });
		const undated = `- [x] ${FIRST}`;
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(undated);

		cm.dispatch({ selection: EditorSelection.cursor(at(SECOND)) });
		expect(moveLineUp(cm)).toBe(true);
		expect(moveLineDown(cm)).toBe(true);
		cm.dispatch({ selection: EditorSelection.cursor(at(FIRST)) });
		expect(moveLineDown(cm)).toBe(true);
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(undated);
		// Ctrl+X on the line, as its own change
		cm.dispatch({ changes: { from: at(`${undated}\n`), to: at(`${undated}\n`) + undated.length + 1 }, userEvent: "delete.cut" });
		expect(view.editor.getValue()).not.toContain(undated);
		cm.dispatch({ changes: { from: view.editor.getValue().length, insert: `\n${undated}` }, userEvent: "input.paste" });
		await vault.settle();
		expect(view.editor.getValue()).not.toContain("✅");
		expect(vault.read(PHASE_1)).not.toContain("✅");
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, total: 33 });
	});
});

describe("property blocks of every shape", () => {
	it("edits a quoted key in place and keeps a comment on a property line", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, (t) => t.replace("\ndone: 0\n", '\n"done": 0\n').replace("\ntotal: 33\n", "\ntotal: 33 # every topic of the phase\n"));
		await vault.settle();
		const view = await vault.openInEditor(PHASE_1);
		const at = view.editor.getValue().indexOf(`[ ] ${FIRST}`) + 1;
		view.editor.dispatch({ changes: { from: at, to: at + 1, insert: "x" } });
		await vault.settle();
		const text = vault.read(PHASE_1);
		expect(text).toContain('\n"done": 1\n');
		expect(text.match(/^"?done"?:/gmu)).toHaveLength(1);
		expect(text).toContain("\ntotal: 33 # every topic of the phase\n");
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, total: 33, progress: 3, status: "in-progress" });
	});

	it("writes no properties into a block it cannot edit safely, and lists the note in the view's warnings", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const flow = "{roadmap: python-data-engineering, kind: phase, phase: 1, done: 0, total: 33, progress: 0, status: not-started}";
		await vault.edit(PHASE_1, (t) => `---\n${flow}\n---\n${t.slice(t.indexOf("\n---\n", 4) + 5)}`);
		await vault.settle();
		await vault.edit(PHASE_1, (t) => t.replace(`- [ ] ${FIRST}`, `- [x] ${FIRST}`));
		await vault.settle();
		const text = vault.read(PHASE_1);
		expect(text.startsWith(`---\n${flow}\n---\n`)).toBe(true);
		expect(lineOf(text, FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		await vault.run("open-progress");
		const warnings = Array.from(progressViewEl(vault)?.querySelectorAll(".lr-warning") ?? [], (w) => w.textContent ?? "");
		expect(warnings.some((w) => w.includes(`Progress properties of "${PHASE_1}" are left as they are`))).toBe(true);
	});
});
