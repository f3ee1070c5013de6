import { describe, expect, it } from "vitest";
import { identityKey, mergeRoadmapNote, readNoteIdentity } from "../../../src/core/notes/merge-note";
import { readRoadmapNote } from "../../../src/core/progress/note-boxes";
import { renderCriteriaNote } from "../../../src/core/notes/render-guide-notes";
import { noteText } from "../../../src/core/notes/render-notes";
import type { PlannedNote } from "../../../src/core/notes/planned-note";
import { renderPhaseNote, renderProjectNote } from "../../../src/core/notes/render-phase-notes";
import { sampleRoadmap } from "./sample-roadmap";

const roadmap = sampleRoadmap();
const phaseNote = renderPhaseNote(roadmap, roadmap.phases[0], "Learning Roadmap");
const projectNote = renderProjectNote(roadmap, roadmap.phases[0], roadmap.phases[0].projects[0], "Learning Roadmap");
const fresh = noteText(phaseNote);

/** The note's text with one line replaced (the whole line, found by its exact content). */
function edit(text: string, line: string, replacement: string | null): string {
	const lines = text.split("\n");
	const at = lines.indexOf(line);
	if (at < 0) throw new Error(`no line ${JSON.stringify(line)}`);
	if (replacement === null) lines.splice(at, 1);
	else lines[at] = replacement;
	return lines.join("\n");
}

