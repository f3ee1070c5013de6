import { renderCriteriaNote, renderOverviewNote, renderResourcesNote } from "./render-guide-notes";
import { renderPhaseNote, renderProjectNote } from "./render-phase-notes";
import type { Roadmap } from "../roadmap/roadmap-schema";
import { toYaml } from "../yaml/emit";
import { criteriaNotePath, overviewNotePath, phaseNotePath, projectNotePath, resourcesNotePath } from "./note-names";

/** What makes a note a given roadmap note, wherever it lives and whatever its name. */
export type NoteIdentity = {
	roadmap: string;
	/** `phase`, `project`, `overview`, `criteria`, `resources` (and `review`, written elsewhere). */
	kind: string;
	phase?: number;
	/** The project's id as text, e.g. `"3.1"`. */
	project?: string;
};

/** A line the roadmap puts in a note, which re-generation must find (or add back) in an existing note. */
export type PlannedItem = {
	/** The item's text after its list marker, e.g. `Filtering with WHERE`. */
	text: string;
	/** `- [ ] text` when true, a plain `- text` when false. */
	checkbox: boolean;
	/** The heading line it belongs under, e.g. `### 1.1 Reading Tables`. */
	heading: string;
	/** Part of a numbered list (`1. text`, `1. [ ] text`). */
	ordered?: boolean;
	/** A box written ticked, with its ✅ date ("" when unknown). */
	ticked?: string;
};

/** A roadmap note as the roadmap wants it: where it goes, its properties, its text and its items. */
export type PlannedNote = {
	/** Vault path, e.g. `Learning Roadmap/Phase 01 - Querying/Phase 01 - Querying.md`. */
	path: string;
	identity: NoteIdentity;
	/** Obsidian properties, in the order they are written. */
	properties: Record<string, unknown>;
	/** Markdown after the frontmatter, ending with a newline. */
	body: string;
	items: PlannedItem[];
};

/** Writes properties as an Obsidian frontmatter block: block lists, plain strings unless quoting is needed. */
export function renderFrontmatter(properties: Record<string, unknown>): string {
	const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
	if (Object.keys(defined).length === 0) return "";
	// as `yaml`'s stringify with lineWidth 0: never folds a long title over two lines
	return `---\n${toYaml(defined)}---\n`;
}

/** The full text of a planned note as it is first written: frontmatter, then body. */
export function noteText(planned: PlannedNote): string {
	return renderFrontmatter(planned.properties) + planned.body;
}

/**
 * Plans every note of a roadmap in a stable order: overview, each phase followed by its projects, criteria,
 * resources. `learnerName` (the *Your name* setting) heads the overview's introduction when not empty.
 */
export function planRoadmapNotes(roadmap: Roadmap, folder: string, learnerName = ""): PlannedNote[] {
	return [
		renderOverviewNote(roadmap, folder, learnerName),
		...roadmap.phases.flatMap((phase) => [
			renderPhaseNote(roadmap, phase, folder),
			...phase.projects.map((project) => renderProjectNote(roadmap, phase, project, folder)),
		]),
		renderCriteriaNote(roadmap, folder),
		renderResourcesNote(roadmap, folder),
	];
}

/**
 * The paths of `planRoadmapNotes`, in the same order, without rendering a note: what the index needs
 * at start-up to know which copy of a note sits where the roadmap generates it.
 */
export function plannedNotePaths(roadmap: Roadmap, folder: string): string[] {
	return [
		overviewNotePath(folder),
		...roadmap.phases.flatMap((phase) => [phaseNotePath(folder, phase), ...phase.projects.map((project) => projectNotePath(folder, phase, project))]),
		criteriaNotePath(folder),
		resourcesNotePath(folder),
	];
}
