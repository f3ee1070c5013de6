import { renderCriteriaNote, renderOverviewNote, renderResourcesNote } from "./render-guide-notes";
import { renderPhaseNote, renderProjectNote } from "./render-phase-notes";
import type { Roadmap } from "../roadmap/roadmap-schema";
import { toYaml } from "../yaml/emit";
import type { PlannedNote } from "./planned-note";
import { criteriaNotePath, overviewNotePath, phaseNotePath, projectNotePath, resourcesNotePath } from "./note-names";

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
