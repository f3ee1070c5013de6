import { normalizePath, parseYaml, type Vault } from "obsidian";
import builtInRoadmapText from "../../../roadmap/python-data-engineering.yaml";
import { formatRoadmapProblem, loadRoadmap } from "../../core/roadmap/roadmap-loader";
import type { Roadmap } from "../../core/roadmap/roadmap-schema";
import { shortList } from "../../core/words/short-list";
import { safeFileName } from "../../core/notes/note-names";
import type { LearningRoadmapSettings } from "../../core/settings/settings";

/** How the bundled roadmap is named in its error messages and as a roadmap's source. */
const BUILT_IN_SOURCE = "built-in roadmap";

/** A roadmap the plugin knows, with the vault folder its notes are generated into. */
export interface LoadedRoadmap {
	roadmap: Roadmap;
	folder: string;
	/** Where it came from: the bundled file's name or the learner's vault path. */
	source: string;
	/** The *Your name* setting: the overview's `Created for` line and the portfolio's heading; empty leaves them out. */
	learnerName?: string;
}

interface RoadmapLibraryResult {
	roadmaps: LoadedRoadmap[];
	/** One readable message per file that could not be used (`file:line path: message`). */
	errors: string[];
}

let builtIn: Roadmap | undefined;

/** The bundled roadmap: validated when main.js was built, so only parsed here, once. */
function builtInRoadmap(): Roadmap {
	builtIn ??= JSON.parse(builtInRoadmapText) as Roadmap;
	return builtIn;
}

/**
 * Loads the roadmaps of the settings: the bundled one (unless switched off) into the roadmap
 * folder, and each of the learner's YAML files into a folder of its own under it, named after
 * the roadmap. A broken file is reported and left out; the others still load.
 */
export async function loadRoadmaps(vault: Vault, settings: LearningRoadmapSettings): Promise<RoadmapLibraryResult> {
	const roadmaps: LoadedRoadmap[] = [];
	const errors: string[] = [];
	const base = normalizePath(settings.roadmapFolder);
	if (settings.builtInRoadmap) {
		roadmaps.push({ roadmap: builtInRoadmap(), folder: base, source: BUILT_IN_SOURCE, learnerName: settings.learnerName });
	}
	for (const raw of settings.roadmapFiles) {
		const path = normalizePath(raw);
		const file = vault.getFileByPath(path);
		if (!file) {
			errors.push(`${path}: roadmap file not found`);
			continue;
		}
		const result = loadRoadmap(await vault.read(file), path, parseYaml);
		if (!result.ok) {
			errors.push(...result.problems.map(formatRoadmapProblem));
			continue;
		}
		if (roadmaps.some((r) => r.roadmap.id === result.roadmap.id)) {
			errors.push(`${path}: another roadmap already uses the id "${result.roadmap.id}"`);
			continue;
		}
		roadmaps.push({
			roadmap: result.roadmap,
			folder: normalizePath(`${base}/${safeFileName(result.roadmap.title)}`),
			source: path,
			learnerName: settings.learnerName,
		});
	}
	return { roadmaps, errors };
}

/** The notice text for roadmap files that cannot be used, one `file:line path: message` per line (the first few, then a count). */
export function describeRoadmapErrors(errors: string[]): string {
	return `Some roadmap files cannot be used:\n${shortList(errors, "\n")}`;
}
