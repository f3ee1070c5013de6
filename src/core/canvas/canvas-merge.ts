/**
 * Puts the planned map into a canvas the learner may have changed, keeping every change: nodes they
 * moved, resized, recoloured or added, and edges they drew. A node of the map is recognised by the
 * note it shows (where that note is now), else by its id; never by its position.
 */
import { cloneCanvas, type CanvasDoc, type CanvasEdge, type CanvasNode } from "./canvas-data";
import { keyOfMapId, type MapKey, type PlannedCanvas } from "./canvas-layout";

/** The top-level key of a canvas under which the learner lists what must not come back. */
const CANVAS_SETTINGS_KEY = "learning-roadmap";

/**
 * What the learner marked as removed: `"learning-roadmap": { "removed": [...] }` at the top of the
 * canvas, each entry a key (`project:3.3`, `phase:12`, `level:expert`, `phase:3->project:3.1`) or
 * the vault path of a note. Anything else there is ignored.
 */
function removedMarks(canvas: CanvasDoc): Set<string> {
	const own = canvas[CANVAS_SETTINGS_KEY];
	const removed = typeof own === "object" && own !== null ? (own as { removed?: unknown }).removed : undefined;
	return new Set(Array.isArray(removed) ? removed.filter((r): r is string => typeof r === "string") : []);
}

/** Whether a canvas is this roadmap's map: one of its nodes or edges carries an id the map gives. */
export function isRoadmapCanvas(canvas: CanvasDoc, roadmapId: string): boolean {
	const prefix = `lr-${roadmapId}-`;
	return [...canvas.nodes, ...canvas.edges].some((item) => item.id.startsWith(prefix));
}

/**
 * The nodes of the map in a canvas, by key. First the file nodes showing a roadmap note (`keyOfFile`
 * says which note is which, wherever it lives now: the first node wins); then, for keys still
 * unclaimed, the node with the map's id for it — a group, or a file node whose file is no roadmap
 * note any more (a note moved while the canvas was not looking).
 */
export function findMapNodes(canvas: CanvasDoc, roadmapId: string, keyOfFile: ReadonlyMap<string, MapKey>): Map<MapKey, CanvasNode> {
	const found = new Map<MapKey, CanvasNode>();
	for (const node of canvas.nodes) {
		const key = node.type === "file" && typeof node.file === "string" ? keyOfFile.get(node.file) : undefined;
		if (key !== undefined && !found.has(key)) found.set(key, node);
	}
	for (const node of canvas.nodes) {
		const key = keyOfMapId(roadmapId, node.id);
		if (key === undefined || found.has(key)) continue;
		if (node.type === "group" || (node.type === "file" && (typeof node.file !== "string" || !keyOfFile.has(node.file)))) {
			found.set(key, node);
		}
	}
	return found;
}

interface MergeCanvasInput {
	/** The canvas as it is (parsed), or undefined when there is none yet. */
	existing: CanvasDoc | undefined;
	roadmapId: string;
	planned: PlannedCanvas;
	/** The key of each roadmap note, by its vault path now. */
	keyOfFile: ReadonlyMap<string, MapKey>;
}

/**
 * The canvas with every node and edge of the map that is missing added back at its planned place,
 * except those the learner marked as removed. Nothing already there is moved, resized or recoloured;
 * a map node showing a note that moved is pointed at the note's new path.
 */
export function mergeCanvas({ existing, roadmapId, planned, keyOfFile }: MergeCanvasInput): CanvasDoc {
	const canvas: CanvasDoc = existing ? cloneCanvas(existing) : { nodes: [], edges: [] };
	const removed = removedMarks(canvas);
	const nodes = findMapNodes(canvas, roadmapId, keyOfFile);
	const ids = new Set([...canvas.nodes, ...canvas.edges].map((item) => item.id));
	const unique = (id: string) => {
		let candidate = id;
		for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
		ids.add(candidate);
		return candidate;
	};

	const addedGroups: CanvasNode[] = [];
	for (const { key, node } of planned.nodes) {
		const present = nodes.get(key);
		if (present) {
			if (present.type === "file" && node.file !== undefined && present.file !== node.file && keyOfFile.get(String(present.file)) !== key) {
				present.file = node.file;
			}
			continue;
		}
		if (removed.has(key) || (node.file !== undefined && removed.has(node.file))) continue;
		const added: CanvasNode = { ...node, id: unique(node.id) };
		nodes.set(key, added);
		// a group goes below everything, so it never covers the nodes inside it
		if (added.type === "group") addedGroups.push(added);
		else canvas.nodes.push(added);
	}
	canvas.nodes.unshift(...addedGroups);

	for (const { key, from, to, edge } of planned.edges) {
		const a = nodes.get(from);
		const b = nodes.get(to);
		if (!a || !b || removed.has(key)) continue;
		const joined = canvas.edges.some((e) => (e.fromNode === a.id && e.toNode === b.id) || (e.fromNode === b.id && e.toNode === a.id));
		if (joined) continue;
		const added: CanvasEdge = { ...edge, id: unique(edge.id), fromNode: a.id, toNode: b.id };
		canvas.edges.push(added);
	}
	return canvas;
}
