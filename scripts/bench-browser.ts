/**
 * The same full view render in a real Chromium (when installed), beside the happy-dom figure:
 * happy-dom builds nodes far more slowly than a browser engine, so only this figure says whether
 * the view fits in a frame. Run unbundled by `bench.ts` (esbuild and playwright cannot be bundled).
 */
import { build } from "esbuild";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumHint } from "../tests/browser/chromium";
import type { RoadmapProgress } from "../src/core/progress/progress-model";
import type { PageRenderSamples, RenderCase } from "./bench-page";


/** One drawing of the view timed in Chromium (medians in ms); `budgeted` ones are held to the one-frame budget, the others are for comparison. */
export interface BrowserCase {
	what: string;
	budgeted: boolean;
	domMs: number;
	layoutMs: number;
	frameMs: number;
	elements: number;
}

/** The cases are timed in rounds, each round running every case in turn, so a slow spell of the shared machine falls on all of them. */
const ROUNDS = 3;

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The drawings timed, all in the same run so they compare: with and without a year of daily activity, phases collapsed and expanded. */
const CASES: { what: string; budgeted: boolean; drawn: RenderCase }[] = [
	{ what: "the view as it opens (phases collapsed) with a year of daily activity", budgeted: true, drawn: { expanded: "none", practice: true } },
	{ what: "every phase expanded, with a year of daily activity", budgeted: true, drawn: { expanded: "all", practice: true } },
	{ what: "the view as it opens, without the Today card and calendar", budgeted: false, drawn: { expanded: "none", practice: false } },
	{ what: "every phase expanded, without the Today card and calendar", budgeted: false, drawn: { expanded: "all", practice: false } },
];

/** Times `renderProgressView` of `progress` in headless Chromium, for every case (`runs` in all, over the rounds, `warmup` first in each); a reason string when it cannot run. */
export async function measureRenderInChromium(root: string, progress: RoadmapProgress, warmup: number, runs: number): Promise<BrowserCase[] | string> {
	if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (${chromiumHint()})`;
	const dir = mkdtempSync(path.join(tmpdir(), "learning-roadmap-bench-page-"));
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
	});
	try {
		await build({
			entryPoints: [path.join(root, "scripts/bench-page.ts")],
			bundle: true,
			format: "iife",
			platform: "browser",
			target: "chrome120",
			outfile: path.join(dir, "page.js"),
			logLevel: "warning",
		});
		const css = (file: string): string => `<link rel="stylesheet" href="${pathToFileURL(file).href}">`;
		const html = [
			'<!doctype html><html><head><meta charset="utf-8">',
			css(path.join(root, "tests/browser/theme.css")),
			css(path.join(root, "styles.css")),
			'</head><body class="theme-light"><script src="page.js"></script></body></html>',
		].join("\n");
		writeFileSync(path.join(dir, "index.html"), html);
		// A sidebar's size, as the view is usually shown.
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(pathToFileURL(path.join(dir, "index.html")).href);
		if (errors.length > 0) return `the page failed: ${errors.join("; ")}`;
		const samples: PageRenderSamples[] = CASES.map(() => ({ dom: [], layout: [], frame: [], elements: 0 }));
		const perRound = Math.ceil(runs / ROUNDS);
		for (let round = 0; round < ROUNDS; round++) {
			for (const [i, { drawn }] of CASES.entries()) {
				const times = await page.evaluate(({ p, d, w, r }) => window.lrBench.time(p, d, w, r), { p: progress, d: drawn, w: warmup, r: perRound });
				const into = samples[i];
				if (!into) continue;
				into.dom.push(...times.dom);
				into.layout.push(...times.layout);
				into.frame.push(...times.frame);
				into.elements = times.elements;
			}
		}
		return CASES.map(({ what, budgeted }, i) => {
			const s = samples[i] ?? { dom: [], layout: [], frame: [], elements: 0 };
			return { what, budgeted, domMs: median(s.dom), layoutMs: median(s.layout), frameMs: median(s.frame), elements: s.elements };
		});
	} finally {
		await browser.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
