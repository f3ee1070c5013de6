/**
 * Ticking in an open note, through the built plugin and a real CodeMirror editor: the ✅ date and the
 * progress properties travel in the learner's own change (one undo step, one save); a note no editor
 * holds gets at most one write, and none when it already agrees with itself.
 */
import { EditorSelection } from "@codemirror/state";
import { clock } from "../harness/clock";
import { afterEach, describe, expect, it } from "vitest";
import type { MarkdownView } from "../harness/obsidian";
import { FOLDER, freezeClock, openRoadmapVault, PHASE_1, restoreClock, setBox, type LearnerVault } from "./built-plugin";

const FIRST = "Python installation and environment setup";
const SECOND = "IDEs: VS Code, PyCharm, Jupyter Notebooks";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

/** The offset of the box character (between the brackets) on the line of topic `text`. */
function boxOffset(view: MarkdownView, text: string): number {
	const doc = view.editor.getValue();
	const at = doc.indexOf(`] ${text}`);
	if (at < 0) throw new Error(`No box "${text}"`);
	return at - 1;
}

/** A click on a Live Preview checkbox: the one character between the brackets changes. */
function clickBox(view: MarkdownView, text: string, char = "x"): void {
	const at = boxOffset(view, text);
	view.editor.dispatch({ changes: { from: at, to: at + 1, insert: char } });
}

/** Typing over the box character in source mode. */
function typeInBox(view: MarkdownView, text: string, char = "x"): void {
	const at = boxOffset(view, text);
	view.editor.dispatch({ changes: { from: at, to: at + 1, insert: char }, selection: EditorSelection.cursor(at + 1), userEvent: "input.type" });
}

function lineOf(text: string, topic: string): string {
	return text.split("\n").find((l) => l.includes(`] ${topic}`)) ?? "";
}

