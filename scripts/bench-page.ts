/**
 * Browser entry of the benchmark's Chromium figures (bundled by `bench-browser.ts`): Obsidian's DOM
 * helpers, then `window.lrBench.time` opens the view (drawn whole) and updates it for ticks, timing both.
 */
import { installObsidianDomHelpers } from "../tests/harness/dom-helpers";
import { boxState } from "../src/core/progress/box-state";
import { computeProgress } from "../src/core/progress/progress";
import type { RoadmapNote } from "../src/core/progress/progress-model";
import { localDateString } from "../src/core/dates/calendar-dates";
import { renderProgressView, updateProgressView, type ProgressViewOptions } from "../src/ui/view/progress-dom";
import { yearOfDailyPractice } from "./bench-practice";

installObsidianDomHelpers(window);

/** Where the view is drawn: a phone (390 px, Obsidian's mobile classes) or a desktop sidebar (360 px). */
export interface RenderSetup {
	mobile: boolean;
}

/** Times in ms, one per run, and counts. */
export interface PageSamples {
	/** Opening: the view's first frame drawn into an empty leaf, from the call to the first task after the frame that shows it. */
	open: number[];
	/** Then the update that draws the rest (far phase details, cards below the phases), to the first task after its frame. */
	complete: number[];
	/** One tick reflected: the update alone. */
	tickScript: number[];
	/** One tick reflected: the update, then the browser's style and layout, forced by reading a layout value. */
	tickLayout: number[];
	/** The most DOM nodes (elements and texts) one tick's update created. */
	tickCreated: number;
	/** Elements of the whole view. */
	elements: number;
}

/** What the plugin computes a roadmap's progress from (`computeProgress`): the roadmap and its notes, as the index read them. */
export type ProgressInput = Parameters<typeof computeProgress>[0];

declare global {
	interface Window {
		lrBench: { time(input: ProgressInput, setup: RenderSetup, warmup: number, runs: number, tickRuns: number): Promise<PageSamples> };
	}
}

/** Resolves with the time from `start` to the first task after the coming frame. */
function afterFrame(draw: () => void): Promise<number> {
	return new Promise((resolve) => {
		requestAnimationFrame(() => {
			const start = performance.now();
			draw();
			// A message posted from a timeout runs once the frame (style, layout, paint) is done.
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve(performance.now() - start);
			setTimeout(() => channel.port2.postMessage(null), 0);
		});
	});
}

function pause(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The notes after one more topic is done today, as the index holds them after the tick: the first
 * open box of the first phase note that has one is ticked with today's ✅ date, in a new note object,
 * and every other note is the very object it was. `computeProgress` then reuses the other notes'
 * shares, so their sections are the same objects in both progresses, as in the plugin.
 */
function tickedNotes(input: ProgressInput): RoadmapNote[] {
	const phaseNotes = input.notes
		.filter((n) => n.roadmap === input.roadmapId && n.kind === "phase" && n.phase !== undefined)
		.sort((a, b) => (a.phase ?? 0) - (b.phase ?? 0));
	for (const note of phaseNotes) {
		const box = note.boxes.find((b) => boxState(b.char) === "open");
		if (!box) continue;
		const ticked: RoadmapNote = { ...note, boxes: note.boxes.map((b) => (b === box ? { ...b, char: "x", completed: localDateString(input.today) } : b)) };
		return input.notes.map((n) => (n === note ? ticked : n));
	}
	throw new Error("no open topic to tick");
}

window.lrBench = {
	async time(input, setup, warmup, runs, tickRuns) {
		const progress = computeProgress(input);
		document.body.className = setup.mobile ? "theme-light is-mobile is-phone" : "theme-light";
		document.body.empty();
		window.scrollTo(0, 0);
		const leaf = document.body.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "learning-roadmap-progress" } });
		const container = leaf.createDiv({ cls: "view-content" });
		// The view's handlers are made once and kept, as the sidebar view does.
		const nothing = (): void => undefined;
		// Every phase expanded, with the Today card and a year of daily activity: the longest view.
		const options = (practiceTicked: boolean): ProgressViewOptions => ({
			expanded: new Set(progress.phases.map((p) => String(p.number))),
			roadmaps: [{ id: progress.roadmap, title: progress.title }],
			selected: progress.roadmap,
			onOpen: nothing,
			onToggle: nothing,
			onGenerate: nothing,
			onSelectRoadmap: nothing,
			practice: { summary: yearOfDailyPractice(practiceTicked), restDaysPerWeek: 1, onRevisit: nothing },
		});
		const states = [
			{ progress, options: options(false) },
			{ progress: computeProgress({ ...input, notes: tickedNotes(input) }), options: options(true) },
		];

		const open: number[] = [];
		const complete: number[] = [];
		const first = states[0]?.options ?? options(false);
		for (let i = 0; i < warmup + runs; i++) {
			container.empty();
			// As the sidebar view opens: the first frame, then the rest by an update after it.
			const ms = await afterFrame(() => renderProgressView(container, progress, { ...first, firstFrame: true }));
			const rest = await afterFrame(() => updateProgressView(container, progress, first));
			if (i >= warmup) {
				open.push(ms);
				complete.push(rest);
			}
			await pause(30);
		}

		const tickScript: number[] = [];
		const tickLayout: number[] = [];
		let tickCreated = 0;
		for (let i = 0; i < warmup + tickRuns; i++) {
			// Ticked and unticked in turn: every update has one tick to reflect.
			const state = states[(i + 1) % 2];
			if (!state) continue;
			const start = performance.now();
			const stats = updateProgressView(container, state.progress, state.options);
			const updated = performance.now();
			void container.getBoundingClientRect().height;
			const laidOut = performance.now();
			if (i >= warmup) {
				tickScript.push(updated - start);
				tickLayout.push(laidOut - start);
				tickCreated = Math.max(tickCreated, stats.created);
			}
			await pause(10);
		}
		return { open, complete, tickScript, tickLayout, tickCreated, elements: container.querySelectorAll("*").length };
	},
};
