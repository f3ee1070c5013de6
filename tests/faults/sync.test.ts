import { afterEach, describe, expect, it } from "vitest";
import { TFile } from "../harness/obsidian";
import { bar, openLearnerVault, openRoadmapVault, PHASE_1, progressViewEl, setBox, type LearnerVault } from "../plugin/built-plugin";
import { expectLinesKept, expectPlainWords, expectQuiet, FAULT_FILE, smallRoadmap } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const PHASE_1_BAR = "Phase 1: Python Fundamentals & Syntax";
const FIRST = "Python installation and environment setup";
const SECOND = "IDEs: VS Code, PyCharm, Jupyter Notebooks";

async function openView(v: LearnerVault): Promise<HTMLElement> {
	await v.run("open-progress");
	const el = progressViewEl(v);
	if (!el) throw new Error("The progress view did not open");
	return el;
}

function file(v: LearnerVault, path: string): TFile {
	const found = v.app.vault.getAbstractFileByPath(path);
	if (!(found instanceof TFile)) throw new Error(`No note at ${path}`);
	return found;
}

/** What another device wrote: two topics ticked and dated, with properties that agree (or not). */
function fromOtherDevice(note: string, properties: { done: number; progress: number; status: string }): string {
	return note
		.replace(`- [ ] ${FIRST}`, `- [x] ${FIRST} ✅ 2026-11-02`)
		.replace(`- [ ] ${SECOND}`, `- [x] ${SECOND} ✅ 2026-11-03`)
		.replace(/^done: \d+$/mu, `done: ${properties.done}`)
		.replace(/^progress: \d+$/mu, `progress: ${properties.progress}`)
		.replace(/^status: .*$/mu, `status: ${properties.status}`);
}

const PHASE_1_DIR = PHASE_1.slice(0, PHASE_1.lastIndexOf("/"));
const PHASE_1_NAME = PHASE_1.slice(PHASE_1.lastIndexOf("/") + 1, -3);
const CONFLICT_COPIES = [
	`${PHASE_1_DIR}/${PHASE_1_NAME} (conflicted copy).md`,
	`${PHASE_1_DIR}/${PHASE_1_NAME} (conflicted copy 2026-11-30 101010).md`,
	`${PHASE_1_DIR}/${PHASE_1_NAME} 2.md`,
	`${PHASE_1_DIR}/${PHASE_1_NAME} (Jane's conflicted copy).md`,
];

describe("sync arrivals", () => {
	it("a consistent note (dated ticks, properties that agree) is counted and never written", async () => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		const arriving = fromOtherDevice(vault.read(PHASE_1), { done: 2, progress: 6, status: "in-progress" });
		await vault.app.vault.modify(file(vault, PHASE_1), arriving);
		const writes = vault.app.vault.writeCount(PHASE_1);
		await vault.settle();

		expect(vault.app.vault.writeCount(PHASE_1)).toBe(writes);
		expect(vault.read(PHASE_1)).toBe(arriving);
		expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: 2, max: 33 });
		await expectQuiet(vault);
	});

	it("a stale note (ticks newer than its properties) gets its properties fixed and keeps every tick and date", async () => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		const arriving = fromOtherDevice(vault.read(PHASE_1), { done: 0, progress: 0, status: "not-started" });
		await vault.app.vault.modify(file(vault, PHASE_1), arriving);
		await vault.settle();

		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 2, total: 33, progress: 6, status: "in-progress" });
		expectLinesKept(vault, PHASE_1, arriving.split("\n---\n")[1] ?? "");
		expect(vault.read(PHASE_1)).toContain(`- [x] ${FIRST} ✅ 2026-11-02`);
		expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: 2, max: 33 });
		await expectQuiet(vault);
	});

	it.each(CONFLICT_COPIES)("a conflict copy %j never takes the real note's place, and the warning names it", async (copy) => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		const stale = vault.read(PHASE_1);
		await vault.edit(PHASE_1, (n) => setBox(SECOND, "x")(setBox(FIRST, "x")(n)));
		await vault.settle();
		// the copy, holding the note as it was before the ticks, arrives after them and sorts first
		await vault.app.vault.create(copy, stale);
		await vault.settle();

		expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: 2, max: 33 });
		const warning = Array.from(view.querySelectorAll(".lr-warning")).map((w) => w.textContent ?? "").find((w) => w.includes("Phase 1 is claimed"));
		expect(warning).toContain(`only "${PHASE_1}" counts; "${copy}" does not`);
		expectPlainWords(warning);
		expectLinesKept(vault, copy, stale.split("\n---\n")[1] ?? "");

		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
		await expectQuiet(vault);
	});

	it("a note deleted and recreated by sync is counted again from what arrives", async () => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		const original = vault.read(PHASE_1);
		await vault.app.vault.delete(file(vault, PHASE_1));
		await vault.settle();
		expect(bar(view, PHASE_1_BAR).max).toBe(0);

		await vault.app.vault.create(PHASE_1, fromOtherDevice(original, { done: 2, progress: 6, status: "in-progress" }));
		await vault.settle();
		expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: 2, max: 33 });
		await expectQuiet(vault);
	});

	it("reviews from the notes when only the roadmap file was deleted, and says so", async () => {
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(smallRoadmap()) }, { builtInRoadmap: false, roadmapFiles: [FAULT_FILE] });
		await vault.run("generate-roadmap");
		await vault.app.vault.delete(file(vault, FAULT_FILE));
		await vault.settle();
		await (vault.plugin as unknown as { onExternalSettingsChange(): Promise<void> }).onExternalSettingsChange();
		await vault.run("create-monthly-review");

		const notice = vault.notices().at(-1);
		expect(notice).toMatch(/^Created .*Monthly review\. The roadmap file of "faults" is missing, so the review was written from its notes with the default template\.$/u);
		expectPlainWords(notice);
		const review = vault.app.vault.getMarkdownFiles().find((f) => f.path.includes("Monthly review"));
		expect(vault.read(review!.path)).toContain("roadmap: faults");
		// its 5 notes and its portfolio, all kept
		expect(vault.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Learning Roadmap/Fault Roadmap/"))).toHaveLength(6);
		await expectQuiet(vault);
	});
});
