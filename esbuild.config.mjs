import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";

const production = process.argv[2] === "production";

// The bundled roadmap is imported as text and validated at load time like a learner's own file.
// It is bundled as compact JSON (which is YAML too): a quarter smaller than the indented source.
const roadmapAsCompactText = {
	name: "roadmap-as-compact-text",
	setup(build) {
		build.onLoad({ filter: /\.yaml$/ }, async (args) => ({
			contents: JSON.stringify(parse(await readFile(args.path, "utf8"))),
			loader: "text",
		}));
	},
};

const context = await esbuild.context({
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	plugins: [roadmapAsCompactText],
	format: "cjs",
	target: "es2018",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
});

if (production) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
