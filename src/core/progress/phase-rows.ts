import { phaseOfProject } from "../roadmap/project-id";
import type { Phase, Roadmap } from "../roadmap/roadmap-schema";
import { noteShare } from "./note-share";
import type { PhaseProgress, ProjectProgress, RoadmapNote } from "./progress-model";

/**
 * The phase rows of a roadmap's progress, each with its projects. A tick runs this once, cold (the
 * engine has no reason to optimise code that runs once a tick), so it does as little as it can: the
 * roadmap's outline is read once per roadmap, and a row whose note and projects are the ones of the
 * last computation is that very row again — which the view then compares by identity.
 */
export function phaseRows(roadmap: Roadmap | undefined, phaseNotes: ReadonlyMap<number, RoadmapNote>, projectNotes: ReadonlyMap<string, RoadmapNote>): PhaseProgress[] {
	const outline = roadmap ? outlineOf(roadmap) : EMPTY_OUTLINE;
	// Project notes the outline does not place in their phase: in that phase too (as the data's own).
	let extra: Map<number, string[]> | undefined;
	for (const [id, note] of projectNotes) {
		const n = note.phase ?? phaseOfProject(id);
		if (outline.projectIds.get(n)?.includes(id)) continue;
		extra ??= new Map();
		extra.set(n, [...(extra.get(n) ?? []), id]);
	}
	const numbers = new Set<number>([...outline.phases.keys(), ...phaseNotes.keys(), ...(extra?.keys() ?? [])]);
	return [...numbers]
		.sort((a, b) => a - b)
		.map((number) => {
			const ids = outline.projectIds.get(number) ?? [];
			const more = extra?.get(number);
			const projectIds = more ? sortProjectIds([...ids, ...more]) : ids;
			const projects = projectIds.map((id) => projectRow(id, number, projectNotes.get(id), outline.titles.get(id)));
			return phaseRow(number, phaseNotes.get(number), outline.phases.get(number), projects);
		});
}

/** The roadmap's phases, its projects' titles, and each phase's project ids in order, as its data lists them. */
interface Outline {
	phases: ReadonlyMap<number, Phase>;
	titles: ReadonlyMap<string, string>;
	projectIds: ReadonlyMap<number, readonly string[]>;
}

const EMPTY_OUTLINE: Outline = { phases: new Map(), titles: new Map(), projectIds: new Map() };
const outlines = new WeakMap<Roadmap, Outline>();

function outlineOf(roadmap: Roadmap): Outline {
	let outline = outlines.get(roadmap);
	if (!outline) {
		const phases = new Map(roadmap.phases.map((p) => [p.number, p]));
		const titles = new Map<string, string>();
		for (const phase of phases.values()) for (const project of phase.projects) titles.set(project.id, project.title);
		const projectIds = new Map([...phases.values()].map((p) => [p.number, sortProjectIds([...new Set(p.projects.map((project) => project.id))])]));
		outline = { phases, titles, projectIds };
		outlines.set(roadmap, outline);
	}
	return outline;
}

// The row made from a note last time, with what else it was made from: the same inputs give it back.
const phaseMade = new WeakMap<RoadmapNote, { phase: Phase | undefined; projects: readonly ProjectProgress[]; row: PhaseProgress }>();
const projectMade = new WeakMap<RoadmapNote, { id: string; phase: number; title: string | undefined; row: ProjectProgress }>();

function phaseRow(number: number, note: RoadmapNote | undefined, phase: Phase | undefined, projects: ProjectProgress[]): PhaseProgress {
	const made = note ? phaseMade.get(note) : undefined;
	if (made && made.row.number === number && made.phase === phase && sameItems(made.projects, projects)) return made.row;
	const share = note ? noteShare(note) : undefined;
	// Written out field by field: object spreads cost more here than the rest of the aggregation.
	const row: PhaseProgress = {
		done: share?.count.done ?? 0,
		total: share?.count.total ?? 0,
		started: share?.count.started ?? 0,
		number,
		title: note?.title ?? phase?.title ?? `Phase ${number}`,
		path: note?.path,
		sections: share?.sections ?? [],
		projects,
		projectsComplete: projects.filter((p) => p.complete).length,
	};
	const level = note?.level ?? phase?.level;
	if (level !== undefined) row.level = level;
	if (note) phaseMade.set(note, { phase, projects, row });
	return row;
}

function projectRow(id: string, phase: number, note: RoadmapNote | undefined, dataTitle: string | undefined): ProjectProgress {
	const made = note ? projectMade.get(note) : undefined;
	if (made && made.id === id && made.phase === phase && made.title === dataTitle) return made.row;
	const share = note ? noteShare(note) : undefined;
	const done = share?.count.done ?? 0;
	const total = share?.count.total ?? 0;
	const complete = total > 0 && done === total;
	const row: ProjectProgress = { done, total, started: share?.count.started ?? 0, id, title: note?.title ?? dataTitle ?? `Project ${id}`, phase, path: note?.path, complete };
	// the same rule as the note's `completed` property
	if (complete && share?.latestDone !== undefined) row.completedOn = share.latestDone;
	if (note) projectMade.set(note, { id, phase, title: dataTitle, row });
	return row;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Project ids in number order, part by part: 3.2 before 3.10. */
function sortProjectIds(ids: readonly string[]): string[] {
	return ids
		.map((id) => ({ id, parts: id.split(".").map(Number) }))
		.sort((a, b) => {
			const [aMajor = 0, aMinor = 0] = a.parts;
			const [bMajor = 0, bMinor = 0] = b.parts;
			return aMajor - bMajor || aMinor - bMinor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
		})
		.map((entry) => entry.id);
}
