/**
 * `npm run bench` (`tsx scripts/bench.ts [SIZE…]`): times the progress index, the aggregation and the
 * view on vaults of 1,000, 10,000 and 20,000 notes (or the sizes given), prints a markdown table with
 * the budgets and writes it to `docs/benchmark.md`. Exits 0 even when a budget is missed.
 *
 * The plugin imports `obsidian`, which only exists inside Obsidian. As vitest does with its alias,
 * this bundles the benchmark with esbuild so that import becomes the test harness's fake host, and
 * roadmap YAML is loaded as text exactly as in `main.js`; the bundle goes to a temp folder and is
 * imported from there. Everything is bundled (no externals), so the bundle needs no `node_modules`
 * beside it. The Chromium render (esbuild and playwright, which cannot be bundled) runs from here,
 * unbundled, and is handed to the suite as a callback.
 */
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measureRenderInChromium } from "./bench-browser";
import { bundledRoadmap } from "./bundled-roadmap.mjs";
import type { runBenchmark } from "./bench-suite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sizes = process.argv.slice(2).map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 200)) {
	console.error("Usage: tsx scripts/bench.ts [SIZE…]  (each size a whole number of notes, at least 200)");
	process.exit(2);
}

const outDir = mkdtempSync(path.join(tmpdir(), "learning-roadmap-bench-"));
try {
	const outfile = path.join(outDir, "bench-suite.cjs");
	await build({
		entryPoints: [path.join(root, "scripts/bench-suite.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		alias: { obsidian: path.join(root, "tests/harness/obsidian.ts") },
		plugins: [bundledRoadmap],
		outfile,
		logLevel: "warning",
	});
	// CommonJS, so a plain `require` loads it: bundled CommonJS dependencies can `require` Node built-ins.
	const suite = createRequire(import.meta.url)(outfile) as { runBenchmark: typeof runBenchmark };
	await suite.runBenchmark(root, sizes.length > 0 ? sizes : undefined, (input, warmup, runs) => measureRenderInChromium(root, input, warmup, runs));
} finally {
	rmSync(outDir, { recursive: true, force: true });
}
