import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve as resolvePath } from "node:path";
import { validatedRoadmapJson } from "./scripts/bundled-roadmap.mjs";

// The plugin's `obsidian` import is answered by the fake host; roadmap YAML is imported as text,
// exactly as esbuild's text loader does for main.js.
export default defineConfig({
	plugins: [
		{
			// Tests import a roadmap's YAML as text; the plugin's own source (src/) gets the bundled
			// roadmap as main.js does: validated, as JSON (scripts/bundled-roadmap.mjs).
			name: "yaml-as-text",
			enforce: "pre",
			async resolveId(source, importer) {
				if (!source.endsWith(".yaml") || !importer) return null;
				const file = resolvePath(dirname(importer), source);
				return importer.includes("/src/") ? `${file}?validated` : file;
			},
			async load(id) {
				if (id.endsWith(".yaml?validated")) return `export default ${JSON.stringify(await validatedRoadmapJson(id.slice(0, -"?validated".length)))};`;
				if (id.endsWith(".yaml")) return `export default ${JSON.stringify(readFileSync(id, "utf8"))};`;
				return null;
			},
		},
	],
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./tests/harness/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		setupFiles: ["tests/harness/setup.ts"],
		// The default summary, then the tests skipped for a missing prerequisite, by name.
		reporters: ["default", "./tests/harness/prerequisite-reporter.ts"],
		environment: "node",
		// Files run side by side: each gets its own process (and its own temporary vault folders), and
		// time in the harness is virtual, so a busy neighbour cannot make a test late. vitest's default
		// (one worker fewer than the cores) would run files one at a time on a 2-core machine.
		pool: "forks",
		maxWorkers: Math.max(2, availableParallelism()),
		// A guard against a hang, not a speed check: with virtual time no test waits on the clock, so only a
		// bug (a wait on a timer nothing advances) or a machine many times overloaded comes near it.
		testTimeout: 300_000,
		hookTimeout: 300_000,
	},
});