describe("merging a roadmap note into an existing one", () => {
	it("returns a freshly generated note unchanged, byte for byte", () => {
		expect(mergeRoadmapNote(fresh, phaseNote)).toEqual({ text: fresh, added: 0 });
		const project = noteText(projectNote);
		expect(mergeRoadmapNote(project, projectNote)).toEqual({ text: project, added: 0 });
	});

	it("keeps ticked boxes, the learner's lines and the synced properties", () => {
		let text = edit(fresh, "- [ ] REPL", "- [x] REPL ✅ 2026-11-03");
		text = edit(text, "- [ ] for loops", "- [/] for loops\n  - my own sub-note\nA paragraph of my own.");
		text = edit(text, "done: 0", "done: 1");
		text = `${text}\n## My notes\nStill thinking about generators.\n`;
		expect(mergeRoadmapNote(text, phaseNote)).toEqual({ text, added: 0 });
	});

	it("does not duplicate a topic the learner wrote after, or that carries a completion date", () => {
		let text = edit(fresh, "- [ ] Install Python", "- [x] Install Python (used pyenv, see [[Setup]]) ✅ 2026-11-03");
		text = edit(text, "- [ ] while loops", "- [-] while loops: skipped, known already");
		expect(mergeRoadmapNote(text, phaseNote)).toEqual({ text, added: 0 });
	});

	it("brings back a deleted topic under its own section, after that section's last line", () => {
		const text = edit(fresh, "- [ ] Install Python packages", null);
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.added).toBe(1);
		expect(merged.text).toContain("### 1.1 Getting Started\n- [ ] Install Python\n- [ ] REPL\n- [ ] Install Python packages\n\n### 1.2 Loops\n");
	});

	it("re-adds a topic after the learner's own lines of that section, before the next heading", () => {
		let text = edit(fresh, "- [ ] while loops", null);
		text = edit(text, "- [ ] for loops", "- [x] for loops\n  - with enumerate\ncontinued thought");
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.text).toContain("- [x] for loops\n  - with enumerate\ncontinued thought\n- [ ] while loops\n\n## Projects\n");
	});

	it("adds a missing section heading back with its topics, in its place among the sections", () => {
		let text = fresh.replace("### 1.1 Getting Started\n- [ ] Install Python\n- [ ] Install Python packages\n- [ ] REPL\n\n", "");
		text = edit(text, "- [ ] for loops", "- [x] for loops");
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.added).toBe(3);
		expect(merged.text).toContain(
			"## Topics\n\n### 1.1 Getting Started\n- [ ] Install Python\n- [ ] Install Python packages\n- [ ] REPL\n\n### 1.2 Loops\n- [x] for loops\n",
		);
	});

	it("adds a missing last section at the end of the topics, not after the projects", () => {
		const text = fresh.replace("### 1.2 Loops\n- [ ] for loops\n- [ ] while loops\n\n", "");
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.text).toBe(fresh);
	});

	it("adds the heading at the end of the note when its part is gone too", () => {
		const text = "---\nroadmap: sample-path\nkind: phase\nphase: 1\n---\nMy own layout\n";
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.added).toBe(5);
		expect(merged.text).toBe(
			"---\nroadmap: sample-path\nkind: phase\nphase: 1\n---\nMy own layout\n\n" +
				"### 1.1 Getting Started\n- [ ] Install Python\n- [ ] Install Python packages\n- [ ] REPL\n\n" +
				"### 1.2 Loops\n- [ ] for loops\n- [ ] while loops\n",
		);
	});

	it("matches the longest topic first, so a topic that is a prefix of another is still found missing", () => {
		// "Install Python" is a prefix of "Install Python packages": deleting the short one must be noticed
		const text = edit(fresh, "- [ ] Install Python", null);
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.added).toBe(1);
		expect(merged.text).toContain("- [ ] Install Python packages\n- [ ] REPL\n- [ ] Install Python\n");
		// and the long one, with words appended, still claims only its own line
		const appended = edit(fresh, "- [ ] Install Python packages", "- [x] Install Python packages with pip");
		expect(mergeRoadmapNote(appended, phaseNote).added).toBe(0);
	});

	it("finds a topic the learner moved under another heading", () => {
		let text = edit(fresh, "- [ ] REPL", null);
		text = `${text}\n## Done early\n- [x] REPL\n`;
		expect(mergeRoadmapNote(text, phaseNote).added).toBe(0);
	});

	it("ignores list lines and headings inside code blocks", () => {
		// the only "Read the file" line left is inside the code sample, under a `# comment`
		const text = noteText(projectNote)
			.replace("1. [ ] Read the file\n", "")
			.replace("- not an item", "- not an item\n1. [ ] Read the file\n## Steps");
		const merged = mergeRoadmapNote(text, projectNote);
		expect(merged.added).toBe(1);
		expect(merged.text).toContain("## Steps\n2. [ ] Write the file\n3. [ ] Read the file\n\n## Sample\n");
	});

	it("keeps CRLF line endings and adds its lines with CRLF too", () => {
		const crlf = fresh.replace(/\n/gu, "\r\n");
		expect(mergeRoadmapNote(crlf, phaseNote)).toEqual({ text: crlf, added: 0 });
		const merged = mergeRoadmapNote(crlf.replace("- [ ] REPL\r\n", ""), phaseNote);
		expect(merged.text).toBe(crlf.replace("- [ ] REPL\r\n", "").replace("packages\r\n", "packages\r\n- [ ] REPL\r\n"));
		expect(merged.text.replace(/\r\n/gu, "")).not.toContain("\n");
	});

	it("keeps a missing final line break missing", () => {
		const text = fresh.replace(/\n$/u, "").replace("- [ ] while loops\n", "");
		const merged = mergeRoadmapNote(text, phaseNote);
		expect(merged.text.endsWith("\n")).toBe(false);
		expect(merged.text).toContain("- [ ] for loops\n- [ ] while loops\n\n## Projects");
	});

	it("brings back a project's plain bullet and a no-checklist project's completion box", () => {
		const bare: PlannedNote = renderProjectNote(roadmap, roadmap.phases[1], roadmap.phases[1].projects[0], "R");
		const text = noteText(bare).replace("- Docker\n", "").replace("## Completion\n- [ ] Project complete\n\n", "");
		const merged = mergeRoadmapNote(text, bare);
		expect(merged.added).toBe(2);
		expect(merged.text).toBe(noteText(bare));
	});
});

