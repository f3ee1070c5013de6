/**
 * Practice through the built plugin: the Today card lists the revisits due from the dates on the
 * lines, *Revisited* writes one ` ↻ date` mark (one line changed, one write; inside the editor's own
 * transaction when the note is open), and the card, the calendar and the streak follow the dates.
 */
import { afterEach, describe, expect, it } from "vitest";
import { clock } from "../harness/clock";
import { click } from "../harness/ui";
import { freezeClock, generatedRoadmapFiles, openLearnerVault, PHASE_1, PHASE_3, progressViewEl, PROGRESS_VIEW_TYPE, restoreClock, type LearnerVault } from "./built-plugin";

const ARRAYS = "NumPy arrays (ndarray)";
const CREATION = "Array creation methods";
const SLICING = "Array indexing and slicing";
const BROADCAST = "Array operations (broadcasting)";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

/** The generated roadmap with Phase 3's first topics written as the learner left them (the plugin has synced the properties). */
async function practisedVault(lines: Record<string, string>, data?: Record<string, unknown>): Promise<LearnerVault> {
	const v = await openLearnerVault(await generatedRoadmapFiles(), data);
	await v.edit(PHASE_3, (text) => {
		for (const [topic, line] of Object.entries(lines)) {
			if (!text.includes(`- [ ] ${topic}\n`)) throw new Error(`No open topic "${topic}"`);
			text = text.replace(`- [ ] ${topic}\n`, `${line}\n`);
		}
		return text;
	});
	await v.settle();
	await v.run("open-progress");
	return v;
}

function view(v: LearnerVault): HTMLElement {
	const el = progressViewEl(v);
	if (!el) throw new Error("The progress view is not open");
	return el;
}

/** Each due revisit as the card shows it: topic and what is due. */
function dueItems(v: LearnerVault): string[] {
	return Array.from(view(v).querySelectorAll(".lr-today-due .lr-today-item")).map(
		(li) => `${li.querySelector(".lr-today-topic")?.textContent ?? ""} | ${li.querySelector(".lr-today-meta")?.textContent ?? ""}`,
	);
}

function dueButton(v: LearnerVault, topic: string, label: "Revisited" | "Open"): HTMLButtonElement {
	const name = label === "Revisited" ? `Mark \u201c${topic}\u201d revisited today` : `Open \u201c${topic}\u201d`;
	const button = view(v).querySelector<HTMLButtonElement>(`.lr-today button[aria-label="${name}"]`);
	if (!button) throw new Error(`No "${name}" button; due: ${dueItems(v).join("; ")}`);
	return button;
}

function lineOf(text: string, topic: string): string {
	return text.split("\n").find((l) => l.includes(`] ${topic}`)) ?? "";
}

function changedLines(before: string, after: string): string[] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	return b.filter((line, i) => line !== a[i]);
}

function rerender(v: LearnerVault): void {
	const leaf = v.app.workspace.getLeavesOfType(PROGRESS_VIEW_TYPE)[0];
	(leaf?.view as unknown as { render(): void }).render();
}

const LINES = {
	[ARRAYS]: `- [x] ${ARRAYS} ✅ 2026-11-30`,
	[CREATION]: `- [x] ${CREATION} ↻ 2026-11-21 ✅ 2026-11-20`,
	[SLICING]: `- [x] ${SLICING} ✅ 2026-12-01`,
};

