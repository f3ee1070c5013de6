import { afterEach, describe, expect, it } from "vitest";
import { bar, openRoadmapVault, PHASE_1, progressViewEl, setBox, type LearnerVault } from "../plugin/built-plugin";
import { expectQuiet } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const A = "Python installation and environment setup";
const B = "IDEs: VS Code, PyCharm, Jupyter Notebooks";
const C = "Virtual environments (venv, conda)";
const PHASE_1_BAR = "Phase 1: Python Fundamentals & Syntax";

async function openView(v: LearnerVault): Promise<HTMLElement> {
	await v.run("open-progress");
	const el = progressViewEl(v);
	if (!el) throw new Error("The progress view did not open");
	return el;
}

const DATED = / ✅ \d{4}-\d{2}-\d{2}$/u;

/** A line added just after the properties block, above every box: every box moves down one line. */
const lineAbove = (text: string) => (note: string) => note.replace(/\n---\n/u, `\n---\n${text}\n`);
/** The first line after the properties block removed: every box moves up one line. */
const firstLineRemoved = (note: string) => note.replace(/\n---\n[^\n]*\n/u, "\n---\n");
const both =
	(...changes: ((note: string) => string)[]) =>
	(note: string) =>
		changes.reduce((text, change) => change(text), note);

function lineOf(v: LearnerVault, topic: string): string {
	const line = v.read(PHASE_1).split("\n").find((l) => l.replace(/^- \[.\] /u, "").startsWith(topic));
	if (line === undefined) throw new Error(`No line for "${topic}"`);
	return line;
}

type Burst = { name: string; edits: ((note: string) => string)[]; done: string[]; open: string[] };

/** Edits landing one right after the other, before the plugin has caught up. */
const BURSTS: Burst[] = [
	{ name: "three ticks in a row", edits: [setBox(A, "x"), setBox(B, "x"), setBox(C, "x")], done: [A, B, C], open: [] },
	{ name: "a tick then an untick of the same box", edits: [setBox(A, "x"), setBox(A, " ")], done: [], open: [A] },
	{ name: "a tick, then a line added above", edits: [setBox(A, "x"), lineAbove("My plan for today")], done: [A], open: [B] },
	{ name: "a line added above, then a tick", edits: [lineAbove("My plan for today"), setBox(B, "x")], done: [B], open: [A] },
	{ name: "ticks around a removed line", edits: [lineAbove("scratch"), setBox(A, "x"), firstLineRemoved, setBox(B, "x")], done: [A, B], open: [C] },
	{ name: "a save that adds a line above and ticks a box", edits: [both(lineAbove("Moved everything down"), setBox(B, "x"))], done: [B], open: [A] },
	{ name: "a save that removes a line above and ticks a box", edits: [lineAbove("temp"), both(firstLineRemoved, setBox(C, "x"))], done: [C], open: [A] },
	{ name: "a save that adds a line above and unticks a dated box", edits: [setBox(A, "x"), both(lineAbove("Moved"), setBox(A, " "))], done: [], open: [A] },
];

describe("bursts of edits mixed with line moves", () => {
	for (const burst of BURSTS) {
		const test = async () => {
			// Dates and properties travel in one write, so both are on, as a learner has them.
			vault = await openRoadmapVault();
			const view = await openView(vault);
			for (const edit of burst.edits) await vault.edit(PHASE_1, edit);
			await vault.settle();

			// the numbers follow the boxes, and only the done boxes carry a ✅ date
			expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: burst.done.length, max: 33 });
			for (const topic of burst.done) expect(lineOf(vault, topic), topic).toMatch(DATED);
			for (const topic of burst.open) expect(lineOf(vault, topic), topic).not.toMatch(DATED);
			expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: burst.done.length, total: 33 });
			await expectQuiet(vault);
		};
		it(`keeps dates right through ${burst.name}`, test);
	}
});
