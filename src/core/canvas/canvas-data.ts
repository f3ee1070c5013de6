/**
 * JSON Canvas 1.0 (https://jsoncanvas.org), the format of Obsidian's `.canvas` files: reading a file's
 * text, writing it back the way Obsidian does, and telling whether two canvases hold the same data.
 * Keys this module does not know (the learner's, another plugin's, a future version's) are kept.
 */

/** A preset (`"1"`…`"6"`) or a hex colour (`"#FF0000"`). */
type CanvasColour = string;
export type NodeSide = "top" | "right" | "bottom" | "left";
export const NODE_SIDES: readonly NodeSide[] = ["top", "right", "bottom", "left"];

export interface CanvasNode {
	id: string;
	type: string;
	x: number;
	y: number;
	width: number;
	height: number;
	color?: CanvasColour;
	/** File nodes: the vault path of the file shown. */
	file?: string;
	/** Group nodes: the label drawn above the group. */
	label?: string;
	[key: string]: unknown;
}

export interface CanvasEdge {
	id: string;
	fromNode: string;
	toNode: string;
	fromSide?: NodeSide;
	toSide?: NodeSide;
	color?: CanvasColour;
	label?: string;
	[key: string]: unknown;
}

export interface CanvasDoc {
	nodes: CanvasNode[];
	edges: CanvasEdge[];
	[key: string]: unknown;
}

type ParsedCanvas = { ok: true; canvas: CanvasDoc } | { ok: false; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a canvas file's text. Empty text is an empty canvas (Obsidian writes nothing for a new
 * one); missing `nodes` or `edges` are empty lists. Anything else that is not a JSON object with
 * lists of objects carrying an `id` is refused, so it can be left untouched.
 */
export function parseCanvas(text: string): ParsedCanvas {
	if (text.trim() === "") return { ok: true, canvas: { nodes: [], edges: [] } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return { ok: false, reason: e instanceof Error ? e.message : String(e) };
	}
	if (!isObject(data)) return { ok: false, reason: "the file is not a JSON object" };
	const nodes = data.nodes ?? [];
	const edges = data.edges ?? [];
	if (!Array.isArray(nodes) || !nodes.every((n) => isObject(n) && typeof n.id === "string")) {
		return { ok: false, reason: '"nodes" is not a list of nodes with an id' };
	}
	if (!Array.isArray(edges) || !edges.every((e) => isObject(e) && typeof e.id === "string")) {
		return { ok: false, reason: '"edges" is not a list of edges with an id' };
	}
	return { ok: true, canvas: { ...data, nodes: nodes as CanvasNode[], edges: edges as CanvasEdge[] } };
}

/**
 * The text Obsidian itself writes for a canvas: tab-indented, one node or edge per line, so a
 * learner's diff (or a sync conflict) shows one line per changed node.
 */
export function canvasText(canvas: CanvasDoc): string {
	const { nodes, edges, ...rest } = canvas;
	const list = (items: readonly unknown[]) =>
		items.length === 0 ? "[]" : `[\n${items.map((item) => `\t\t${JSON.stringify(item)}`).join(",\n")}\n\t]`;
	const parts = [`\t"nodes":${list(nodes)}`, `\t"edges":${list(edges)}`];
	for (const [key, value] of Object.entries(rest)) {
		if (value !== undefined) parts.push(`\t${JSON.stringify(key)}:${JSON.stringify(value)}`);
	}
	return `{\n${parts.join(",\n")}\n}`;
}

/** Whether two canvases hold the same data, whatever the key order or the formatting. */
export function sameCanvas(a: unknown, b: unknown): boolean {
	return canonical(a) === canonical(b);
}

/** Whether two canvas texts hold the same data; two texts that are not both canvases are the same only byte for byte. */
export function sameCanvasText(a: string, b: string): boolean {
	if (a === b) return true;
	const pa = parseCanvas(a);
	const pb = parseCanvas(b);
	return pa.ok && pb.ok && sameCanvas(pa.canvas, pb.canvas);
}

function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
	);
}

/** A deep copy (canvas data is plain JSON). */
export function cloneCanvas<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
