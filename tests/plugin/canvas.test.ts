/**
 * `Roadmap.canvas` through the built plugin: generated beside the notes, coloured live as boxes are
 * ticked, and the learner's own changes to the map kept across generation and colouring.
 */
import { afterEach, describe, expect, it } from "vitest";
import { clock } from "../harness/clock";
import { CanvasView, TFile } from "../harness/obsidian";
import { FOLDER, openLearnerVault, PHASE_1, PROJECT_3_3, ROADMAP_ID, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

const CANVAS = `${FOLDER}/Roadmap.canvas`;
const PHASE_1_DIR = PHASE_1.slice(0, PHASE_1.lastIndexOf("/"));
const PROJECT_1_1 = `${PHASE_1_DIR}/Project 1.1 - Data Cleaning Script.md`;
const PROJECT_1_2 = `${PHASE_1_DIR}/Project 1.2 - Simple Calculator.md`;
const PROJECT_1_3 = `${PHASE_1_DIR}/Project 1.3 - File Organizer.md`;
const id = (key: string) => `lr-${ROADMAP_ID}-${key}`;

interface Node {
	id: string;
	type: string;
	file?: string;
	color?: string;
	x: number;
	y: number;
	[key: string]: unknown;
}
interface Canvas {
	nodes: Node[];
	edges: { id: string; fromNode: string; toNode: string }[];
	[key: string]: unknown;
}

const canvasOf = (v: LearnerVault): Canvas => JSON.parse(v.read(CANVAS)) as Canvas;
const nodeShowing = (canvas: Canvas, file: string) => canvas.nodes.filter((n) => n.file === file);
const colourOf = (v: LearnerVault, file: string) => nodeShowing(canvasOf(v), file).map((n) => n.color ?? "none");
const canvasWrites = (v: LearnerVault) => v.app.vault.writeCount(CANVAS);

/** Ticks every open box of a note in one save, as a learner ticking them all before the editor saves. */
const tickAll = (text: string) => text.replace(/^(\s*- )\[ \]/gmu, "$1[x]");

async function generated(): Promise<LearnerVault> {
	const v = await openLearnerVault();
	await v.run("generate-roadmap");
	return v;
}

async function writeCanvas(v: LearnerVault, change: (canvas: Canvas) => void): Promise<void> {
	const canvas = canvasOf(v);
	change(canvas);
	await v.app.vault.modify(v.app.vault.getFileByPath(CANVAS)!, JSON.stringify(canvas, null, "\t"));
	await v.settle();
}

describe("Roadmap.canvas", () => {
	it("is generated beside the notes: a group per level, every phase and project note, its edges; a second run changes no byte", async () => {
		vault = await generated();
		expect(vault.notices().at(-1)).toBe("Created 50, updated 0, unchanged 0");
		const canvas = canvasOf(vault);
		expect(canvas.nodes.filter((n) => n.type === "group").map((n) => n.label)).toEqual(["Beginner", "Intermediate", "Advanced", "Expert"]);
		const files = canvas.nodes.filter((n) => n.type === "file").map((n) => n.file!);
		expect(files).toHaveLength(12 + 35);
		for (const file of files) expect(vault.app.vault.getFileByPath(file), file).toBeInstanceOf(TFile);
		expect(files).toContain(PROJECT_3_3);
		expect(canvas.edges).toHaveLength(11 + 35);
		expect(canvas.nodes.every((n) => n.color === undefined)).toBe(true);
		const text = vault.read(CANVAS);
		const writes = vault.app.vault.totalWrites;

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
		expect(vault.read(CANVAS)).toBe(text);
		expect(vault.app.vault.totalWrites).toBe(writes);
	});

	it("turns a project green when its last box is ticked, its phase's level yellow, in one write per burst of edits", async () => {
		vault = await generated();
		const before = canvasWrites(vault);
		await vault.edit(PROJECT_1_1, tickAll);
		await vault.settle();

		expect(colourOf(vault, PROJECT_1_1)).toEqual(["4"]);
		expect(colourOf(vault, PHASE_1)).toEqual(["none"]);
		expect(canvasOf(vault).nodes.find((n) => n.id === id("level-beginner"))?.color).toBe("3");
		expect(canvasWrites(vault)).toBe(before + 1);

		// three saves in a burst: one more write, when the burst is over
		await vault.edit(PROJECT_1_2, (t) => t.replace("- [ ]", "- [x]"));
		await vault.edit(PROJECT_1_3, (t) => t.replace("- [ ]", "- [/]"));
		await vault.edit(PHASE_1, (t) => t.replace("- [ ]", "- [x]"));
		await vault.settle();
		expect([colourOf(vault, PROJECT_1_2), colourOf(vault, PROJECT_1_3), colourOf(vault, PHASE_1)]).toEqual([["3"], ["3"], ["3"]]);
		expect(canvasWrites(vault)).toBe(before + 2);

		// unticking takes the green away (project 1.1 has a single box)
		await vault.edit(PROJECT_1_1, (t) => t.replace("- [x]", "- [ ]"));
		await vault.settle();
		expect(colourOf(vault, PROJECT_1_1)).toEqual(["none"]);
	});

	it("keeps the learner's map: moved, resized, recoloured and added nodes, drawn edges; a deleted node comes back unless marked removed", async () => {
		vault = await generated();
		await writeCanvas(vault, (canvas) => {
			Object.assign(nodeShowing(canvas, PROJECT_3_3)[0], { x: -2000, y: 77, width: 500, height: 300 });
			nodeShowing(canvas, PHASE_1)[0].color = "1";
			canvas.nodes.push({ id: "my-note", type: "text", text: "Ask Sam about pandas", x: -2000, y: 500, width: 250, height: 80 });
			canvas.edges.push({ id: "my-edge", fromNode: "my-note", toNode: nodeShowing(canvas, PROJECT_3_3)[0].id });
			// project 1.2 deleted and marked removed; project 1.3 just deleted
			canvas.nodes = canvas.nodes.filter((n) => n.file !== PROJECT_1_2 && n.file !== PROJECT_1_3);
			canvas["learning-roadmap"] = { removed: ["project:1.2"] };
		});
		const edited = canvasOf(vault);

		await vault.run("generate-roadmap");
		await vault.edit(PHASE_1, tickAll);
		await vault.edit(PROJECT_3_3, tickAll);
		await vault.settle();

		const after = canvasOf(vault);
		expect(nodeShowing(after, PROJECT_3_3)).toEqual([{ ...nodeShowing(edited, PROJECT_3_3)[0], color: "4" }]);
		expect(nodeShowing(after, PHASE_1)).toEqual(nodeShowing(edited, PHASE_1)); // red by hand stays red
		expect(after.nodes.find((n) => n.id === "my-note")).toEqual(edited.nodes.find((n) => n.id === "my-note"));
		expect(after.edges.find((e) => e.id === "my-edge")).toEqual(edited.edges.find((e) => e.id === "my-edge"));
		expect(nodeShowing(after, PROJECT_1_2)).toHaveLength(0);
		expect(nodeShowing(after, PROJECT_1_3)).toHaveLength(1);
		expect(after["learning-roadmap"]).toEqual({ removed: ["project:1.2"] });
		expect(after.nodes).toHaveLength(edited.nodes.length + 1);
	});

	it("follows a note the learner moved: its node is found and pointed at the new path, not doubled", async () => {
		vault = await generated();
		await vault.app.vault.createFolder("My notes");
		await vault.app.fileManager.renameFile(vault.app.vault.getFileByPath(PROJECT_3_3)!, "My notes/Stock ETL.md");
		await vault.settle();
		await vault.edit("My notes/Stock ETL.md", tickAll);
		await vault.settle();
		expect(canvasOf(vault).nodes.find((n) => n.id === id("project-3.3"))?.color).toBe("4");

		await vault.run("generate-roadmap");

		expect(nodeShowing(canvasOf(vault), "My notes/Stock ETL.md").map((n) => [n.id, n.color])).toEqual([[id("project-3.3"), "4"]]);
		expect(nodeShowing(canvasOf(vault), PROJECT_3_3)).toHaveLength(0);
	});

	it("waits while the canvas is open with unsaved changes, then colours it keeping the learner's drag", async () => {
		vault = await generated();
		const leaf = vault.app.workspace.getLeaf(true);
		await leaf.setViewState({ type: "canvas", state: { file: CANVAS } });
		const view = leaf.view as CanvasView;
		view.change((text) => {
			const canvas = JSON.parse(text) as Canvas;
			Object.assign(canvas.nodes.find((n) => n.file === PROJECT_1_1)!, { x: 4321, y: -50 });
			return JSON.stringify(canvas, null, "\t");
		});
		const onDisk = vault.read(CANVAS);

		await vault.edit(PROJECT_1_1, tickAll);
		await vault.settle();
		expect(vault.read(CANVAS)).toBe(onDisk);

		await view.save();
		await clock.advance(2500);
		await vault.settle();
		expect(nodeShowing(canvasOf(vault), PROJECT_1_1)).toMatchObject([{ x: 4321, y: -50, color: "4" }]);
		expect(JSON.parse(view.getViewData())).toEqual(canvasOf(vault));
	});

	it("does not generate into a canvas open with unsaved changes, and says so", async () => {
		vault = await generated();
		await writeCanvas(vault, (canvas) => {
			canvas.nodes = canvas.nodes.filter((n) => n.file !== PROJECT_1_3);
		});
		const leaf = vault.app.workspace.getLeaf(true);
		await leaf.setViewState({ type: "canvas", state: { file: CANVAS } });
		(leaf.view as CanvasView).change((text) => text.replace('"x":', '"x":1'));
		const onDisk = vault.read(CANVAS);

		await vault.run("generate-roadmap");

		expect(vault.read(CANVAS)).toBe(onDisk);
		expect(vault.notices().slice(-2)).toEqual([`${CANVAS} has unsaved changes in an open tab: it was left as it is; generate again once they are saved.`, "Created 0, updated 0, unchanged 50"]);
	});

	it("leaves a canvas that is not valid JSON untouched, with a notice, when generating and when colouring", async () => {
		vault = await generated();
		const broken = '{"nodes":[{"id":"lr-python-data-engineering-phase-1",';
		await vault.app.vault.modify(vault.app.vault.getFileByPath(CANVAS)!, broken);
		await vault.settle();

		const canvasNotices = () => vault!.notices().filter((n) => n.includes("Roadmap.canvas"));

		// colouring: told once, however many boxes are ticked
		await vault.edit(PROJECT_1_1, tickAll);
		await vault.settle();
		await vault.edit(PROJECT_1_2, tickAll);
		await vault.settle();
		expect(vault.read(CANVAS)).toBe(broken);
		expect(canvasNotices()).toEqual([expect.stringMatching(/^Learning Roadmap\/Roadmap\.canvas is not a valid canvas \(.+\): it was left untouched\./)]);

		// generating: told every time it is asked for
		await vault.run("generate-roadmap");
		expect(vault.read(CANVAS)).toBe(broken);
		expect(canvasNotices()).toHaveLength(2);
		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
	});

	it("shows no node for a note skipped because a file is in the way, and adds it once the note is generated", async () => {
		vault = await openLearnerVault({ [PROJECT_1_2]: "My own calculator notes\n" });
		await vault.run("generate-roadmap");
		expect(nodeShowing(canvasOf(vault), PROJECT_1_2)).toHaveLength(0);
		expect(canvasOf(vault).nodes).toHaveLength(4 + 12 + 34);
		await vault.app.fileManager.renameFile(vault.app.vault.getFileByPath(PROJECT_1_2)!, "Calculator notes.md");
		await vault.run("generate-roadmap");
		expect(nodeShowing(canvasOf(vault), PROJECT_1_2)).toHaveLength(1);
		expect(canvasOf(vault).edges.filter((e) => e.toNode === id("project-1.2"))).toHaveLength(1);
	});

	it("skips a canvas of the learner's own at that path and says so", async () => {
		const mine = '{"nodes":[{"id":"a1","type":"text","text":"My plan","x":0,"y":0,"width":200,"height":60}],"edges":[]}';
		vault = await openLearnerVault({ [CANVAS]: mine });
		await vault.run("generate-roadmap");
		expect(vault.read(CANVAS)).toBe(mine);
		expect(vault.notices().at(-1)).toBe(`Created 50, updated 0, unchanged 0, skipped 1 (a file that is not a roadmap note is in the way: ${CANVAS})`);
		await vault.edit(PROJECT_1_1, tickAll);
		await vault.settle();
		expect(vault.read(CANVAS)).toBe(mine);
	});
});
