import { describe, expect, it } from "vitest";
import { computeProgress } from "../../../src/core/progress/progress";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";
import { roadmapSchema } from "../../../src/core/roadmap/roadmap-schema";
import { boxes, phaseNote, projectNote } from "./builders";

const roadmap = roadmapSchema.parse({
	id: "py",
	title: "Python Data Engineering",
	phases: [1, 2, 3].map((n) => ({
		number: n,
		title: `Data phase ${n}`,
		duration: "2 weeks",
		level: n < 3 ? "Beginner" : "Intermediate",
		sections: [{ id: `${n}.1`, title: "Basics", topics: ["t"] }],
		projects: [
			{ id: `${n}.1`, title: `Project ${n} one`, description: "d" },
			{ id: `${n}.2`, title: `Project ${n} two`, description: "d" },
		],
	})),
	levels: [
		{
			id: "beginner",
			title: "Beginner",
			phases: [1, 2],
			criteria: [
				{ text: "Complete all Phase 1-2 topics", measure: { type: "topics", from: 1, to: 2 } },
				{ text: "Build 2+ projects", measure: { type: "projects", min: 2 } },
				{ text: "Comfortable with Pandas" },
			],
		},
	],
});

const today = new Date(2026, 10, 15, 12);

function sample(): RoadmapNote[] {
	return [
		phaseNote(1, "P1.md", boxes("# Phase 1", "## 1.1 Basics", "[x] Variables ✅ 2026-11-02", "[x] Loops ✅ 2026-10-20", "## 1.2 More", "[/] Functions", "[-] Skipped", "[ ] Classes")),
		phaseNote(2, "P2.md", boxes("## 2.1 Files", "[ ] CSV", "[ ] JSON", "[x] Paths ✅ 2025-11-30"), { title: "Files by note" }),
		projectNote("1.1", "Proj 1.1.md", boxes("[x] Build ✅ 2026-10-01", "[x] Test ✅ 2026-11-05", "[-] Extra")),
		projectNote("1.2", "Proj 1.2.md", boxes("[x] Build", "[ ] Test")),
		{ path: "Review.md", roadmap: "py", kind: "review", boxes: boxes("[x] a ✅ 2026-11-01", "[ ] b") },
		{ path: "Overview.md", roadmap: "py", kind: "overview", boxes: boxes("[ ] c") },
		phaseNote(3, "Other roadmap.md", boxes("[x] z"), { roadmap: "other" }),
	];
}

