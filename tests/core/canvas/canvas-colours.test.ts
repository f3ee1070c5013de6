import { describe, expect, it } from "vitest";
import type { CanvasDoc } from "../../../src/core/canvas/canvas-data";
import { colourCanvas, mapStatuses, STATUS_COLOURS, type MapCounts } from "../../../src/core/canvas/canvas-colours";
import { layoutRoadmapCanvas } from "../../../src/core/canvas/canvas-layout";
import { mergeCanvas } from "../../../src/core/canvas/canvas-merge";
import { keysOf, ownMap } from "./maps";

// two levels: phase 1 (projects 1.1, 1.2) and phase 2 (project 2.1)
const map = ownMap(2, (n) => (n === 1 ? 2 : 1), [
	{ id: "first", title: "First", phases: [1] },
	{ id: "second", title: "Second", phases: [2] },
]);
const keyOfFile = keysOf(map);
const fresh = (): CanvasDoc => mergeCanvas({ existing: undefined, roadmapId: "own", planned: layoutRoadmapCanvas(map), keyOfFile });
const c = (done: number, total: number, started = 0) => ({ done, total, started });

/** Phase 1 half done, project 1.1 complete, project 1.2 started; phase 2 and its project untouched. */
const counts: MapCounts = {
	phases: [
		{ number: 1, ...c(1, 2), projects: [{ id: "1.1", ...c(3, 3) }, { id: "1.2", ...c(0, 2, 1) }] },
		{ number: 2, ...c(0, 4), projects: [{ id: "2.1", ...c(0, 2) }] },
	],
};
const colourOf = (canvas: CanvasDoc) => Object.fromEntries(canvas.nodes.map((n) => [n.id.replace("lr-own-", ""), n.color]));

describe("Colouring the map by progress", () => {
	it("computes each node's status, a level's from everything inside it", () => {
		const statuses = mapStatuses(map, counts);
		expect(Object.fromEntries(statuses)).toEqual({
			"phase:1": "in-progress",
			"project:1.1": "complete",
			"project:1.2": "in-progress",
			"phase:2": "not-started",
			"project:2.1": "not-started",
			"level:first": "in-progress",
			"level:second": "not-started",
		});
		const allDone = mapStatuses(map, { phases: [{ number: 1, ...c(2, 2), projects: [{ id: "1.1", ...c(3, 3) }, { id: "1.2", ...c(2, 2) }] }] });
		expect(allDone.get("level:first")).toBe("complete");
		expect(allDone.get("level:second")).toBe("not-started");
	});

	it("gives each node the preset of its status: 4 (green) complete, 3 (yellow) in progress, none not started", () => {
		expect(STATUS_COLOURS).toEqual({ complete: "4", "in-progress": "3", "not-started": undefined });
		const { canvas, changed } = colourCanvas(fresh(), "own", keyOfFile, mapStatuses(map, counts));
		expect(colourOf(canvas)).toEqual({
			"level-first": "3",
			"level-second": undefined,
			"phase-1": "3",
			"project-1.1": "4",
			"project-1.2": "3",
			"phase-2": undefined,
			"project-2.1": undefined,
		});
		expect(changed).toBe(4);
		expect(canvas.nodes.every((n) => !("color" in n) || n.color !== undefined)).toBe(true);
		// colours that already agree: nothing to write
		expect(colourCanvas(canvas, "own", keyOfFile, mapStatuses(map, counts)).changed).toBe(0);
	});

	it("hands back the canvas it was given when colours agree, and never changes the one it was given", () => {
		const canvas = fresh();
		const before = structuredClone(canvas);
		const coloured = colourCanvas(canvas, "own", keyOfFile, mapStatuses(map, counts));
		expect(canvas).toEqual(before);
		expect(coloured.canvas).not.toBe(canvas);
		const again = colourCanvas(coloured.canvas, "own", keyOfFile, mapStatuses(map, counts));
		expect(again).toEqual({ canvas: coloured.canvas, changed: 0 });
		expect(again.canvas).toBe(coloured.canvas);
	});

	it("takes a colour away when a box is unticked", () => {
		const { canvas } = colourCanvas(fresh(), "own", keyOfFile, mapStatuses(map, counts));
		const untouched: MapCounts = {
			phases: [
				{ number: 1, ...c(0, 2), projects: [{ id: "1.1", ...c(0, 3) }, { id: "1.2", ...c(0, 2) }] },
				{ number: 2, ...c(0, 4), projects: [{ id: "2.1", ...c(0, 2) }] },
			],
		};
		const none = colourCanvas(canvas, "own", keyOfFile, mapStatuses(map, untouched));
		expect(none.changed).toBe(4);
		expect(none.canvas.nodes.filter((n) => "color" in n)).toEqual([]);
	});

	it("never changes a colour the learner chose by hand (any colour that is not a status preset), nor their own nodes", () => {
		const canvas = fresh();
		canvas.nodes.find((n) => n.id === "lr-own-project-1.1")!.color = "1";
		canvas.nodes.find((n) => n.id === "lr-own-phase-1")!.color = "#ff00aa";
		canvas.nodes.push({ id: "mine", type: "file", file: "Other.md", x: 0, y: 0, width: 10, height: 10 });
		const { canvas: coloured, changed } = colourCanvas(canvas, "own", keyOfFile, mapStatuses(map, counts));
		expect(colourOf(coloured)).toMatchObject({ "project-1.1": "1", "phase-1": "#ff00aa", "project-1.2": "3", mine: undefined });
		expect(changed).toBe(2);
	});

	it("colours the node showing a note wherever the learner moved it, and keeps every other byte", () => {
		const canvas = fresh();
		const node = canvas.nodes.find((n) => n.id === "lr-own-project-1.1")!;
		Object.assign(node, { id: "learner-made", x: 900, y: -40 });
		const { canvas: coloured } = colourCanvas(canvas, "own", keyOfFile, mapStatuses(map, counts));
		const after = coloured.nodes.find((n) => n.id === "learner-made")!;
		expect(after).toEqual({ ...node, color: "4" });
		expect(coloured.edges).toEqual(canvas.edges);
	});
});