describe("the Today card", () => {
	it("shows the next topic, the revisits due and overdue, and what was done today", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		const card = view(vault).querySelector<HTMLElement>(".lr-today");
		expect(card).not.toBeNull();
		// The Today card comes first, above the overall bar.
		expect(card?.compareDocumentPosition(view(vault).querySelector(".lr-overall")!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
		expect(card?.querySelector(".lr-today-next-text")?.textContent).toBe("Python installation and environment setup");
		expect(dueItems(vault)).toEqual([
			`${CREATION} | Second of 4 revisits \u00b7 4 days overdue`,
			`${ARRAYS} | First of 4 revisits \u00b7 due today`,
		]);
		expect(Array.from(card?.querySelectorAll(".lr-today-done .lr-today-topic") ?? []).map((e) => e.textContent)).toEqual([SLICING]);

		click(card!.querySelector<HTMLElement>(".lr-today-next-text")!);
		await vault.settle();
		expect(vault.app.workspace.opened.at(-1)).toEqual({ path: PHASE_1, line: expect.any(Number) });
		const opened = vault.app.workspace.opened.at(-1)!;
		expect(vault.read(PHASE_1).split("\n")[opened.line!]).toBe("- [ ] Python installation and environment setup");

		click(dueButton(vault, ARRAYS, "Open"));
		await vault.settle();
		const at = vault.app.workspace.opened.at(-1)!;
		expect(at.path).toBe(PHASE_3);
		expect(vault.read(PHASE_3).split("\n")[at.line!]).toBe(LINES[ARRAYS]);
	});

	it("keeps revisited lines through Generate: nothing missing, nothing changed", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		click(dueButton(vault, ARRAYS, "Revisited"));
		await vault.settle();
		const before = vault.read(PHASE_3);
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toMatch(/^Created 0, updated 0, unchanged \d+$/);
		expect(vault.read(PHASE_3)).toBe(before);
		expect(lineOf(before, ARRAYS)).toBe(`- [x] ${ARRAYS} ↻ 2026-12-01 ✅ 2026-11-30`);
	});

	it("marks a revisit in a closed note with one line changed in one write, and moves the topic up the ladder", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		const before = vault.read(PHASE_3);
		const writes = vault.app.vault.totalWrites;
		click(dueButton(vault, ARRAYS, "Revisited"));
		await vault.settle();
		expect(vault.app.vault.totalWrites - writes).toBe(1);
		expect(changedLines(before, vault.read(PHASE_3))).toEqual([`- [x] ${ARRAYS} ↻ 2026-12-01 ✅ 2026-11-30`]);
		expect(vault.notices().at(-1)).toBe(`Revisited \u201c${ARRAYS}\u201d: next revisit on 2026-12-07.`);
		expect(dueItems(vault)).toEqual([`${CREATION} | Second of 4 revisits \u00b7 4 days overdue`]);
		expect(view(vault).querySelector(".lr-today-done")?.textContent).toContain("1 topic revisited today.");
		// Still one done box: the count and the properties did not move.
		expect(vault.frontmatter(PHASE_3)).toMatchObject({ done: 3 });

		// A week later the second rung is due, counted from the ✅ date.
		clock.setSystemTime("2026-12-07T09:00:00+01:00");
		rerender(vault);
		expect(dueItems(vault)).toContain(`${ARRAYS} | Second of 4 revisits \u00b7 due today`);
	});

	// Harness belief B11 (tests/harness/README.md): Editor.transaction is one edit, one undo step.
	it("marks a revisit in the open note's editor: one transaction, one undo step, one save", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		const editor = (await vault.openInEditor(PHASE_3)).editor;
		const before = editor.getValue();
		const writes = vault.app.vault.totalWrites;
		click(dueButton(vault, CREATION, "Revisited"));
		expect(changedLines(before, editor.getValue())).toEqual([`- [x] ${CREATION} ↻ 2026-11-21 ↻ 2026-12-01 ✅ 2026-11-20`]);
		await vault.settle();
		expect(vault.app.vault.totalWrites - writes).toBe(1);
		expect(lineOf(vault.read(PHASE_3), CREATION)).toBe(`- [x] ${CREATION} ↻ 2026-11-21 ↻ 2026-12-01 ✅ 2026-11-20`);
		// Revisited late: the third rung keeps its 23-day gap (30 − 7) from this revisit.
		expect(vault.notices().at(-1)).toBe(`Revisited \u201c${CREATION}\u201d: next revisit on 2026-12-24.`);

		expect(editor.undo()).toBe(true);
		expect(editor.getValue()).toBe(before);
		await vault.settle();
		expect(lineOf(vault.read(PHASE_3), CREATION)).toBe(LINES[CREATION]);
	});

	it("says so when the topic was unticked in between, and writes nothing", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		const button = dueButton(vault, ARRAYS, "Revisited");
		const text = vault.read(PHASE_3).replace(LINES[ARRAYS], `- [ ] ${ARRAYS}`);
		await vault.edit(PHASE_3, () => text);
		await vault.settle();
		const writes = vault.app.vault.totalWrites;
		click(button);
		await vault.settle();
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(vault.notices().at(-1)).toBe(`\u201c${ARRAYS}\u201d could not be marked: it is no longer a done topic of its note.`);
	});

	it("is usable from the keyboard alone: real buttons, named, and the focus stays in the list after a revisit", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		const controls = Array.from(view(vault).querySelectorAll<HTMLElement>(".lr-today button"));
		// The next topic, Revisited, Open and the topic note's button for each of the two due, and the topic done today.
		expect(controls.length).toBe(8);
		for (const control of controls) {
			expect(control.getAttribute("type")).toBe("button");
			expect(control.getAttribute("tabindex")).toBeNull();
			expect((control as HTMLButtonElement).disabled).toBe(false);
			expect(control.getAttribute("aria-label") ?? control.textContent).not.toBe("");
		}
		const first = dueButton(vault, CREATION, "Revisited");
		first.focus();
		expect(first.ownerDocument.activeElement).toBe(first);
		// Enter or Space on a focused <button> is a click.
		click(first);
		await vault.settle();
		const focused = view(vault).ownerDocument.activeElement as HTMLElement | null;
		expect(focused?.getAttribute("aria-label")).toBe(`Mark \u201c${ARRAYS}\u201d revisited today`);
	});
});

