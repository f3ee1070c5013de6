import { parse } from "yaml";
/**
 * What the golden files hold: one example of every kind of note the plugin writes, rendered from the
 * roadmap data by the core functions. `golden.test.ts` compares each with its file under `golden/`;
 * `npm run update-golden` (scripts/update-golden.ts) is the only thing that writes them, so a test can
 * never pass against a file it has just written.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readNoteBoxes, readRoadmapNote } from "../../../src/core/progress/note-boxes";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";
import { computeProgress } from "../../../src/core/progress/progress";
import { parseTaskLine } from "../../../src/core/progress/task-line";
import { renderReview } from "../../../src/core/review/review";
import { formatRoadmapProblem, loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import type { Roadmap } from "../../../src/core/roadmap/roadmap-schema";
import { noteText, planRoadmapNotes } from "../../../src/core/notes/render-notes";
import type { PlannedNote } from "../../../src/core/notes/planned-note";

export const GOLDEN_DIR = fileURLToPath(new URL("./golden/", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const FOLDER = "Learning Roadmap";

function load(file: string): Roadmap {
	const result = loadRoadmap(readFileSync(`${REPO}${file}`, "utf8"), file, parse);
	if (!result.ok) throw new Error(`${file} does not load: ${result.problems.map(formatRoadmapProblem).join("; ")}`);
	return result.roadmap;
}

function pick(notes: PlannedNote[], what: string, test: (n: PlannedNote) => boolean): PlannedNote {
	const found = notes.filter(test);
	if (found.length !== 1) throw new Error(`expected one ${what} note, found ${found.length}`);
	return found[0];
}

/** A planned note as the index would read it, with `ticks` applied: line text → new line. */
function asIndexed(note: PlannedNote, ticks: Record<string, string>): { note: RoadmapNote; text: string } {
	const lines = noteText(note)
		.split("\n")
		.map((line) => ticks[line] ?? line);
	// What Obsidian's cache reports for these simple notes: every task line, every heading.
	const listItems = lines.flatMap((line, i) => {
		const task = parseTaskLine(line);
		return task ? [{ task: task.char, position: { start: { line: i } } }] : [];
	});
	const headings = lines.flatMap((line, i) => {
		const m = /^(#{1,6}) (.*)$/.exec(line);
		return m ? [{ heading: m[2], level: m[1].length, position: { start: { line: i } } }] : [];
	});
	const indexed = readRoadmapNote(note.path, note.properties, readNoteBoxes(lines, listItems, headings));
	if (!indexed) throw new Error(`${note.path} is not a roadmap note`);
	return { note: indexed, text: lines.join("\n") };
}

/**
 * November 2026's review of the bundled roadmap: three topics dated in November, one dated in October,
 * one unticked box still carrying a November date (not covered), and project 1.2 completed in November.
 */
function review(roadmap: Roadmap, notes: PlannedNote[]): string {
	const phase1 = pick(notes, "phase 1", (n) => n.identity.kind === "phase" && n.identity.phase === 1);
	const project12 = pick(notes, "project 1.2", (n) => n.identity.project === "1.2");
	const topics = phase1.items.filter((i) => i.checkbox).map((i) => i.text);
	if (topics.length < 5) throw new Error(`phase 1 has ${topics.length} topics, the review example needs 5`);
	const tick = (text: string, char: string, date: string) => ({ [`- [ ] ${text}`]: `- [${char}] ${text} ✅ ${date}` });
	const indexed = [
		asIndexed(phase1, {
			...tick(topics[0], "x", "2026-11-02"),
			...tick(topics[1], "x", "2026-11-15"),
			...tick(topics[2], "X", "2026-11-30"),
			...tick(topics[3], "x", "2026-10-31"),
			...tick(topics[4], " ", "2026-11-03"), // unticked again: its date must not count
		}).note,
		asIndexed(
			project12,
			Object.fromEntries(project12.items.filter((i) => i.checkbox).map((i, n) => [`- [ ] ${i.text}`, `- [x] ${i.text} ✅ 2026-11-${String(10 + n)}`])),
		).note,
		...notes.filter((n) => n !== phase1 && n !== project12 && (n.identity.kind === "phase" || n.identity.kind === "project")).map((n) => asIndexed(n, {}).note),
	];
	const today = new Date(2026, 11, 1, 9);
	const progress = computeProgress({ roadmapId: roadmap.id, roadmap, notes: indexed, today });
	return renderReview({
		roadmapId: roadmap.id,
		month: new Date(2026, 10, 1),
		today,
		template: undefined,
		builtInTemplate: roadmap.review_template,
		progress,
		notes: indexed,
	});
}

/** Golden file name (relative to `golden/`) → the text the code renders now. */
export function goldenNotes(): Record<string, string> {
	const bundled = load("roadmap/python-data-engineering.yaml");
	const notes = planRoadmapNotes(bundled, FOLDER);
	const kind = (k: string) => pick(notes, k, (n) => n.identity.kind === k);
	const project = (id: string) => pick(notes, `project ${id}`, (n) => n.identity.project === id);
	const own = load("docs/example-roadmap.yaml");
	const ownNotes = planRoadmapNotes(own, FOLDER);
	if (ownNotes.length !== 6) throw new Error(`the example roadmap plans ${ownNotes.length} notes, expected 6`);
	return {
		"overview.md": noteText(kind("overview")),
		"criteria.md": noteText(kind("criteria")),
		"resources.md": noteText(kind("resources")),
		"phase-01.md": noteText(pick(notes, "phase 1", (n) => n.identity.kind === "phase" && n.identity.phase === 1)),
		// code blocks, schemas and data flows as fenced blocks
		"project-3.3.md": noteText(project("3.3")),
		// nothing to tick in the roadmap: gets a `## Completion` box
		"project-1.1.md": noteText(project("1.1")),
		"review-2026-11.md": review(bundled, notes),
		// an own roadmap (docs/example-roadmap.yaml): every note it generates, by path under the roadmap folder
		...Object.fromEntries(ownNotes.map((n) => [`sql-basics/${n.path.slice(FOLDER.length + 1)}`, noteText(n)])),
	};
}
