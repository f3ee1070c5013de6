/**
 * The roadmap as a JSON Canvas map: a group per level holding its phases top to bottom, each phase's
 * projects in a column beside it, edges phase → next phase and phase → project. Pure: the same roadmap always
 * gives the same canvas, with ids made from what a node stands for (never from its position).
 */
import type { CanvasEdge, CanvasNode } from "./canvas-data";

/**
 * What a node of the map stands for: `level:<id>`, `group:other` (phases in no level),
 * `phase:<number>` or `project:<id>`. An edge's key joins its ends: `phase:3->project:3.1`.
 */
export type MapKey = string;

interface MapProject {
	id: string;
	title: string;
	/** Vault path of the project note (where it is now, or where it will be generated). */
	file: string;
}

interface MapPhase {
	number: number;
	title: string;
	file: string;
	projects: MapProject[];
}

interface MapLevel {
	id: string;
	title: string;
	phases: number[];
}

/** What the map is drawn from: the roadmap's phases, projects and levels, and where their notes are. */
export interface RoadmapMap {
	roadmapId: string;
	title: string;
	phases: MapPhase[];
	levels: MapLevel[];
}

interface PlannedNode {
	key: MapKey;
	node: CanvasNode;
}

interface PlannedEdge {
	key: MapKey;
	from: MapKey;
	to: MapKey;
	edge: CanvasEdge;
}

export interface PlannedCanvas {
	nodes: PlannedNode[];
	edges: PlannedEdge[];
}

/**
 * Sizes in canvas pixels. At Obsidian's default zoom (100 %) a canvas pixel is a screen pixel: no
 * node is wider than 400, so each one fits a phone's screen, and a phase row fits a laptop's.
 */
export const MAP_LAYOUT = {
	phase: { width: 400, height: 160 },
	project: { width: 320, height: 120 },
	/**
	 * Projects per row beside their phase before wrapping. One: a column, so every phase → project
	 * edge reaches its project without crossing another (and the map stays narrow for a phone).
	 */
	projectColumns: 1,
	/** Between a phase and its first project. */
	phaseToProjects: 80,
	/** Between projects, and between the rows of a phase's projects. */
	projectGap: 30,
	/** Between a phase's row and the next. */
	rowGap: 80,
	/** Inside a group, around its nodes. */
	padding: 40,
	/** Between groups (room for the next group's label). */
	groupGap: 120,
} as const;

const OTHER_GROUP = "group:other";

type NodeFields = { type: string; x: number; y: number; width: number; height: number; file?: string; label?: string };

/**
 * The id of a key in a roadmap's canvas: `lr-sql-basics-project-1.1` for a node,
 * `lr-sql-basics-edge-phase-1-project-1.1` for an edge.
 */
export function mapId(roadmapId: string, key: MapKey): string {
	const [from, to] = key.split("->");
	const part = (k: string) => k.replace(/:/gu, "-");
	return to === undefined ? `lr-${roadmapId}-${part(from!)}` : `lr-${roadmapId}-edge-${part(from!)}-${part(to)}`;
}

/** The key a node id stands for in this roadmap's canvas (the inverse of `mapId` for nodes), if any. */
export function keyOfMapId(roadmapId: string, id: string): MapKey | undefined {
	const prefix = `lr-${roadmapId}-`;
	if (!id.startsWith(prefix)) return undefined;
	const match = /^(level|group|phase|project)-(.+)$/u.exec(id.slice(prefix.length));
	if (!match) return undefined;
	return `${match[1]}:${match[2]}`;
}

/** The keys of a phase and a project (the names used in `removed`, see docs/canvas.md). */
export const phaseKey = (n: number): MapKey => `phase:${n}`;
export const projectKey = (id: string): MapKey => `project:${id}`;
const levelKey = (id: string): MapKey => `level:${id}`;

/** The groups of the map: each level with the phases it claims first, in roadmap order; phases in no level last. */
export function mapGroups(map: RoadmapMap): { key: MapKey; label: string; phases: MapPhase[] }[] {
	const placed = new Set<number>();
	const groups: { key: MapKey; label: string; phases: MapPhase[] }[] = [];
	for (const level of map.levels) {
		const phases = map.phases.filter((p) => level.phases.includes(p.number) && !placed.has(p.number));
		phases.forEach((p) => placed.add(p.number));
		if (phases.length > 0) groups.push({ key: levelKey(level.id), label: level.title, phases });
	}
	const rest = map.phases.filter((p) => !placed.has(p.number));
	if (rest.length > 0) groups.push({ key: OTHER_GROUP, label: map.levels.length > 0 ? "Other phases" : map.title, phases: rest });
	const order = (g: { phases: MapPhase[] }) => map.phases.indexOf(g.phases[0]!);
	return groups.sort((a, b) => order(a) - order(b));
}

/** Lays the roadmap out on a grid. Groups come first in `nodes`, so they are drawn below their phases. */
export function layoutRoadmapCanvas(map: RoadmapMap): PlannedCanvas {
	const L = MAP_LAYOUT;
	const columns = Math.min(L.projectColumns, Math.max(0, ...map.phases.map((p) => p.projects.length)));
	const projectsWidth = columns === 0 ? 0 : L.phaseToProjects + columns * L.project.width + (columns - 1) * L.projectGap;
	const groupWidth = 2 * L.padding + L.phase.width + projectsWidth;
	const groups: PlannedNode[] = [];
	const notes: PlannedNode[] = [];
	const edges: PlannedEdge[] = [];
	const node = (key: MapKey, fields: NodeFields): PlannedNode => ({ key, node: { id: mapId(map.roadmapId, key), ...fields } });
	const edge = (from: MapKey, to: MapKey, fromSide: CanvasEdge["fromSide"], toSide: CanvasEdge["toSide"]): PlannedEdge => {
		const key = `${from}->${to}`;
		return {
			key,
			from,
			to,
			edge: { id: mapId(map.roadmapId, key), fromNode: mapId(map.roadmapId, from), fromSide, toNode: mapId(map.roadmapId, to), toSide },
		};
	};

	let y = 0;
	for (const group of mapGroups(map)) {
		const top = y;
		y += L.padding;
		for (const phase of group.phases) {
			const x = L.padding;
			notes.push(node(phaseKey(phase.number), { type: "file", file: phase.file, x, y, ...L.phase }));
			phase.projects.forEach((project, i) => {
				const column = i % L.projectColumns;
				const row = Math.floor(i / L.projectColumns);
				notes.push(
					node(projectKey(project.id), {
						type: "file",
						file: project.file,
						x: x + L.phase.width + L.phaseToProjects + column * (L.project.width + L.projectGap),
						y: y + row * (L.project.height + L.projectGap),
						...L.project,
					}),
				);
				edges.push(edge(phaseKey(phase.number), projectKey(project.id), "right", "left"));
			});
			const rows = Math.ceil(phase.projects.length / L.projectColumns);
			const rowHeight = Math.max(L.phase.height, rows * L.project.height + (rows - 1) * L.projectGap);
			y += rowHeight + L.rowGap;
		}
		y += L.padding - L.rowGap;
		groups.push(node(group.key, { type: "group", label: group.label, x: 0, y: top, width: groupWidth, height: y - top }));
		y += L.groupGap;
	}
	// phase → next phase, in roadmap order, first
	const chain = map.phases.slice(1).map((phase, i) => edge(phaseKey(map.phases[i]!.number), phaseKey(phase.number), "bottom", "top"));
	return { nodes: [...groups, ...notes], edges: [...chain, ...edges] };
}
