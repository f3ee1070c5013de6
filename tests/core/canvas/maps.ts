import { parse } from "yaml";
/** Roadmap maps for the canvas tests: the real roadmap, and own roadmaps of any number of phases. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RoadmapMap } from "../../../src/core/canvas/canvas-layout";
import { roadmapMap } from "../../../src/core/canvas/roadmap-map";
import { loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import type { Roadmap } from "../../../src/core/roadmap/roadmap-schema";

const ROADMAP_FILE = fileURLToPath(new URL("../../../roadmap/python-data-engineering.yaml", import.meta.url));
export const FOLDER = "Learning Roadmap";

export function realRoadmap(): Roadmap {
	const result = loadRoadmap(readFileSync(ROADMAP_FILE, "utf8"), "roadmap/python-data-engineering.yaml", parse);
	if (!result.ok) throw new Error("the roadmap does not load");
	return result.roadmap;
}

/** The bundled roadmap as a map, every note at its generated path. */
export function realMap(): RoadmapMap {
	return roadmapMap(realRoadmap(), FOLDER, new Map());
}

/** A learner's own map: `phases` phases, phase n with `projects(n)` projects, no levels unless given. */
export function ownMap(phases: number, projects: (n: number) => number = () => 1, levels: RoadmapMap["levels"] = []): RoadmapMap {
	return {
		roadmapId: "own",
		title: "My own path",
		levels,
		phases: Array.from({ length: phases }, (_, i) => ({
			number: i + 1,
			title: `Phase ${i + 1}`,
			file: `Own/Phase ${i + 1}.md`,
			projects: Array.from({ length: projects(i + 1) }, (_, j) => ({ id: `${i + 1}.${j + 1}`, title: `Project ${j + 1}`, file: `Own/Project ${i + 1}.${j + 1}.md` })),
		})),
	};
}

/** The key of every note of a map, by its path. */
export function keysOf(map: RoadmapMap): Map<string, string> {
	return new Map(map.phases.flatMap((p) => [[p.file, `phase:${p.number}`] as const, ...p.projects.map((j) => [j.file, `project:${j.id}`] as const)]));
}
