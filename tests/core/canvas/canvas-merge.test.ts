import { describe, expect, it } from "vitest";
import { canvasText, parseCanvas, sameCanvas, type CanvasDoc } from "../../../src/core/canvas/canvas-data";
import { layoutRoadmapCanvas } from "../../../src/core/canvas/canvas-layout";
import { isRoadmapCanvas, mergeCanvas } from "../../../src/core/canvas/canvas-merge";
import { keysOf, ownMap, realMap } from "./maps";

const map = realMap();
const planned = layoutRoadmapCanvas(map);
const keyOfFile = keysOf(map);
const ID = map.roadmapId;
const generate = (existing?: CanvasDoc) => mergeCanvas({ existing, roadmapId: ID, planned, keyOfFile });
const node = (canvas: CanvasDoc, id: string) => canvas.nodes.find((n) => n.id === id)!;
const P33 = `lr-${ID}-project-3.3`;

describe("Merging the map into the learner's canvas", () => {
	it("writes the whole map into a new canvas, and a second run changes nothing", () => {
		const first = generate();
		expect(first.nodes).toHaveLength(4 + 12 + 35);
		expect(first.edges).toHaveLength(11 + 35);
		expect(isRoadmapCanvas(first, ID)).toBe(true);
		const again = generate(first);
		expect(sameCanvas(again, first)).toBe(true);
		expect(canvasText(again)).toBe(canvasText(first));
	});

	it("keeps nodes the learner moved, resized and recoloured, nodes and edges they added, and their own keys", () => {
		const canvas = generate();
		Object.assign(node(canvas, P33), { x: -999, y: 5000, width: 250, height: 77, color: "#123456", shape: "pill" });
		Object.assign(node(canvas, `lr-${ID}-level-beginner`), { x: 40, width: 3000, label: "Getting going" });
		canvas.nodes.push({ id: "mine1", type: "text", text: "My notes", x: 0, y: 0, width: 200, height: 100 });
		canvas.edges.push({ id: "myedge", fromNode: "mine1", toNode: P33, label: "why" });
		canvas.theme = "mine";
		const before = structuredClone(canvas);
		const again = generate(canvas);
		expect(again).toEqual(before);
	});

	it("recognises a node by the note it shows, not by its id or position: a copy made by the learner is not doubled", () => {
		const canvas = generate();
		const p33 = node(canvas, P33);
		// the learner deleted the map's node and made their own showing the same note
		canvas.nodes = canvas.nodes.filter((n) => n !== p33);
		canvas.nodes.push({ ...p33, id: "a1b2c3", x: 10, y: 10 });
		const again = generate(canvas);
		expect(again.nodes.filter((n) => n.file === p33.file)).toEqual([{ ...p33, id: "a1b2c3", x: 10, y: 10 }]);
		// its edge comes back, to the learner's node
		expect(again.edges.filter((e) => e.toNode === "a1b2c3").map((e) => e.fromNode)).toEqual([`lr-${ID}-phase-3`]);
	});

	it("follows a note that moved: the node showing it stays where the learner put it", () => {
		const canvas = generate();
		const p33 = node(canvas, P33);
		Object.assign(p33, { x: 1, y: 2 });
		const moved = new Map(keyOfFile);
		moved.delete(p33.file!);
		moved.set("Elsewhere/Stock ETL.md", "project:3.3");
		const movedMap = { ...map, phases: map.phases.map((p) => ({ ...p, projects: p.projects.map((j) => (j.id === "3.3" ? { ...j, file: "Elsewhere/Stock ETL.md" } : j)) })) };
		// Obsidian already pointed the node at the new path: nothing to do
		const renamed = structuredClone(canvas);
		node(renamed, P33).file = "Elsewhere/Stock ETL.md";
		const a = mergeCanvas({ existing: renamed, roadmapId: ID, planned: layoutRoadmapCanvas(movedMap), keyOfFile: moved });
		expect(a).toEqual(renamed);
		// the node still shows the old path (no such note now): it is pointed at the new one, not doubled
		const b = mergeCanvas({ existing: canvas, roadmapId: ID, planned: layoutRoadmapCanvas(movedMap), keyOfFile: moved });
		expect(b.nodes.filter((n) => n.id.startsWith(P33))).toEqual([{ ...p33, file: "Elsewhere/Stock ETL.md" }]);
		expect(b.nodes).toHaveLength(canvas.nodes.length);
	});

	it("brings back a node the learner deleted, with its edges, at its planned place", () => {
		const canvas = generate();
		const p33 = node(canvas, P33);
		canvas.nodes = canvas.nodes.filter((n) => n !== p33);
		canvas.edges = canvas.edges.filter((e) => e.toNode !== P33);
		const again = generate(canvas);
		expect(node(again, P33)).toEqual(p33);
		expect(again.edges.filter((e) => e.toNode === P33)).toHaveLength(1);
		expect(again.nodes).toHaveLength(51);
	});

	it("does not bring back a node the learner deleted and marked as removed (by key or by path), nor its edges", () => {
		for (const mark of ["project:3.3", planned.nodes.find((p) => p.key === "project:3.3")!.node.file!]) {
			const canvas = generate();
			canvas.nodes = canvas.nodes.filter((n) => n.id !== P33);
			canvas.edges = canvas.edges.filter((e) => e.toNode !== P33);
			canvas["learning-roadmap"] = { removed: [mark] };
			const again = generate(canvas);
			expect(again.nodes.filter((n) => n.id === P33), mark).toHaveLength(0);
			expect(again.edges.filter((e) => e.toNode === P33)).toHaveLength(0);
			expect(sameCanvas(again, canvas)).toBe(true);
		}
	});

	it("brings back a deleted edge unless marked removed; an edge the learner drew the other way counts", () => {
		const canvas = generate();
		const e = canvas.edges.find((x) => x.id === `lr-${ID}-edge-phase-3-phase-4`)!;
		canvas.edges = canvas.edges.filter((x) => x !== e);
		expect(generate(canvas).edges).toContainEqual(e);
		canvas.edges.push({ id: "back", fromNode: e.toNode, toNode: e.fromNode });
		expect(generate(canvas).edges).toHaveLength(canvas.edges.length);
		canvas.edges = canvas.edges.filter((x) => x.id !== "back");
		canvas["learning-roadmap"] = { removed: ["phase:3->phase:4"] };
		expect(generate(canvas).edges).toHaveLength(canvas.edges.length);
	});

	it("brings back a deleted group below everything, and never reuses an id the learner took", () => {
		const canvas = generate();
		canvas.nodes = canvas.nodes.filter((n) => n.id !== `lr-${ID}-level-expert`);
		canvas.nodes.push({ id: `lr-${ID}-project-1.1`.replace("1.1", "x"), type: "text", text: "", x: 0, y: 0, width: 1, height: 1 });
		const again = generate(canvas);
		expect(again.nodes[0]).toMatchObject({ id: `lr-${ID}-level-expert`, type: "group", label: "Expert" });
	});

	it("gives an added node a fresh id when the learner's node already uses the map's id", () => {
		const small = ownMap(1, () => 1);
		const plan = layoutRoadmapCanvas(small);
		const canvas: CanvasDoc = { nodes: [{ id: "lr-own-project-1.1", type: "text", text: "mine", x: 0, y: 0, width: 10, height: 10 }], edges: [] };
		const merged = mergeCanvas({ existing: canvas, roadmapId: "own", planned: plan, keyOfFile: keysOf(small) });
		const ids = merged.nodes.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(merged.nodes.filter((n) => n.file === "Own/Project 1.1.md").map((n) => n.id)).toEqual(["lr-own-project-1.1-2"]);
		expect(merged.nodes[1]).toEqual(canvas.nodes[0]);
	});

	it("tells the map from another canvas by the ids of its nodes", () => {
		expect(isRoadmapCanvas({ nodes: [{ id: "abc", type: "text", x: 0, y: 0, width: 1, height: 1 }], edges: [] }, ID)).toBe(false);
		expect(isRoadmapCanvas({ nodes: [], edges: [] }, ID)).toBe(false);
	});
});

