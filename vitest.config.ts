import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";

// The plugin's `obsidian` import is answered by the fake host; roadmap YAML is imported as text,
// exactly as esbuild's text loader does for main.js.
export default defineConfig({
	plugins: [
		{
			name: "yaml-as-text",
			load(id) {
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
