/**
 * Browser entry of the benchmark's Chromium render (bundled by `bench-browser.ts`): Obsidian's DOM
 * helpers, then `window.lrBench.time` draws a progress in a sidebar-sized view and times it.
 */
import { installObsidianDomHelpers } from "../tests/harness/dom-helpers";
import type { RoadmapProgress } from "../src/core/progress/progress-model";
import { renderProgressView, type ProgressViewOptions } from "../src/ui/progress-dom";
import { yearOfDailyPractice } from "./bench-practice";

installObsidianDomHelpers(window);

/** What is drawn: phases collapsed (the view as it opens) or all expanded, with or without the practice cards. */
export interface RenderCase {
	expanded: "none" | "all";
	/** The Today card and a calendar of a year of daily activity. */
	practice: boolean;
}

/** Times in ms of full renders of a case, one per run, and how many elements it draws. */
export interface PageRenderSamples {
	/** `renderProgressView` alone: building the DOM. */
	dom: number[];
	/** Building it, then the browser's style and layout, forced by reading a layout value. */
	layout: number[];
	/**
	 * A real frame: drawn in a frame's animation callback, measured to the first task after that frame
	 * (the browser's style, layout, pre-paint and paint of the frame included).
	 */
	frame: number[];
	elements: number;
}

declare global {
	interface Window {
		lrBench: { time(progress: RoadmapProgress, drawn: RenderCase, warmup: number, runs: number): Promise<PageRenderSamples> };
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

window.lrBench = {
	async time(progress, drawn, warmup, runs) {
		document.body.empty();
		window.scrollTo(0, 0);
		const leaf = document.body.createDiv({ cls: "workspace-leaf-content", attr: { "data-type": "learning-roadmap-progress" } });
		const container = leaf.createDiv({ cls: "view-content" });
		const options: ProgressViewOptions = {
			expanded: new Set(drawn.expanded === "all" ? progress.phases.map((p) => String(p.number)) : []),
			roadmaps: [{ id: progress.roadmap, title: progress.title }],
			selected: progress.roadmap,
			onOpen: () => undefined,
			onToggle: () => undefined,
			onGenerate: () => undefined,
			onSelectRoadmap: () => undefined,
			...(drawn.practice ? { practice: { summary: yearOfDailyPractice(), restDaysPerWeek: 1, onRevisit: () => undefined } } : {}),
		};
		const draw = () => renderProgressView(container, progress, options);
		const dom: number[] = [];
		const layout: number[] = [];
		for (let i = 0; i < warmup + runs; i++) {
			const start = performance.now();
			draw();
			const built = performance.now();
			// Reading a layout value makes the browser compute style and layout now, as the next frame would.
			void container.getBoundingClientRect().height;
			const laidOut = performance.now();
			if (i >= warmup) {
				dom.push(built - start);
				layout.push(laidOut - start);
			}
		}
		const frames: number[] = [];
		for (let i = 0; i < warmup + runs; i++) {
			const ms = await afterFrame(draw);
			if (i >= warmup) frames.push(ms);
			// Lets the last frame's raster and any collection settle, so frames do not queue up.
			await pause(30);
		}
		return { dom, layout, frame: frames, elements: container.querySelectorAll("*").length };
	},
};
