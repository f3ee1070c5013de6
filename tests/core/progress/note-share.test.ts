import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { computeProgress } from "../../../src/core/progress/progress";
import type { NoteBox, RoadmapNote } from "../../../src/core/progress/progress-model";
import { roadmapSchema } from "../../../src/core/roadmap/roadmap-schema";
import { boxes, phaseNote, projectNote } from "./builders";

const roadmap = roadmapSchema.parse({
	id: "py",
	title: "Python",
	phases: [1, 2].map((n) => ({
		number: n,
		title: `Phase ${n}`,
		duration: "2 weeks",
		level: "Beginner",
		sections: [{ id: `${n}.1`, title: "Basics", topics: ["t"] }],
		projects: [{ id: `${n}.1`, title: `Project ${n}`, description: "d" }],
	})),
	levels: [{ id: "beginner", title: "Beginner", phases: [1, 2], criteria: [{ text: "Knows loops" }] }],
});
const today = new Date(2026, 10, 15, 12);

function notes(): RoadmapNote[] {
	return [
		phaseNote(1, "P1.md", boxes("## 1.1 Basics", "[x] Variables ✅ 2026-11-02", "[ ] Loops", "## 1.2 More", "[/] Functions", "[-] Skipped")),
		phaseNote(2, "P2.md", boxes("## 2.1 Files", "[ ] CSV", "[x] Paths ✅ 2025-12-30")),
		projectNote("1.1", "Proj 1.1.md", boxes("[x] Build ✅ 2026-10-01", "[ ] Test")),
		{ path: "Criteria.md", roadmap: "py", kind: "criteria", boxes: boxes("## Beginner", "[ ] Knows loops") },
	];
}

/** The note as the index makes it after an edit: a new object, boxes and all. */
function newVersion(note: RoadmapNote, change: (boxes: NoteBox[]) => NoteBox[]): RoadmapNote {
	return { ...note, boxes: change(note.boxes.map((box) => ({ ...box }))) };
}

const progressOf = (list: readonly RoadmapNote[]) => computeProgress({ roadmapId: "py", roadmap, notes: list, today });

describe("each note's share of the progress", () => {
	it("is read once per version of a note: an unchanged note's sections are the very same objects in the next progress", () => {
		const list = notes();
		const before = progressOf(list);
		list[1] = newVersion(list[1], (b) => b.map((box) => (box.text === "CSV" ? { ...box, char: "x", completed: "2026-11-15" } : box)));
		const after = progressOf(list);
		expect(after.phases[0]?.sections).toBe(before.phases[0]?.sections);
		// so is its whole row, projects and all: the view compares it by identity
		expect(after.phases[0]).toBe(before.phases[0]);
		expect(after.phases[1]).not.toBe(before.phases[1]);
		expect(after.phases[1]?.sections).not.toBe(before.phases[1]?.sections);
		expect(after.phases[1]).toMatchObject({ done: 2, total: 2 });
		expect(after.overall).toEqual({ done: before.overall.done + 1, total: before.overall.total, started: before.overall.started });
		expect(after.activity.at(-1)).toEqual({ month: "2026-11", count: 2 });
	});

	it("always sums to the progress computed from scratch, whatever the learner changes in whatever order", async () => {
		const states = ["x", "X", " ", "/", "-", "?"];
		const dates = [undefined, "2025-11-30", "2026-01-31", "2026-11-15", "not a date"];
		const edit = fc.record({
			note: fc.nat(3),
			box: fc.nat(5),
			char: fc.constantFrom(...states),
			date: fc.constantFrom(...dates),
			topicNote: fc.option(fc.constant("Topic note"), { nil: undefined }),
		});
		await fc.assert(
			fc.asyncProperty(fc.array(edit, { maxLength: 25 }), async (edits) => {
				const list = notes();
				for (const e of edits) {
					const note = list[e.note];
					list[e.note] = newVersion(note, (b) =>
						b.map((box, i) => {
							if (i !== e.box % b.length) return box;
							const next: NoteBox = { ...box, char: e.char };
							delete next.completed;
							if (e.date !== undefined) next.completed = e.date;
							if (e.topicNote !== undefined) next.topicNote = e.topicNote;
							return next;
						}),
					);
					progressOf(list);
				}
				// From scratch: a fresh copy of the module remembers nothing of the versions before.
				vi.resetModules();
				const fresh = (await import("../../../src/core/progress/progress")).computeProgress;
				expect(progressOf(list)).toEqual(fresh({ roadmapId: "py", roadmap, notes: structuredClone(list), today }));
			}),
			{ numRuns: 100, seed: 20261207 },
		);
	});
});