describe("merging the criteria note", () => {
	it("recognises a measured criterion by its text even when the learner removed the measured remark", () => {
		const criteria = renderCriteriaNote(roadmap, "R");
		const text = noteText(criteria).replace("Complete all Phase 1 topics *(measured by the plugin)*", "Complete all Phase 1 topics");
		expect(mergeRoadmapNote(text, criteria)).toEqual({ text, added: 0 });
		const removed = noteText(criteria).replace("- [ ] Comfortable with loops\n", "");
		expect(mergeRoadmapNote(removed, criteria).text).toBe(noteText(criteria));
	});
});

describe("note identity", () => {
	it("reads a note's roadmap, kind, phase and project from its properties", () => {
		expect(readNoteIdentity({ roadmap: "p", kind: "project", phase: 3, project: "3.1", title: "x" })).toEqual({
			roadmap: "p", kind: "project", phase: 3, project: "3.1",
		});
		expect(readNoteIdentity({ roadmap: "p", kind: "phase", phase: "12" })).toEqual({ roadmap: "p", kind: "phase", phase: 12 });
		expect(readNoteIdentity({ roadmap: "p", kind: "project", phase: 3, project: 3.2 })?.project).toBe("3.2");
	});

	it("refuses notes that are not roadmap notes or lack what identifies them", () => {
		expect(readNoteIdentity(undefined)).toBeNull();
		expect(readNoteIdentity({ title: "Groceries" })).toBeNull();
		expect(readNoteIdentity({ roadmap: "p", kind: "phase" })).toBeNull();
		expect(readNoteIdentity({ roadmap: "p", kind: "phase", phase: "three" })).toBeNull();
		expect(readNoteIdentity({ roadmap: "p", kind: "project", phase: 3 })).toBeNull();
	});

	it("gives moved or renamed notes the same key as the note the roadmap plans", () => {
		expect(identityKey({ roadmap: "python-data-engineering", kind: "project", phase: 3, project: "3.1" })).toBe(
			"python-data-engineering/project/3.1",
		);
		expect(identityKey(phaseNote.identity)).toBe("sample-path/phase/1");
		expect(identityKey({ roadmap: "p", kind: "overview" })).toBe("p/overview");
		const moved = readNoteIdentity({ roadmap: "sample-path", kind: "phase", phase: "1", title: "renamed" });
		expect(moved && identityKey(moved)).toBe(identityKey(phaseNote.identity));
	});
});

describe("a note's identity, read one way by the generator and the index", () => {
	it("agrees with the index on every kind of property a learner may write", () => {
		const cases: Array<[unknown, ReturnType<typeof readNoteIdentity>]> = [
			[{ roadmap: "py", kind: "phase", phase: 3 }, { roadmap: "py", kind: "phase", phase: 3 }],
			[{ roadmap: "py", kind: "phase", phase: "3" }, { roadmap: "py", kind: "phase", phase: 3 }],
			// a project without `phase` belongs to the phase its id starts with, for both
			[{ roadmap: "py", kind: "project", project: 3.1 }, { roadmap: "py", kind: "project", phase: 3, project: "3.1" }],
			// what the index warns about is no identity for the generator either
			[{ roadmap: ["py"], kind: "phase", phase: 1 }, null],
			[{ roadmap: "py", kind: "phase", phase: "three" }, null],
			[{ roadmap: "py", kind: "project", project: "first" }, null],
			[{ roadmap: " ", kind: "phase", phase: 1 }, null],
			[{ kind: "phase", phase: 1 }, null],
		];
		for (const [frontmatter, expected] of cases) {
			expect(readNoteIdentity(frontmatter), JSON.stringify(frontmatter)).toEqual(expected);
			const indexed = readRoadmapNote("n.md", frontmatter, []);
			expect(indexed !== null && indexed.problem === undefined, JSON.stringify(frontmatter)).toBe(expected !== null);
		}
		expect(cases).toHaveLength(8);
	});
});
