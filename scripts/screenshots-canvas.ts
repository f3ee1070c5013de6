/**
 * `npm run screenshots:canvas`: generates the bundled roadmap with the BUILT plugin in a temporary
 * vault (the test host), ticks a learner's first weeks, reads the `Roadmap.canvas` the plugin wrote
 * and coloured, and photographs the top of it (first level and the start of the next) as an SVG
 * preview in Chromium, light and dark, into
 * docs/screenshots/roadmap-canvas-{light,dark}.png. Not part of `npm test` (it rewrites tracked files).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, chromiumHint } from "../tests/browser/chromium";
import { parseCanvas } from "../src/core/canvas/canvas-data";
import { STATUS_COLOURS } from "../src/core/canvas/canvas-colours";
import { closeTestApp, createTestApp, enablePlugin, makeTempVault, removeTempVault } from "../tests/harness/app";
import { loadBuiltPlugin, readManifest } from "../tests/harness/load-plugin";
import { TFile } from "../tests/harness/obsidian";
import { canvasPreviewSvg, type Theme } from "./canvas-preview";

const ROOT = path.resolve(import.meta.dirname, "..");
const SHOTS = path.join(ROOT, "docs/screenshots");
const FOLDER = "Learning Roadmap";

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Waits until the cache and the plugin's writes (dates, properties, canvas colours) are done. */
async function settle(app: TestApp): Promise<void> {
	for (let round = 0; round < 50; round++) {
		const writes = app.vault.totalWrites;
		await app.metadataCache.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, 400));
		if (app.vault.totalWrites === writes) return;
	}
	throw new Error("the vault never settled");
}

/** Ticks the first `count` open boxes of the roadmap note of that kind and number (all when undefined). */
async function tick(app: TestApp, match: (fm: Record<string, unknown>) => boolean, count?: number): Promise<void> {
	const file = app.vault.getMarkdownFiles().find((f) => {
		const fm = app.metadataCache.getFileCache(f)?.frontmatter;
		return fm !== undefined && match(fm);
	});
	if (!(file instanceof TFile)) throw new Error("no such roadmap note");
	let left = count ?? Infinity;
	await app.vault.process(file, (text) => text.replace(/^(\s*- )\[ \]/gmu, (all, marker: string) => (left-- > 0 ? `${marker}[x]` : all)));
}

async function canvasOfALearner(): Promise<string> {
	const mainJs = path.join(ROOT, "main.js");
	if (!existsSync(mainJs)) throw new Error("main.js is missing: run npm run build first (npm run screenshots:canvas does).");
	const dir = makeTempVault();
	const app = await createTestApp(dir, { layoutReady: false });
	try {
		await enablePlugin(app, loadBuiltPlugin(mainJs), readManifest(ROOT));
		app.workspace.triggerLayoutReady();
		await settle(app);
		await app.commands.runCommand("learning-roadmap:generate-roadmap");
		await settle(app);
		// phase 1 and its projects done, phase 2 well along with one project done, phase 3 started
		const phase = (n: number) => (fm: Record<string, unknown>) => fm.kind === "phase" && fm.phase === n;
		const project = (id: string) => (fm: Record<string, unknown>) => fm.kind === "project" && fm.project === id;
		await tick(app, phase(1));
		for (const id of ["1.1", "1.2", "1.3", "2.1"]) await tick(app, project(id));
		await tick(app, phase(2), 25);
		await tick(app, project("2.2"), 2);
		await tick(app, phase(3), 4);
		await settle(app);
		return readFileSync(path.join(dir, FOLDER, "Roadmap.canvas"), "utf8");
	} finally {
		closeTestApp(app);
		removeTempVault(dir);
	}
}

async function main(): Promise<void> {
	if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (${chromiumHint()}).`);
	const parsed = parseCanvas(await canvasOfALearner());
	if (!parsed.ok) throw new Error(`the plugin wrote an invalid canvas: ${parsed.reason}`);
	const coloured = parsed.canvas.nodes.filter((n) => n.color !== undefined).length;
	const legend: [string, string | undefined][] = [
		["Complete", STATUS_COLOURS.complete],
		["In progress", STATUS_COLOURS["in-progress"]],
		["Not started", STATUS_COLOURS["not-started"]],
	];
	// the top of the map: the first level and the start of the second (the whole map is 12 phases tall)
	const groups = parsed.canvas.nodes.filter((n) => n.type === "group");
	const top = groups.length > 1 ? groups[1].y + 700 : undefined;
	const dir = mkdtempSync(path.join(tmpdir(), "lr-canvas-shots-"));
	mkdirSync(SHOTS, { recursive: true });
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
	});
	try {
		for (const theme of ["light", "dark"] as Theme[]) {
			const svg = canvasPreviewSvg(parsed.canvas, theme, { width: 800, legend, maxY: top });
			const page = path.join(dir, `${theme}.html`);
			writeFileSync(page, `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0}</style></head><body>${svg}</body></html>`);
			const tab = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
			await tab.goto(pathToFileURL(page).href);
			const out = path.join(SHOTS, `roadmap-canvas-${theme}.png`);
			await tab.locator("svg").screenshot({ path: out });
			await tab.close();
			console.log(`${path.relative(ROOT, out)}: ${parsed.canvas.nodes.length} nodes (${coloured} coloured), ${parsed.canvas.edges.length} edges`);
		}
	} finally {
		await browser.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