describe("Reading and writing canvas text", () => {
	it("refuses what is not a canvas, and reads an empty file as an empty canvas", () => {
		expect(parseCanvas("{ nodes: [").ok).toBe(false);
		expect(parseCanvas("[]").ok).toBe(false);
		expect(parseCanvas('{"nodes": {}}').ok).toBe(false);
		expect(parseCanvas('{"nodes": [{"x": 1}]}').ok).toBe(false);
		expect(parseCanvas("")).toEqual({ ok: true, canvas: { nodes: [], edges: [] } });
		expect(parseCanvas('{"nodes":[]}')).toEqual({ ok: true, canvas: { nodes: [], edges: [] } });
	});

	it("writes one node per line, tab-indented, as Obsidian does, keeping unknown top-level keys", () => {
		const text = canvasText({ nodes: [{ id: "a", type: "text", x: 0, y: 0, width: 1, height: 1 }], edges: [], extra: { b: 1 } });
		expect(text).toBe('{\n\t"nodes":[\n\t\t{"id":"a","type":"text","x":0,"y":0,"width":1,"height":1}\n\t],\n\t"edges":[],\n\t"extra":{"b":1}\n}');
		expect(JSON.parse(text)).toEqual({ nodes: [{ id: "a", type: "text", x: 0, y: 0, width: 1, height: 1 }], edges: [], extra: { b: 1 } });
	});
});
