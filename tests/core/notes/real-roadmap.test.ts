import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mergeRoadmapNote } from "../../../src/core/notes/merge-note";
import { loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import { noteText, plannedNotePaths, planRoadmapNotes } from "../../../src/core/notes/render-notes";
import type { PlannedNote } from "../../../src/core/notes/planned-note";

/** The real roadmap, rendered (its golden examples are checked in golden.test.ts). */
const ROADMAP_FILE = fileURLToPath(new URL("../../../roadmap/python-data-engineering.yaml", import.meta.url));
const FOLDER = "Learning Roadmap";

function plannedNotes(): PlannedNote[] {
	return planRoadmapNotes(realRoadmap(), FOLDER);
}

function realRoadmap() {
	const result = loadRoadmap(readFileSync(ROADMAP_FILE, "utf8"), "roadmap/python-data-engineering.yaml", parse);
	if (!result.ok) throw new Error(`the roadmap does not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
	return result.roadmap;
}

describe("the real roadmap's notes", () => {
	const notes = plannedNotes();
	const byKind = (kind: string) => notes.filter((n) => n.identity.kind === kind);

	it("lists the paths of all 50 notes without rendering them, as rendering places them", () => {
		const paths = plannedNotePaths(realRoadmap(), FOLDER);
		expect(paths).toHaveLength(50);
		expect(paths).toEqual(notes.map((n) => n.path));
	});

	it("puts 392 topic boxes in the 12 phase notes, and at least one box in every project note", () => {
		const phases = byKind("phase");
		expect(phases).toHaveLength(12);
		const boxes = phases.map((n) => noteText(n).match(/^- \[ \] /gmu)?.length ?? 0);
		expect(boxes.reduce((a, b) => a + b, 0)).toBe(392);
		expect(phases.reduce((sum, n) => sum + Number(n.properties.total), 0)).toBe(392);
		const projects = byKind("project");
		expect(projects).toHaveLength(35);
		for (const project of projects) expect(Number(project.properties.total), project.path).toBeGreaterThan(0);
	});

	it("gives every note a unique path in a phase folder, with nothing that would create a stray folder", () => {
		const paths = notes.map((n) => n.path);
		expect(paths).toHaveLength(50);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths).toContain("Learning Roadmap/Phase 08 - ETL-ELT Pipeline Development/Phase 08 - ETL-ELT Pipeline Development.md");
		for (const path of paths) expect(path.split("/").length, path).toBeLessThanOrEqual(3);
	});

	it("writes no mojibake and changes nothing when merged into itself", () => {
		expect(notes).toHaveLength(50);
		for (const note of notes) {
			const text = noteText(note);
			expect(text, note.path).not.toMatch(/ðŸ|üìš|‚Üí|â€|Ã/u);
			expect(mergeRoadmapNote(text, note), note.path).toEqual({ text, added: 0 });
		}
	});
});
