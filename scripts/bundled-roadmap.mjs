// The bundled roadmap, validated when main.js is built: a roadmap that does not pass the plugin's own
// schema fails the build, and main.js carries it as JSON the plugin reads with `JSON.parse` at load.
// Used by esbuild.config.mjs and the benchmark's bundle; vitest.config.ts does the same for tests.
import esbuild from "esbuild";
import { parse } from "yaml";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Loads src/core/roadmap/roadmap-loader.ts (bundled on the fly, as Node cannot import TypeScript). */
async function roadmapLoader() {
	const dir = await mkdtemp(path.join(tmpdir(), "lr-loader-"));
	try {
		const outfile = path.join(dir, "loader.cjs");
		await esbuild.build({ entryPoints: [path.join(root, "src/core/roadmap/roadmap-loader.ts")], bundle: true, format: "cjs", platform: "node", outfile, logLevel: "silent" });
		return createRequire(import.meta.url)(outfile);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

/** Validates a roadmap file and returns it as JSON text; throws with file, line and path otherwise. */
export async function validatedRoadmapJson(file) {
	const { loadRoadmap, formatRoadmapProblem } = await roadmapLoader();
	const result = loadRoadmap(await readFile(file, "utf8"), path.relative(root, file), parse);
	if (!result.ok) throw new Error(`The bundled roadmap is invalid:\n${result.problems.map(formatRoadmapProblem).join("\n")}`);
	return JSON.stringify(result.roadmap);
}

/** An esbuild plugin: `.yaml` imports become the validated roadmap as JSON text. */
export const bundledRoadmap = {
	name: "bundled-roadmap",
	setup(build) {
		build.onLoad({ filter: /\.yaml$/ }, async (args) => ({ contents: await validatedRoadmapJson(args.path), loader: "text" }));
	},
};

// `node scripts/bundled-roadmap.mjs FILE` validates one file (exit 1 with the problems).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
	try {
		await writeFile("/dev/null", await validatedRoadmapJson(path.resolve(process.argv[2] ?? "roadmap/python-data-engineering.yaml")));
		console.log("valid");
	} catch (error) {
		console.error(error.message);
		process.exit(1);
	}
}
