import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
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
		testTimeout: 60_000,
		hookTimeout: 60_000,
	},
});
