import { checkImported, cleanText, sizeProblem, type ImportedPhase, type ImportedTopic, type ImportResult } from "./imported-roadmap";

/** A node of a roadmap.sh (React Flow) roadmap file, as far as the import reads it. */
interface FlowNode {
	id: string;
	type: string;
	x: number;
	y: number;
	label: string;
}

interface FlowEdge {
	source: string;
	target: string;
}

/**
 * Reads a roadmap.sh roadmap file (a React Flow export: `nodes` with `type`, `position` and
 * `data.label`; `edges` between them): each topic node, in reading order, opens a phase holding
 * it and the subtopic nodes joined to it; a topic without subtopics joins the phase before it.
 * Layout nodes are skipped; the `title` node names the roadmap. Every topic keeps its node id.
 */
export function importRoadmapSh(text: string, fileName: string): ImportResult {
	const tooLarge = sizeProblem(text);
	if (tooLarge !== undefined) return { ok: false, problem: tooLarge };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, problem: "it is not valid JSON" };
	}
	const graph = readGraph(data);
	if (graph === undefined) return { ok: false, problem: "it is not a roadmap.sh roadmap file (no React Flow nodes with a type and a position)" };
	const { nodes, edges } = graph;
	const title = nodes.find((node) => node.type === "title" && node.label !== "")?.label ?? (cleanText(fileName) || "Imported roadmap");
	const topics = nodes.filter((node) => node.type === "topic" && node.label !== "").sort(readingOrder);
	const subtopics = nodes.filter((node) => node.type === "subtopic" && node.label !== "").sort(readingOrder);
	const owners = ownersOf(topics, subtopics, edges);

	const childrenOf = new Map<string, ImportedTopic[]>();
	for (const sub of subtopics) {
		const owner = owners.get(sub.id) ?? "";
		const children = childrenOf.get(owner) ?? [];
		children.push(asTopic(sub));
		childrenOf.set(owner, children);
	}
	const phases: ImportedPhase[] = [];
	for (const topic of topics) {
		const children = childrenOf.get(topic.id) ?? [];
		const section = { title: topic.label, topics: [asTopic(topic), ...children] };
		const last = phases.at(-1);
		// a phase of one box is not a phase: a lone topic joins the one before it
		if (children.length === 0 && last !== undefined) last.sections.push(section);
		else phases.push({ title: topic.label, sections: [section] });
	}
	if (topics.length === 0 && subtopics.length > 0) {
		phases.push({ title, sections: [{ title, topics: subtopics.map(asTopic) }] });
	}
	return checkImported({ title, phases }, "it is a roadmap.sh file without any topic or subtopic nodes");
}

function asTopic(node: FlowNode): ImportedTopic {
	return { text: node.label, sourceId: node.id };
}

// top to bottom, then left to right; nodes a few pixels apart read as one row
function readingOrder(a: FlowNode, b: FlowNode): number {
	return Math.abs(a.y - b.y) > 10 ? a.y - b.y : a.x - b.x;
}

/**
 * Which topic each subtopic belongs to: the first topic (in reading order) an edge joins it to,
 * directly or through other subtopics; else the nearest topic on the page.
 */
function ownersOf(topics: FlowNode[], subtopics: FlowNode[], edges: FlowEdge[]): Map<string, string> {
	const owners = new Map<string, string>();
	const neighbours = new Map<string, string[]>();
	const join = (from: string, to: string) => {
		const list = neighbours.get(from) ?? [];
		list.push(to);
		neighbours.set(from, list);
	};
	for (const { source, target } of edges) {
		join(source, target);
		join(target, source);
	}
	const isSubtopic = new Set(subtopics.map((node) => node.id));
	for (const topic of topics) {
		const queue = [topic.id];
		while (queue.length > 0) {
			const at = queue.shift() ?? "";
			for (const next of neighbours.get(at) ?? []) {
				if (!isSubtopic.has(next) || owners.has(next)) continue;
				owners.set(next, topic.id);
				queue.push(next);
			}
		}
	}
	for (const sub of subtopics) {
		if (owners.has(sub.id)) continue;
		const nearest = topics.reduce<FlowNode | undefined>((best, t) => (best === undefined || distance(t, sub) < distance(best, sub) ? t : best), undefined);
		if (nearest) owners.set(sub.id, nearest.id);
	}
	return owners;
}

function distance(a: FlowNode, b: FlowNode): number {
	return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The nodes and edges of a React Flow export, or undefined when the data is not one. */
function readGraph(data: unknown): { nodes: FlowNode[]; edges: FlowEdge[] } | undefined {
	if (!isRecord(data) || !Array.isArray(data.nodes)) return undefined;
	const nodes: FlowNode[] = [];
	for (const raw of data.nodes) {
		if (!isRecord(raw) || !isRecord(raw.position)) continue;
		const { id, type } = raw;
		const { x, y } = raw.position;
		if (typeof type !== "string" || (typeof id !== "string" && typeof id !== "number") || typeof x !== "number" || typeof y !== "number") continue;
		const label = isRecord(raw.data) && typeof raw.data.label === "string" ? cleanText(raw.data.label) : "";
		nodes.push({ id: String(id), type, x, y, label });
	}
	if (nodes.length === 0) return undefined;
	const edges: FlowEdge[] = [];
	for (const raw of Array.isArray(data.edges) ? data.edges : []) {
		if (isRecord(raw) && (typeof raw.source === "string" || typeof raw.source === "number") && (typeof raw.target === "string" || typeof raw.target === "number")) {
			edges.push({ source: String(raw.source), target: String(raw.target) });
		}
	}
	return { nodes, edges };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