describe("roadmap progress", () => {
	it("counts phase and project notes into the overall bar", () => {
		const progress = computeProgress({ roadmapId: "py", roadmap, notes: sample(), today });
		// phase 1: 2 done of 4 counted, phase 2: 1 of 3, project 1.1: 2 of 2, project 1.2: 1 of 2
		expect(progress.overall).toEqual({ done: 6, total: 11, started: 1 });
		expect(progress.title).toBe("Python Data Engineering");
		expect(progress.hasNotes).toBe(true);
		expect(progress.warnings).toEqual([]);
	});

	it("never lets review, overview or other notes move the numbers", () => {
		const withOthers = computeProgress({ roadmapId: "py", roadmap, notes: sample(), today });
		const phaseAndProjectOnly = sample().filter((n) => n.roadmap === "py" && (n.kind === "phase" || n.kind === "project"));
		expect(computeProgress({ roadmapId: "py", roadmap, notes: phaseAndProjectOnly, today }).overall).toEqual(withOthers.overall);
	});

	it("gives each phase its topics, sections and projects", () => {
		const [p1, p2, p3] = computeProgress({ roadmapId: "py", roadmap, notes: sample(), today }).phases;
		expect(p1).toMatchObject({ number: 1, title: "Data phase 1", level: "Beginner", path: "P1.md", done: 2, total: 4, started: 1 });
		expect(p1.sections).toEqual([
			{ title: "1.1 Basics", path: "P1.md", line: 1, done: 2, total: 2, started: 0, topics: expect.any(Array) },
			{ title: "1.2 More", path: "P1.md", line: 4, done: 0, total: 2, started: 1, topics: expect.any(Array) },
		]);
		expect(p1.sections[1]?.topics).toEqual([
			{ text: "Functions", line: 5, state: "started" },
			{ text: "Skipped", line: 6, state: "cancelled" },
			{ text: "Classes", line: 7, state: "open" },
		]);
		expect(p1.projects.map((p) => [p.id, p.done, p.total, p.complete, p.completedOn])).toEqual([
			["1.1", 2, 2, true, "2026-11-05"],
			["1.2", 1, 2, false, undefined],
		]);
		expect(p1.projectsComplete).toBe(1);
		expect(p2.title).toBe("Files by note");
		// phase 3 has no note yet: shown from the roadmap data, empty
		expect(p3).toMatchObject({ number: 3, path: undefined, done: 0, total: 0, projectsComplete: 0 });
	});

	it("orders projects by number, 3.2 before 3.10, and titles unknown phases 'Phase N'", () => {
		const notes = [projectNote("7.10", "b.md", boxes("[ ] a")), projectNote("7.2", "a.md", boxes("[ ] a"))];
		const progress = computeProgress({ roadmapId: "py", notes, today });
		expect(progress.title).toBe("py");
		expect(progress.levels).toEqual([]);
		expect(progress.phases.map((p) => [p.title, p.projects.map((q) => q.id)])).toEqual([["Phase 7", ["7.2", "7.10"]]]);
	});

	it("warns about two notes claiming one phase and counts only the first by path", () => {
		const notes = [phaseNote(1, "Phase 1 copy.md", boxes("[x] a", "[x] b", "[x] c")), ...sample()];
		const progress = computeProgress({ roadmapId: "py", roadmap, notes, today });
		expect(progress.overall).toEqual({ done: 6, total: 11, started: 1 });
		expect(progress.phases[0].path).toBe("P1.md");
		expect(progress.warnings).toHaveLength(1);
		expect(progress.warnings[0].paths).toEqual(["P1.md", "Phase 1 copy.md"]);
		expect(progress.warnings[0].message).toContain("Phase 1");
	});

	it("warns about two notes claiming one project", () => {
		const notes = [...sample(), projectNote("1.2", "Another 1.2.md", boxes("[x] a"))];
		const progress = computeProgress({ roadmapId: "py", roadmap, notes, today });
		expect(progress.warnings.map((w) => w.paths)).toEqual([["Another 1.2.md", "Proj 1.2.md"]]);
		expect(progress.phases[0].projects[1]).toMatchObject({ path: "Another 1.2.md", complete: true });
	});

	describe("sync conflict copies", () => {
		const real = "Roadmap/Phase 01 - Basics/Phase 01 - Basics.md";
		const copies = [
			"Roadmap/Phase 01 - Basics/Phase 01 - Basics (conflicted copy).md",
			"Roadmap/Phase 01 - Basics/Phase 01 - Basics (conflicted copy 2026-11-30 101010).md",
			"Roadmap/Phase 01 - Basics/Phase 01 - Basics 2.md",
			"Roadmap/Phase 01 - Basics/A copy sorting first.md",
		];

		it.each(copies)("counts the note at its generated path, not the copy %j, and names the copy", (copy) => {
			const notes = [phaseNote(1, copy, boxes("[ ] t")), phaseNote(1, real, boxes("[x] t ✅ 2026-11-02"))];
			// the copy is older and sorts first: neither may make it count
			const createdAt = new Map([[copy, 1], [real, 2]]);
			const progress = computeProgress({ roadmapId: "py", roadmap, notes, today, generatedPaths: new Set([real]), createdAt });
			expect(progress.phases[0]).toMatchObject({ path: real, done: 1, total: 1 });
			expect(progress.warnings).toHaveLength(1);
			expect(progress.warnings[0].message).toBe(
				`Phase 1 is claimed by 2 notes: only "${real}" counts; "${copy}" does not (a sync conflict copy or a duplicate: merge your ticks into the note that counts, then delete it).`,
			);
		});

		it("counts the oldest note when none is at its generated path", () => {
			const notes = [projectNote("1.2", "A.md", boxes("[ ] a")), projectNote("1.2", "B.md", boxes("[x] a")), projectNote("1.2", "C.md", boxes("[ ] a"))];
			const createdAt = new Map([["A.md", 30], ["B.md", 10], ["C.md", 20]]);
			const progress = computeProgress({ roadmapId: "py", roadmap, notes, today, generatedPaths: new Set(), createdAt });
			expect(progress.phases[0].projects[1]).toMatchObject({ path: "B.md", complete: true });
			expect(progress.warnings[0].paths).toEqual(["B.md", "C.md", "A.md"]);
		});
	});

	it("lists a note with broken properties and still counts everything else", () => {
		const broken: RoadmapNote = { ...phaseNote(2, "Broken.md", boxes("[x] a")), problem: 'phase should be a number, found "two"' };
		const progress = computeProgress({ roadmapId: "py", roadmap, notes: [...sample(), broken], today });
		expect(progress.warnings).toEqual([
			{ message: `Properties of "Broken.md" can't be read: phase should be a number, found "two"`, paths: ["Broken.md"] },
		]);
		expect(progress.overall).toEqual({ done: 6, total: 11, started: 1 });
	});

	it("lists the first five open topics, phase by phase, as up next", () => {
		const upNext = computeProgress({ roadmapId: "py", roadmap, notes: sample(), today }).upNext;
		expect(upNext).toEqual([
			{ text: "Functions", path: "P1.md", line: 5, phase: 1 },
			{ text: "Classes", path: "P1.md", line: 7, phase: 1 },
			{ text: "CSV", path: "P2.md", line: 1, phase: 2 },
			{ text: "JSON", path: "P2.md", line: 2, phase: 2 },
		]);
		const many = [phaseNote(1, "P1.md", boxes(...Array.from({ length: 9 }, (_, i) => `[ ] t${i}`)))];
		expect(computeProgress({ roadmapId: "py", notes: many, today }).upNext.map((u) => u.text)).toEqual(["t0", "t1", "t2", "t3", "t4"]);
	});

	it("charts done boxes per month over the twelve months ending this month", () => {
		const activity = computeProgress({ roadmapId: "py", roadmap, notes: sample(), today }).activity;
		expect(activity).toHaveLength(12);
		expect(activity[0]).toEqual({ month: "2025-12", count: 0 });
		expect(activity.at(-2)).toEqual({ month: "2026-10", count: 2 });
		// the review note's dated box is not counted; 2025-11-30 is thirteen months back
		expect(activity.at(-1)).toEqual({ month: "2026-11", count: 2 });
		expect(activity.reduce((sum, m) => sum + m.count, 0)).toBe(4);
	});

	it("has no notes to show for a roadmap that only has a review", () => {
		const notes = sample().filter((n) => n.kind === "review");
		expect(computeProgress({ roadmapId: "py", roadmap, notes, today }).hasNotes).toBe(false);
	});
});

