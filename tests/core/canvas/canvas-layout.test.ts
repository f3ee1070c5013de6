import { describe, expect, it } from "vitest";
import { NODE_SIDES, parseCanvas, canvasText, type CanvasNode } from "../../../src/core/canvas/canvas-data";
import { keyOfMapId, layoutRoadmapCanvas, mapId, MAP_LAYOUT, type PlannedCanvas } from "../../../src/core/canvas/canvas-layout";
import { ownMap, realMap } from "./maps";

const overlap = (a: CanvasNode, b: CanvasNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: CanvasNode, outer: CanvasNode) =>
	inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** What JSON Canvas 1.0 requires, and what this map promises: checked on every layout below. */
function expectValidMap(planned: PlannedCanvas, phases: number, projects: number, groups: number): void {
	const nodes = planned.nodes.map((p) => p.node);
	const files = nodes.filter((n) => n.type === "file");
	const groupNodes = nodes.filter((n) => n.type === "group");
	expect(files).toHaveLength(phases + projects);
	expect(groupNodes).toHaveLength(groups);
	expect(planned.edges).toHaveLength(phases - 1 + projects);
	const ids = [...nodes.map((n) => n.id), ...planned.edges.map((e) => e.edge.id)];
	expect(new Set(ids).size).toBe(ids.length);
	for (const n of nodes) {
		for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isInteger(v), `${n.id}: ${v}`).toBe(true);
		expect(n.width).toBeGreaterThan(0);
	}
	// a note fits a phone's screen at the default zoom
	for (const n of files) expect(n.width).toBeLessThanOrEqual(400);
	for (const { edge } of planned.edges) {
		expect(NODE_SIDES).toContain(edge.fromSide);
		expect(NODE_SIDES).toContain(edge.toSide);
		expect(ids).toContain(edge.fromNode);
		expect(ids).toContain(edge.toNode);
	}
	// no two notes overlap, every note is inside exactly one group, groups do not overlap
	for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) expect(overlap(files[i], files[j]), `${files[i].file} / ${files[j].file}`).toBe(false);
	for (const f of files) expect(groupNodes.filter((g) => inside(f, g)), f.file).toHaveLength(1);
	for (let i = 0; i < groupNodes.length; i++) for (let j = i + 1; j < groupNodes.length; j++) expect(overlap(groupNodes[i], groupNodes[j])).toBe(false);
	// groups come first, so they are drawn below the notes
	expect(nodes.slice(0, groups).every((n) => n.type === "group")).toBe(true);
	// what the file holds reads back as the same canvas
	const parsed = parseCanvas(canvasText({ nodes, edges: planned.edges.map((e) => e.edge) }));
	expect(parsed.ok && parsed.canvas.nodes).toEqual(nodes);
}

describe("The roadmap map's layout", () => {
	it("fits the bundled roadmap's 12 phases and 35 projects in its 4 level groups without overlap", () => {
		const planned = layoutRoadmapCanvas(realMap());
		expectValidMap(planned, 12, 35, 4);
		const labels = planned.nodes.filter((p) => p.node.type === "group").map((p) => p.node.label);
		expect(labels).toEqual(["Beginner", "Intermediate", "Advanced", "Expert"]);
		// phases top to bottom in roadmap order, each phase's projects in a column beside it to the right
		const phases = planned.nodes.filter((p) => p.key.startsWith("phase:")).map((p) => p.node);
		expect(phases.map((p) => p.file?.slice(17, 25))).toEqual(Array.from({ length: 12 }, (_, i) => `Phase ${String(i + 1).padStart(2, "0")}`));
		for (let i = 1; i < phases.length; i++) expect(phases[i].y).toBeGreaterThan(phases[i - 1].y + phases[i - 1].height);
		const p3 = planned.nodes.find((p) => p.key === "phase:3")!.node;
		const projects3 = planned.nodes.filter((p) => p.key.startsWith("project:3.")).map((p) => p.node);
		expect(projects3).toHaveLength(3);
		expect(projects3.map((j) => j.y - p3.y)).toEqual([0, 150, 300]);
		for (const j of projects3) expect(j.x).toBeGreaterThan(p3.x + p3.width);
		// a phase's row is as tall as its projects: the next phase starts below the last one
		expect(phases[3].y).toBeGreaterThan(projects3[2].y + projects3[2].height);
		expect(planned.edges.slice(0, 11).map((e) => e.key)).toEqual(Array.from({ length: 11 }, (_, i) => `phase:${i + 1}->phase:${i + 2}`));
		expect(planned.edges.find((e) => e.key === "phase:3->project:3.1")?.edge).toMatchObject({ fromSide: "right", toSide: "left" });
	});

	it("lays out an own roadmap of 1 phase (no levels: one group named after the roadmap)", () => {
		const planned = layoutRoadmapCanvas(ownMap(1, () => 2));
		expectValidMap(planned, 1, 2, 1);
		expect(planned.nodes[0].node).toMatchObject({ type: "group", label: "My own path", x: 0, y: 0 });
	});

	it("lays out an own roadmap of 1 phase and no project", () => {
		expectValidMap(layoutRoadmapCanvas(ownMap(1, () => 0)), 1, 0, 1);
	});

	it("lays out an own roadmap of 30 phases, one with 7 projects in a column beside it", () => {
		// phase 5 has 7 projects; the others 0, 1 or 2 (n % 3): 7 + 10 × (0 + 1 + 2) − 2 (phase 5's own share) = 35
		const planned = layoutRoadmapCanvas(ownMap(30, (n) => (n === 5 ? 7 : n % 3)));
		expectValidMap(planned, 30, 35, 1);
		const p5 = planned.nodes.find((p) => p.key === "phase:5")!.node;
		const rows = new Set(planned.nodes.filter((p) => p.key.startsWith("project:5.")).map((p) => p.node.y - p5.y));
		expect([...rows]).toEqual([0, 150, 300, 450, 600, 750, 900]);
	});

	it("puts phases no level claims in a last group", () => {
		const map = ownMap(3, () => 1, [{ id: "start", title: "Start", phases: [1, 2] }]);
		const planned = layoutRoadmapCanvas(map);
		expectValidMap(planned, 3, 3, 2);
		expect(planned.nodes.slice(0, 2).map((p) => [p.key, p.node.label])).toEqual([
			["level:start", "Start"],
			["group:other", "Other phases"],
		]);
	});

	it("gives ids made from what a node stands for, and reads them back", () => {
		expect(mapId("sql-basics", "project:1.1")).toBe("lr-sql-basics-project-1.1");
		expect(mapId("sql-basics", "phase:1->project:1.1")).toBe("lr-sql-basics-edge-phase-1-project-1.1");
		expect(keyOfMapId("sql-basics", "lr-sql-basics-level-zero-to-hero")).toBe("level:zero-to-hero");
		expect(keyOfMapId("sql-basics", "lr-sql-basics-edge-phase-1-project-1.1")).toBeUndefined();
		expect(keyOfMapId("sql", "lr-sql-basics-phase-1")).toBeUndefined();
		expect(MAP_LAYOUT.phase.width).toBeLessThanOrEqual(400);
	});
});
