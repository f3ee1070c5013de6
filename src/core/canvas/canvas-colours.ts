/**
 * The live colours of the map: each node the plugin owns takes the canvas preset of its status.
 * A colour is the plugin's when it is one of the status presets (or no colour); any other colour
 * was chosen by the learner and is never changed.
 */
import { cloneCanvas, type CanvasDoc, type CanvasNode } from "./canvas-data";
import { findMapNodes } from "./canvas-merge";
import { mapGroups, phaseKey, projectKey, type MapKey, type RoadmapMap } from "./canvas-layout";

type MapStatus = "not-started" | "in-progress" | "complete";

/** Canvas presets: "4" is green, "3" yellow; not started has no colour (the theme's default). */
export const STATUS_COLOURS: Readonly<Record<MapStatus, string | undefined>> = {
	complete: "4",
	"in-progress": "3",
	"not-started": undefined,
};

/** Whether a node's colour is one the plugin may replace: no colour, or a status preset. */
function isStatusColour(colour: unknown): boolean {
	return colour === undefined || colour === "" || Object.values(STATUS_COLOURS).includes(colour as string);
}

/** What a count of boxes means: complete when every counted box is done, started when any is done or started. */
function statusOfCount(count: { done: number; total: number; started: number }): MapStatus {
	if (count.total > 0 && count.done === count.total) return "complete";
	return count.done > 0 || count.started > 0 ? "in-progress" : "not-started";
}

/** A group's status from its phases' and projects' own: complete when all are, started when any is. */
function combine(statuses: MapStatus[]): MapStatus {
	if (statuses.length > 0 && statuses.every((s) => s === "complete")) return "complete";
	return statuses.some((s) => s !== "not-started") ? "in-progress" : "not-started";
}

/** The counts a map's statuses come from: each phase's topics, each project's boxes. */
export interface MapCounts {
	phases: { number: number; done: number; total: number; started: number; projects: { id: string; done: number; total: number; started: number }[] }[];
}

/** The status of every node of the map, by key; a level (group) from the phases and projects inside it. */
export function mapStatuses(map: RoadmapMap, counts: MapCounts): Map<MapKey, MapStatus> {
	const statuses = new Map<MapKey, MapStatus>();
	for (const phase of counts.phases) {
		statuses.set(phaseKey(phase.number), statusOfCount(phase));
		for (const project of phase.projects) statuses.set(projectKey(project.id), statusOfCount(project));
	}
	for (const group of mapGroups(map)) {
		const inside = group.phases.flatMap((p) => [phaseKey(p.number), ...p.projects.map((j) => projectKey(j.id))]);
		statuses.set(group.key, combine(inside.map((k) => statuses.get(k) ?? "not-started")));
	}
	return statuses;
}

interface ColouredCanvas {
	canvas: CanvasDoc;
	/** How many nodes changed colour. */
	changed: number;
}

/**
 * Gives each map node in the canvas the preset of its status, unless the learner coloured it by hand.
 * Nothing else changes; a canvas whose colours already agree comes back as it was, with `changed: 0`,
 * and costs a look at its map nodes only (the canvas is copied only when a colour changes).
 */
export function colourCanvas(canvas: CanvasDoc, roadmapId: string, keyOfFile: ReadonlyMap<string, MapKey>, statuses: ReadonlyMap<MapKey, MapStatus>): ColouredCanvas {
	const recoloured = new Map<CanvasNode, string | undefined>();
	for (const [key, node] of findMapNodes(canvas, roadmapId, keyOfFile)) {
		const status = statuses.get(key);
		if (status === undefined || !isStatusColour(node.color)) continue;
		const wanted = STATUS_COLOURS[status];
		if ((node.color ?? "") !== (wanted ?? "")) recoloured.set(node, wanted);
	}
	if (recoloured.size === 0) return { canvas, changed: 0 };
	const result = cloneCanvas(canvas);
	canvas.nodes.forEach((node, i) => {
		const copy = result.nodes[i];
		if (!copy || !recoloured.has(node)) return;
		const wanted = recoloured.get(node);
		if (wanted === undefined) delete copy.color;
		else copy.color = wanted;
	});
	return { canvas: result, changed: recoloured.size };
}