describe("the progress view at midnight", () => {
	/** The Today card's date, as its heading shows it. */
	const shownDay = (v: LearnerVault) => view(v).querySelector(".lr-today .lr-heading-count")?.textContent;

	it("turns the Today card to the new day within a minute, with no edit, and draws nothing while the day stays", async () => {
		freezeClock("Europe/Paris", "2026-12-01T23:58", "+01:00");
		vault = await practisedVault(LINES);
		expect(shownDay(vault)).toBe("2026-12-01");
		const card = view(vault).querySelector(".lr-today");
		expect(card).not.toBeNull();

		// 23:59: a check passes on the same day, and the view is not drawn again.
		await clock.advance(60_000);
		await vault.settle();
		expect(view(vault).querySelector(".lr-today")).toBe(card);
		expect(card?.isConnected).toBe(true);

		// 00:00 and 00:01: past midnight and past a check, the card shows the new day.
		await clock.advance(120_000);
		await vault.settle();
		expect(shownDay(vault)).toBe("2026-12-02");
		expect(card?.isConnected).toBe(false);
		expect(dueItems(vault)).toEqual([
			`${CREATION} | Second of 4 revisits \u00b7 5 days overdue`,
			`${ARRAYS} | First of 4 revisits \u00b7 1 day overdue`,
			`${SLICING} | First of 4 revisits \u00b7 due today`,
		]);
		expect(view(vault).querySelector(".lr-today-done .lr-today-empty")?.textContent).toBe("Nothing done yet today.");
	});
});

describe("the command Revisit due topics", () => {
	it("opens the first due topic at its line, and says so when none is due", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault(LINES);
		await vault.run("revisit-due-topics");
		const at = vault.app.workspace.opened.at(-1)!;
		expect(at.path).toBe(PHASE_3);
		expect(vault.read(PHASE_3).split("\n")[at.line!]).toBe(LINES[CREATION]);
		expect(vault.notices().at(-1)).toMatch(new RegExp(`^Revisit \u201c${CREATION.replace(/[()]/g, "\\$&")}\u201d \\(1 more due\\)`));

		clock.setSystemTime("2026-11-29T09:00:00+01:00");
		vault.close();
		vault = await practisedVault({ [SLICING]: `- [x] ${SLICING} ✅ 2026-11-29` });
		await vault.run("revisit-due-topics");
		expect(vault.notices().at(-1)).toBe("No revisit due today.");
	});
});

describe("the consistency calendar", () => {
	it("shades the days of the last twelve months and counts the streaks from the dates", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault({
			...LINES,
			[BROADCAST]: `- [x] ${BROADCAST} ✅ 2026-11-28`,
		});
		const calendar = view(vault).querySelector<HTMLElement>(".lr-calendar");
		expect(calendar).not.toBeNull();
		const days = Array.from(calendar!.querySelectorAll<HTMLElement>('.lr-calendar-day[role="img"]'));
		expect(days).toHaveLength(365);
		const label = (date: string) => days.find((d) => d.getAttribute("aria-label")?.startsWith(date))?.getAttribute("aria-label");
		expect(label("1 December 2026")).toBe("1 December 2026: 1 done");
		expect(label("21 November 2026")).toBe("21 November 2026: 1 revisited");
		expect(label("29 November 2026")).toBe("29 November 2026: nothing done");
		// The tooltip: Obsidian draws it from aria-label, and no title adds a second one.
		expect(days.at(-1)?.getAttribute("aria-label")).toBe("1 December 2026: 1 done");
		expect(days.some((d) => d.hasAttribute("title"))).toBe(false);
		// 28 and 30 November and 1 December, one rest day on the 29th: a streak of three active days.
		expect(calendar!.querySelector(".lr-streak-current .lr-streak-value")?.textContent).toBe("3 days");
		expect(calendar!.querySelector(".lr-streak-longest .lr-streak-value")?.textContent).toBe("3 days");

		click(dueButton(vault, ARRAYS, "Revisited"));
		await vault.settle();
		const after = view(vault).querySelector<HTMLElement>(".lr-calendar")!;
		const today = Array.from(after.querySelectorAll<HTMLElement>(".lr-calendar-day")).find((d) => d.getAttribute("aria-label")?.startsWith("1 December 2026"));
		expect(today?.getAttribute("aria-label")).toBe("1 December 2026: 1 done, 1 revisited");
		expect(today?.classList.contains("lr-level-2")).toBe(true);
	});

	it("follows the rest days setting", async () => {
		freezeClock("Europe/Paris", "2026-12-01T09:00", "+01:00");
		vault = await practisedVault({ [ARRAYS]: LINES[ARRAYS], [BROADCAST]: `- [x] ${BROADCAST} ✅ 2026-11-28` }, { restDaysPerWeek: 0 });
		expect(view(vault).querySelector(".lr-streak-current .lr-streak-value")?.textContent).toBe("1 day");
		expect(view(vault).querySelector(".lr-calendar-note")?.textContent).toContain("allows 0 rest days in any 7 days");
	});
});
