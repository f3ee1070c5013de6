/**
 * Browser entry of the benchmark's Chromium figures (bundled by `bench-browser.ts`): Obsidian's DOM
 * helpers, then `window.lrBench.time` opens the view (drawn whole) and updates it for ticks, timing both.
 */
import { installObsidianDomHelpers } from "../tests/harness/dom-helpers";
import type { RoadmapProgress } from "../src/core/progress/progress-model";
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

declare global {
	interface Window {
		lrBench: { time(progress: RoadmapProgress, setup: RenderSetup, warmup: number, runs: number): Promise<PageSamples> };
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
 * The same progress after one more topic is done: in the first section with an open topic, so its
 * section, phase and overall bars move, Up next loses its first item and this month's activity grows.
 */
function ticked(progress: RoadmapProgress): RoadmapProgress {
	const next = structuredClone(progress);
	for (const phase of next.phases) {
		const section = phase.sections.find((s) => s.done < s.total);
		if (!section) continue;
		section.done++;
		phase.done++;
		next.overall.done++;
		next.upNext = next.upNext.slice(1);
		const month = next.activity[next.activity.length - 1];
		if (month) month.count++;
		return next;
	}
	return next;
}

window.lrBench = {
	async time(progress, setup, warmup, runs) {
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
			{ progress: ticked(progress), options: options(true) },
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
		for (let i = 0; i < warmup + runs; i++) {
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
