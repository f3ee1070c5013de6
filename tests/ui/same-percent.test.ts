/**
 * One percentage everywhere: for every done/total up to 200/200, the `progress` property, a bar, the
 * status bar and the code block show the same number (29 of 100 is 29 in each, never 28).
 */
import { describe, expect, it } from "vitest";
import { installDom } from "../harness/dom";
import { noteProgressProperties } from "../../src/core/progress/note-progress";
import type { NoteBox, RoadmapProgress } from "../../src/core/progress/progress-model";
import { renderBar, renderPhaseBlock } from "../../src/ui/view/progress-dom";
import { renderStatusBar } from "../../src/ui/progress/status-bar";
import type { ProgressHost } from "../../src/ui/view/view-host";
import { sampleProgress } from "./sample-progress";

installDom();

const shown = (text: string | null | undefined): number => Number(/(\d+)%/.exec(text ?? "")?.[1] ?? NaN);

function boxesOf(done: number, total: number): NoteBox[] {
	return Array.from({ length: total }, (_, i) => ({ line: i, char: i < done ? "x" : " ", text: `t${i}` }));
}

function statusBarText(done: number, total: number): string {
	const progress = { ...sampleProgress(), overall: { done, total, started: 0 }, hasNotes: true } as RoadmapProgress;
	const host = { selectedRoadmap: () => "r", tracker: { progress: () => progress, choices: () => [{ id: "r", title: "R" }] } } as unknown as ProgressHost;
	const el = document.createElement("div");
	renderStatusBar(el, host);
	return el.textContent ?? "";
}

describe("the same percentage everywhere", () => {
	it("in the property, a bar and the status bar, for every done/total up to 200/200", () => {
		const parent = document.createElement("div");
		let pairs = 0;
		for (let total = 1; total <= 200; total++) {
			for (let done = 0; done <= total; done++) {
				const property = noteProgressProperties(boxesOf(done, total)).progress;
				parent.empty();
				renderBar(parent, { label: "x", done, total });
				const bar = shown(parent.querySelector(".lr-bar-text")?.textContent);
				const status = shown(statusBarText(done, total));
				if (property !== bar || bar !== status) throw new Error(`${done}/${total}: property ${property}, bar ${bar}, status bar ${status}`);
				pairs++;
			}
		}
		expect(pairs).toBe(20_300);
		expect(noteProgressProperties(boxesOf(29, 100)).progress).toBe(29);
	});

	it("in the code block, at the totals where floating point used to slip (multiples of 50)", () => {
		let checked = 0;
		for (const total of [50, 100, 150, 200]) {
			for (let done = 0; done <= total; done++) {
				const progress = sampleProgress();
				const phase = progress.phases[0];
				Object.assign(phase, { done, total, started: 0 });
				const el = document.createElement("div");
				renderPhaseBlock(el, progress, phase.number, () => undefined);
				const bar = Array.from(el.querySelectorAll(".lr-bar-text")).map((b) => b.textContent).find((t) => t?.startsWith(`${done}/${total} `));
				expect(shown(bar), `${done}/${total}`).toBe(noteProgressProperties(boxesOf(done, total)).progress);
				checked++;
			}
		}
		expect(checked).toBe(504);
	});
});
