/** What the canvas map is drawn from, built from roadmap data and where its notes are in the vault. */
import { joinVaultPath, phaseNotePath, projectNotePath } from "../notes/note-names";
import type { NoteIdentity } from "../notes/planned-note";
import type { Roadmap } from "../roadmap/roadmap-schema";
import { phaseKey, projectKey, type MapKey, type RoadmapMap } from "./canvas-layout";

/** The map's file name in the roadmap's folder (a public name: docs/canvas.md and the README name it). */
export const CANVAS_FILE_NAME = "Roadmap.canvas";

/** The vault path of a roadmap's canvas. */
export function canvasPath(folder: string): string {
	return joinVaultPath(folder, CANVAS_FILE_NAME);
}

/** The map key of a phase or project note (undefined for the other kinds). */
export function mapKeyOfNote(identity: Pick<NoteIdentity, "kind" | "phase" | "project">): MapKey | undefined {
	if (identity.kind === "phase" && identity.phase !== undefined) return phaseKey(identity.phase);
	if (identity.kind === "project" && identity.project !== undefined) return projectKey(identity.project);
	return undefined;
}

/**
 * The roadmap as a map. `notePaths` gives where each phase or project note is now (found by its
 * properties); a note not there yet is shown at the path it is generated to.
 */
export function roadmapMap(roadmap: Roadmap, folder: string, notePaths: ReadonlyMap<MapKey, string>): RoadmapMap {
	return {
		roadmapId: roadmap.id,
		title: roadmap.title,
		levels: roadmap.levels.map((l) => ({ id: l.id, title: l.title, phases: l.phases })),
		phases: roadmap.phases.map((phase) => ({
			number: phase.number,
			title: phase.title,
			file: notePaths.get(phaseKey(phase.number)) ?? phaseNotePath(folder, phase),
			projects: phase.projects.map((project) => ({
				id: project.id,
				title: project.title,
				file: notePaths.get(projectKey(project.id)) ?? projectNotePath(folder, phase, project),
			})),
		})),
	};
}

/** The inverse of `notePaths`: which key each note path stands for. */
export function keysByFile(notePaths: ReadonlyMap<MapKey, string>): Map<string, MapKey> {
	return new Map([...notePaths].map(([key, path]) => [path, key]));
}
