/**
 * Browser entry of the benchmark's Chromium render (bundled by `bench-browser.ts`): Obsidian's DOM
 * helpers, then `window.lrBench.time` draws a progress in a sidebar-sized view and times it.
 */
import { installObsidianDomHelpers } from "../tests/harness/dom-helpers";
import type { RoadmapProgress } from "../src/core/progress/progress-model";
import { renderProgressView, type ProgressViewOptions } from "../src/ui/progress-dom";
import { yearOfDailyPractice } from "./bench-practice";

installObsidianDomHelpers(window);

/** Medians in ms of one full render: building the DOM, and building it plus the browser's style and layout. */
export interface PageRenderTimes {
	domMs: number;
	layoutMs: number;
	elements: number;
}

declare global {
	interface Window {
		lrBench: { time(progress: RoadmapProgress, warmup: number, runs: number, practice?: boolean): PageRenderTimes };
	}
}

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

window.lrBench = {
	time(progress, warmup, runs, practice = true) {
		const leaf = document.body.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "learning-roadmap-progress" } });
		const container = leaf.createDiv({ cls: "view-content" });
		const options: ProgressViewOptions = {
			expanded: new Set(progress.phases.map((p) => String(p.number))),
			roadmaps: [{ id: progress.roadmap, title: progress.title }],
			selected: progress.roadmap,
			onOpen: () => undefined,
			onToggle: () => undefined,
			onGenerate: () => undefined,
			onSelectRoadmap: () => undefined,
			// The Today card and a calendar of a year of daily activity (issue 13's budget: still one frame).
			...(practice ? { practice: { summary: yearOfDailyPractice(), restDaysPerWeek: 1, onRevisit: () => undefined } } : {}),
		};
		const dom: number[] = [];
		const layout: number[] = [];
		for (let i = 0; i < warmup + runs; i++) {
			const start = performance.now();
			renderProgressView(container, progress, options);
			const built = performance.now();
			// Reading a layout value makes the browser compute style and layout now, as the next frame would.
			void container.getBoundingClientRect().height;
			const laidOut = performance.now();
			if (i >= warmup) {
				dom.push(built - start);
				layout.push(laidOut - start);
			}
		}
		return { domMs: median(dom), layoutMs: median(layout), elements: container.querySelectorAll("*").length };
	},
};
