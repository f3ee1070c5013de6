import { parse } from "yaml";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countRoadmap, formatRoadmapProblem, loadRoadmap } from "../../src/core/roadmap/roadmap-loader";
import type { Roadmap } from "../../src/core/roadmap/roadmap-schema";
import { REPO_ROOT } from "./built-plugin";

const DEFAULT_ROADMAP = "roadmap/python-data-engineering.yaml";
/** The one place `src/` may name the bundled roadmap: the import that bundles it. */
const BUNDLING_IMPORT = /^import \w+ from "(?:\.\.\/)+roadmap\/[\w-]+\.yaml";$/;

function load(file: string): Roadmap {
	const result = loadRoadmap(readFileSync(path.join(REPO_ROOT, file), "utf8"), file, parse);
	if (!result.ok) throw new Error(result.problems.map(formatRoadmapProblem).join("\n"));
	return result.roadmap;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return entry.name.endsWith(".ts") ? [full] : [];
	});
}

/** Every text of the roadmap that would give away that `src/` was written for it. */
function contentOf(roadmap: Roadmap): string[] {
	return [
		roadmap.id,
		roadmap.title,
		...roadmap.phases.flatMap((phase) => [
			phase.title,
			...phase.sections.flatMap((section) => [section.title, ...section.topics]),
			...phase.projects.map((project) => project.title),
		]),
	];
}

describe("Nothing in src/ knows the default roadmap", () => {
	it("names no id, phase, section, topic or project title of the bundled roadmap, except in the import that bundles it", () => {
		const content = [...new Set(contentOf(load(DEFAULT_ROADMAP)))];
		expect(content.length).toBeGreaterThan(400);
		const files = sourceFiles(path.join(REPO_ROOT, "src"));
		expect(files.length).toBeGreaterThan(20);

		const mentions: string[] = [];
		for (const file of files) {
			const relative = path.relative(REPO_ROOT, file).split(path.sep).join("/");
			readFileSync(file, "utf8")
				.split("\n")
				.forEach((line, i) => {
					if (relative === "src/vault/roadmaps/roadmap-library.ts" && BUNDLING_IMPORT.test(line.trim())) return;
					for (const text of content) {
						if (line.includes(text)) mentions.push(`${relative}:${i + 1} mentions "${text}"`);
					}
				});
		}
		expect(mentions).toEqual([]);
	});
});

describe("The documented example roadmap", () => {
	it("is a valid two-phase roadmap with topics, a project and levels", () => {
		const roadmap = load("docs/example-roadmap.yaml");
		expect(countRoadmap(roadmap)).toMatchObject({ phases: 2, projects: 1, levels: 2 });
		expect(roadmap.phases.every((phase) => phase.sections.length > 0)).toBe(true);
		expect(roadmap.phases.flatMap((p) => p.projects).flatMap((p) => p.parts).some((part) => part.checklist)).toBe(true);
	});
});
