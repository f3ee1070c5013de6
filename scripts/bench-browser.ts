/**
 * The view in a real Chromium (when installed): opening it and reflecting one tick, on a phone
 * (CPU throttled 4×) and on the desktop; happy-dom builds nodes far more slowly than a browser
 * engine, so only these figures say whether the view fits in a frame. Run unbundled by `bench.ts` (esbuild and playwright cannot be bundled).
 */
import { build } from "esbuild";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumHint } from "../tests/browser/chromium";
import type { ProgressInput } from "./bench-page";
import { median, TICKS_PER_OPENING } from "./bench-stats";


/** The view timed in Chromium on one device (medians in ms). */
export interface BrowserCase {
	/** `phone`: CPU throttled 4×, 390 px, mobile classes; `desktop`: unthrottled, a 360 px sidebar. */
	device: "phone" | "desktop";
	/** Opening the view: its first frame drawn, to the end of that frame. */
	openMs: number;
	/** Then the update drawing the rest, to the end of its frame. */
	completeMs: number;
	/** One tick reflected: the update alone, and with the browser's style and layout. */
	tickScriptMs: number;
	tickLayoutMs: number;
	/** The fastest tenth of the ticks with style and layout: the view's own cost, with little of the machine's waits. */
	tickLayoutFastMs: number;
	/** The most DOM nodes one tick's update created. */
	tickCreated: number;
	elements: number;
}

/** The devices are timed in rounds, each round running both in turn, so a slow spell of the shared machine falls on both. */
const ROUNDS = 3;


/** The value a tenth of the samples are at or below. */
function fastestTenth(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 10)] ?? 0;
}


const DEVICES = [
	{ device: "phone", viewport: { width: 390, height: 844 }, cpuSlowdown: 4, mobile: true },
	{ device: "desktop", viewport: { width: 360, height: 800 }, cpuSlowdown: 1, mobile: false },
] as const;

/**
 * Times opening the view on the progress of `input` and updating it for ticks in headless Chromium, on
 * a throttled phone and an unthrottled desktop (`runs` in all, over the rounds, `warmup` first in
 * each); a reason string when it cannot run. The page computes the progress from the notes itself, so
 * a tick's progress shares the unchanged notes' parts with the one before, as in the plugin.
 */
export async function measureRenderInChromium(root: string, input: ProgressInput, warmup: number, runs: number): Promise<BrowserCase[] | string> {
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
			// As Obsidian's own page: without it a mobile page is laid out 980 px wide, whatever the screen.
			'<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
			css(path.join(root, "tests/browser/theme.css")),
			css(path.join(root, "styles.css")),
			'</head><body class="theme-light"><script src="page.js"></script></body></html>',
		].join("\n");
		writeFileSync(path.join(dir, "index.html"), html);
		const samples = DEVICES.map(() => ({ open: [] as number[], complete: [] as number[], tickScript: [] as number[], tickLayout: [] as number[], tickCreated: 0, elements: 0 }));
		const pages = [];
		for (const device of DEVICES) {
			const page = await browser.newPage({ viewport: device.viewport, isMobile: device.mobile, hasTouch: device.mobile });
			const errors: string[] = [];
			page.on("pageerror", (error) => errors.push(error.message));
			await page.goto(pathToFileURL(path.join(dir, "index.html")).href);
			if (errors.length > 0) return `the page failed: ${errors.join("; ")}`;
			// A mid-range phone runs script four to six times slower than this machine: the DevTools protocol's throttling.
			const cdp = await page.context().newCDPSession(page);
			await cdp.send("Emulation.setCPUThrottlingRate", { rate: device.cpuSlowdown });
			pages.push(page);
		}
		const perRound = Math.ceil(runs / ROUNDS);
		for (let round = 0; round < ROUNDS; round++) {
			for (const [i, device] of DEVICES.entries()) {
				const page = pages[i];
				const into = samples[i];
				if (!page || !into) continue;
				const times = await page.evaluate(({ p, m, w, r, t }) => window.lrBench.time(p, { mobile: m }, w, r, t), { p: input, m: device.mobile, w: warmup, r: perRound, t: perRound * TICKS_PER_OPENING });
				into.open.push(...times.open);
				into.complete.push(...times.complete);
				into.tickScript.push(...times.tickScript);
				into.tickLayout.push(...times.tickLayout);
				into.tickCreated = Math.max(into.tickCreated, times.tickCreated);
				into.elements = times.elements;
			}
		}
		return DEVICES.map(({ device }, i) => {
			const s = samples[i] ?? { open: [], complete: [], tickScript: [], tickLayout: [], tickCreated: 0, elements: 0 };
			return { device, openMs: median(s.open), completeMs: median(s.complete), tickScriptMs: median(s.tickScript), tickLayoutMs: median(s.tickLayout), tickLayoutFastMs: fastestTenth(s.tickLayout), tickCreated: s.tickCreated, elements: s.elements };
		});
	} finally {
		await browser.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