describe("level criteria", () => {
	function beginner(notes: RoadmapNote[]) {
		return computeProgress({ roadmapId: "py", roadmap, notes, today }).levels[0];
	}
	const criteriaNote: RoadmapNote = {
		path: "Criteria.md",
		roadmap: "py",
		kind: "criteria",
		boxes: boxes("## Beginner Level", "[x] Comfortable with Pandas and NumPy", "## Expert Level", "[ ] Comfortable with Pandas"),
	};

	it("measures topics, projects and ticked criteria", () => {
		const level = beginner([...sample(), criteriaNote]);
		expect(level.criteria).toEqual([
			{ text: "Complete all Phase 1-2 topics", met: false, measured: true, done: 3, total: 7 },
			{ text: "Build 2+ projects", met: false, measured: true, done: 1, total: 2 },
			{ text: "Comfortable with Pandas", met: true, measured: false, path: "Criteria.md", line: 1 },
		]);
		expect(level.met).toBe(1);
	});

	it("meets the topics criterion when every counted topic is done", () => {
		const done = [
			phaseNote(1, "P1.md", boxes("[x] a", "[-] dropped")),
			phaseNote(2, "P2.md", boxes("[X] b")),
			projectNote("1.1", "a.md", boxes("[x] a")),
			projectNote("2.2", "b.md", boxes("[x] a")),
			projectNote("3.1", "c.md", boxes("[x] a")),
		];
		const level = beginner(done);
		expect(level.criteria[0]).toMatchObject({ met: true, done: 2, total: 2 });
		// project 3.1 is not of a beginner phase
		expect(level.criteria[1]).toMatchObject({ met: true, done: 2, total: 2 });
	});

	it("does not meet the topics criterion while a phase note is missing", () => {
		expect(beginner([phaseNote(1, "P1.md", boxes("[x] a"))]).criteria[0].met).toBe(false);
	});

	it("does not meet a ticked criterion without the criteria note", () => {
		expect(beginner(sample()).criteria[2]).toEqual({ text: "Comfortable with Pandas", met: false, measured: false });
	});
});

describe("at the size of a real vault", () => {
	// Speed is measured by `npm run bench`, never timed in a test; this checks the totals at scale.
	it("adds up thousands of notes", () => {
		const notes: RoadmapNote[] = [];
		for (let p = 1; p <= 2000; p++) {
			notes.push(phaseNote(p, `P${p}.md`, boxes("## s", "[x] a ✅ 2026-11-01", "[ ] b", "[/] c")));
			for (let j = 1; j <= 5; j++) notes.push(projectNote(`${p}.${j}`, `P${p}.${j}.md`, boxes("[x] a", "[ ] b")));
		}
		const progress = computeProgress({ roadmapId: "py", notes, today });
		expect(progress.overall.total).toBe(2000 * 3 + 2000 * 5 * 2);
	});
});
