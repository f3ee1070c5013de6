/**
 * Bad input on the practice surface through the built plugin: revisit marks dated in the future,
 * and a *Revisited* click while the learner's typing on the topic's line is not saved yet.
 */
import { afterEach, describe, expect, it } from "vitest";
import { click } from "../harness/ui";
import { freezeClock, generatedRoadmapFiles, openLearnerVault, PHASE_3, progressViewEl, restoreClock, type LearnerVault } from "../plugin/built-plugin";
import { expectLinesKept, expectPlainWords, expectQuiet } from "./faults";

const ARRAYS = "NumPy arrays (ndarray)";
const CREATION = "Array creation methods";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

async function practisedVault(lines: Record<string, string>): Promise<LearnerVault> {
	const v = await openLearnerVault(await generatedRoadmapFiles());
	await v.edit(PHASE_3, (text) => {
		for (const [topic, line] of Object.entries(lines)) text = text.replace(`- [ ] ${topic}\n`, `${line}\n`);
		return text;
	});
	await v.settle();
	await v.run("open-progress");
	return v;
}

function dueTopics(v: LearnerVault): string[] {
	return Array.from(progressViewEl(v)?.querySelectorAll(".lr-today-due .lr-today-topic") ?? []).map((el) => el.textContent ?? "");
}

function revisitedButton(v: LearnerVault, topic: string): HTMLButtonElement {
	const button = progressViewEl(v)?.querySelector<HTMLButtonElement>(`.lr-today button[aria-label="Mark \u201c${topic}\u201d revisited today"]`);
	if (!button) throw new Error(`No Revisited button for "${topic}"; due: ${dueTopics(v).join("; ")}`);
	return button;
}

describe("practice: marks and revisits the plugin cannot take as written", () => {
	it("counts a revisit mark dated in the future for nothing until its day: the topic stays due", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		const typo = `- [x] ${CREATION} ↻ 2099-01-01 ✅ 2026-11-20`;
		const graduated = `- [x] ${ARRAYS} ↻ 2099-01-01 ↻ 2099-01-02 ↻ 2099-01-03 ↻ 2099-01-04 ✅ 2026-11-20`;
		vault = await practisedVault({ [CREATION]: typo, [ARRAYS]: graduated });

		// Done on 20 November, revisited never (the marks are not here yet): both are due, on the first rung.
		expect(dueTopics(vault)).toEqual(expect.arrayContaining([CREATION, ARRAYS]));
		const meta = Array.from(progressViewEl(vault)?.querySelectorAll(".lr-today-due .lr-today-meta") ?? []).map((el) => el.textContent ?? "");
		expect(meta.every((m) => m.startsWith("First of 4 revisits"))).toBe(true);
		expectLinesKept(vault, PHASE_3, `${typo}\n`);
		await expectQuiet(vault);
	});

	it("marks the topic revisited when the learner has typed unsaved words on its line, and never says it is gone", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault({ [CREATION]: `- [x] ${CREATION} ↻ 2026-11-21 ✅ 2026-11-20` });
		const editor = (await vault.openInEditor(PHASE_3)).editor;
		const line = editor.getValue().split("\n").findIndex((l) => l.includes(`] ${CREATION}`));
		// typed after the topic's words, before the ✅ date; the editor has not saved it yet
		const at = editor.getLine(line).indexOf(" ↻");
		editor.replaceRange(" (np.zeros, np.arange)", { line, ch: at });

		click(revisitedButton(vault, CREATION));
		// marked in the editor at once, before the typing is saved
		expect(editor.getLine(line)).toBe(`- [x] ${CREATION} (np.zeros, np.arange) ↻ 2026-11-21 ↻ 2026-12-01 ✅ 2026-11-20`);
		await vault.settle();
		const notice = vault.notices().at(-1);
		expect(notice).not.toContain("no longer a done topic");
		expect(notice).toBe(`Revisited \u201c${CREATION}\u201d: next revisit on 2026-12-24.`);
		expectPlainWords(notice);
		expect(vault.read(PHASE_3).split("\n")[line]).toBe(`- [x] ${CREATION} (np.zeros, np.arange) ↻ 2026-11-21 ↻ 2026-12-01 ✅ 2026-11-20`);
		await expectQuiet(vault);
	});
});