describe("ticking a box in an open note", () => {
	it("dates the box and updates the properties in the same change: one undo step, one save", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		const writes = vault.app.vault.totalWrites;
		clickBox(view, FIRST);
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		expect(view.editor.getValue()).toMatch(/\ndone: 1\ntotal: 33\nprogress: 3\nstatus: in-progress\n/);
		await vault.settle();
		expect(vault.app.vault.writeCount(PHASE_1)).toBe(1);
		// and, this first time, the plan's start in the overview (pace): no other write
		expect(vault.frontmatter(`${FOLDER}/Roadmap overview.md`)?.started).toBe("2026-12-01");
		expect(vault.app.vault.totalWrites - writes).toBe(2);
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, total: 33, progress: 3, status: "in-progress" });

		expect(view.editor.undo()).toBe(true);
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(`- [ ] ${FIRST}`);
		expect(view.editor.getValue()).toMatch(/\ndone: 0\ntotal: 33\nprogress: 0\nstatus: not-started\n/);
		expect(view.editor.redo()).toBe(true);
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		await vault.settle();
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, status: "in-progress" });
	});

	it("dates a box ticked by typing, keeping the cursor where the learner typed", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		typeInBox(view, SECOND);
		expect(lineOf(view.editor.getValue(), SECOND)).toBe(`- [x] ${SECOND} ✅ 2026-12-01`);
		expect(view.editor.cm.state.selection.main.head).toBe(boxOffset(view, SECOND) + 1);
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), SECOND)).toBe(`- [x] ${SECOND} ✅ 2026-12-01`);
	});

	it("dates every box ticked with several cursors, in one change", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		const doc = view.editor.getValue();
		const changes = [...doc.matchAll(/- \[ \] /g)].slice(0, 20).map((m) => ({ from: m.index + 3, to: m.index + 4, insert: "x" }));
		expect(changes).toHaveLength(20);
		view.editor.dispatch({ changes });
		await vault.settle();
		const dated = vault.read(PHASE_1).split("\n").filter((l) => l.startsWith("- [x] ") && l.endsWith(" ✅ 2026-12-01"));
		expect(dated).toHaveLength(20);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 20, total: 33, progress: 60 });
		expect(view.editor.undo()).toBe(true);
		expect(view.editor.getValue()).not.toContain("✅");
		await vault.settle();
		expect(vault.read(PHASE_1)).not.toContain("✅");
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 0, status: "not-started" });
	});

	it("removes the date on untick after the plugin was restarted: no memory of dates is needed", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		let view = await vault.openInEditor(PHASE_1);
		clickBox(view, FIRST);
		await vault.settle();
		await vault.reloadPlugin();
		view = await vault.openInEditor(PHASE_1);
		clickBox(view, FIRST, " ");
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST}`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 0, status: "not-started" });
	});

	// Harness assumption A12 (tests/harness/README.md): linked panes receive each other's changes as transactions.
	it("keeps the same note open in two panes the same, with one date", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const left = await vault.openInEditor(PHASE_1);
		const right = await vault.openInEditor(PHASE_1, true);
		expect(right).not.toBe(left);
		clickBox(left, FIRST);
		expect(right.editor.getValue()).toBe(left.editor.getValue());
		await vault.settle();
		expect(vault.read(PHASE_1).match(/✅/g)).toHaveLength(1);
		expect(right.editor.getValue()).toBe(vault.read(PHASE_1));
	});

	it("takes 100 rapid ticks and unticks with nothing lost, no date twice, and then goes quiet", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		const topics = [...view.editor.getValue().matchAll(/^- \[ \] (.+)$/gm)].map((m) => m[1]);
		expect(topics.length).toBe(33);
		for (let i = 0; i < 100; i++) {
			const topic = topics[(i * 7) % topics.length];
			const char = lineOf(view.editor.getValue(), topic).startsWith("- [x]") ? " " : "x";
			clickBox(view, topic, char);
			if (i % 10 === 0) await clock.advance(5);
		}
		await vault.settle();
		const text = vault.read(PHASE_1);
		const done = text.split("\n").filter((l) => l.startsWith("- [x] "));
		expect(done.every((l) => l.endsWith(" ✅ 2026-12-01") && l.split("✅").length === 2)).toBe(true);
		expect(text.split("\n").filter((l) => l.startsWith("- [ ] ")).every((l) => !l.includes("✅"))).toBe(true);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: done.length, total: 33 });
		const writes = vault.app.vault.totalWrites;
		await vault.settle();
		expect(vault.app.vault.totalWrites).toBe(writes);
	});
});

describe("a note no editor holds", () => {
	it("gets no write when it arrives already agreeing with itself (dated, properties right)", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const writes = vault.app.vault.totalWrites;
		await vault.edit(PHASE_1, (text) =>
			setBox(FIRST, "x")(text)
				.replace(`- [x] ${FIRST}`, `- [x] ${FIRST} ✅ 2026-11-20`)
				.replace("done: 0\ntotal: 33\nprogress: 0\nstatus: not-started", "done: 1\ntotal: 33\nprogress: 3\nstatus: in-progress"),
		);
		await vault.settle();
		expect(vault.app.vault.writeCount(PHASE_1)).toBe(1); // the sync's own write, none from the plugin
		// The plan's start in the overview (pace), this once: the first done box's date.
		expect(vault.frontmatter(`${FOLDER}/Roadmap overview.md`)?.started).toBe("2026-11-20");
		expect(vault.app.vault.totalWrites - writes).toBe(2);
	});

	it("gets exactly one write, carrying the date and the properties, when it arrives ticked", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const writes = vault.app.vault.totalWrites;
		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		await vault.settle();
		// the sync's write, then the plugin's one; and, this once, the plan's start in the overview (pace)
		expect(vault.app.vault.writeCount(PHASE_1)).toBe(2);
		expect(vault.app.vault.totalWrites - writes).toBe(3);
		expect(vault.frontmatter(`${FOLDER}/Roadmap overview.md`)?.started).toBe("2026-12-01");
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, progress: 3, status: "in-progress" });
	});

	it("dates a tick that arrives together with a line added above it", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, (text) => setBox(SECOND, "x")(text).replace(`- [ ] ${FIRST}`, `My own line\n- [ ] ${FIRST}`));
		await vault.settle();
		expect(lineOf(vault.read(PHASE_1), SECOND)).toBe(`- [x] ${SECOND} ✅ 2026-12-01`);
		expect(lineOf(vault.read(PHASE_1), FIRST)).toBe(`- [ ] ${FIRST}`);
	});

	// Harness assumption A11 (tests/harness/README.md): a file changed on disk reaches its open editor as a change.
	it("is never written through the vault while an editor holds it: the editor settles the change", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await openRoadmapVault();
		const view = await vault.openInEditor(PHASE_1);
		const writes = vault.app.vault.totalWrites;
		const phaseWrites = vault.app.vault.writeCount(PHASE_1);
		await vault.edit(PHASE_1, setBox(FIRST, "x")); // synced in under the open editor
		await vault.settle();
		expect(lineOf(view.editor.getValue(), FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
		// the sync's write, then the editor's save; and, this once, the plan's start in the overview (pace)
		expect(vault.app.vault.writeCount(PHASE_1) - phaseWrites).toBe(2);
		expect(vault.app.vault.totalWrites - writes).toBe(3);
		expect(vault.read(PHASE_1)).toBe(view.editor.getValue());
	});
});
