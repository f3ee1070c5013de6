import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { renderCriteriaNote, renderOverviewNote, renderResourcesNote } from "../../../src/core/notes/render-guide-notes";
import { noteText, plannedNotePaths, planRoadmapNotes, renderFrontmatter } from "../../../src/core/notes/render-notes";
import { portfolioNotePath } from "../../../src/core/notes/note-names";
import { renderPhaseNote, renderProjectNote } from "../../../src/core/notes/render-phase-notes";
import { sampleRoadmap } from "./sample-roadmap";

const FOLDER = "Learning Roadmap";
const roadmap = sampleRoadmap();
const [phase1, phase10] = roadmap.phases;
const project11 = phase1.projects[0];
const project101 = phase10.projects[0];

/** The wikilinks of a text, as `[target, alias]`. */
function links(text: string): [string, string][] {
	return [...text.matchAll(/\[\[([^\]|]+)\|([^\]]+)\]\]/gu)].map((m) => [m[1], m[2]]);
}

describe("frontmatter", () => {
	it("writes properties in Obsidian's style: block lists, numbers as numbers, a project id as text", () => {
		expect(renderFrontmatter({ phase: 3, project: "3.1", title: "Financial Data ETL", repository: "", tags: ["roadmap/project"] })).toBe(
			'---\nphase: 3\nproject: "3.1"\ntitle: Financial Data ETL\nrepository: ""\ntags:\n  - roadmap/project\n---\n',
		);
	});

	it("quotes a title only when YAML needs it, and reads back the same value", () => {
		const title = "Basics: Syntax & C# Notes";
		const block = renderFrontmatter({ title });
		expect(parse(block.replace(/---\n/gu, ""))).toEqual({ title });
	});
});

describe("phase note", () => {
	const note = renderPhaseNote(roadmap, phase1, FOLDER);
	const text = noteText(note);

	it("carries the phase's properties in a fixed order, counting its open topic boxes", () => {
		expect(Object.keys(note.properties)).toEqual([
			"roadmap", "kind", "phase", "title", "level", "duration", "done", "total", "progress", "status", "tags",
		]);
		expect(note.properties).toMatchObject({
			roadmap: "sample-path", kind: "phase", phase: 1, title: "Basics: Syntax & C# Notes", level: "Beginner",
			duration: "2 weeks", done: 0, total: 5, progress: 0, status: "not-started", tags: ["roadmap/phase"],
		});
		expect(note.identity).toEqual({ roadmap: "sample-path", kind: "phase", phase: 1 });
		expect(parse(text.split("---\n")[1])).toEqual(note.properties);
	});

	it("lists exactly its topics as boxes under their section headings, and its projects as links", () => {
		expect(note.body).toContain("# Phase 1: Basics: Syntax & C# Notes\n**Duration:** 2 weeks | **Level:** Beginner\n");
		expect(note.body).toContain("## Topics\n\n### 1.1 Getting Started\n- [ ] Install Python\n- [ ] Install Python packages\n- [ ] REPL\n");
		expect(note.body).toContain("### 1.2 Loops\n- [ ] for loops\n- [ ] while loops\n");
		expect(text.match(/- \[ \]/gu)).toHaveLength(5);
		expect(note.body).toContain(
			"## Projects\n- [[Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Project 1.1 - ETL-ELT Script - v2|Project 1.1: ETL/ELT Script - v2]]\n",
		);
		expect(note.items.map((i) => `${i.heading} > ${i.text}`)).toEqual([
			"### 1.1 Getting Started > Install Python",
			"### 1.1 Getting Started > Install Python packages",
			"### 1.1 Getting Started > REPL",
			"### 1.2 Loops > for loops",
			"### 1.2 Loops > while loops",
		]);
	});

	it("links back to the overview by full path", () => {
		expect(links(note.body)[0]).toEqual(["Learning Roadmap/Roadmap overview", "Sample Path: Data - Engineering"]);
	});
});

describe("project note", () => {
	const note = renderProjectNote(roadmap, phase1, project11, FOLDER);

	it("carries the project's properties, with its id as text and an empty repository link", () => {
		expect(Object.keys(note.properties)).toEqual([
			"roadmap", "kind", "phase", "project", "title", "repository", "done", "total", "progress", "status", "tags",
		]);
		expect(note.properties).toMatchObject({ kind: "project", phase: 1, project: "1.1", repository: "", total: 2, tags: ["roadmap/project"] });
		expect(noteText(note)).toContain('project: "1.1"\ntitle: ETL/ELT Script | v2\nrepository: ""\n');
		expect(note.path).toBe("Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Project 1.1 - ETL-ELT Script - v2.md");
	});

	it("renders each part in order: plain bullets, a numbered checklist, a fenced code block, a paragraph", () => {
		expect(note.body).toBe(
			[
				"# Project 1.1: ETL/ELT Script | v2",
				"**Phase:** [[Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Phase 01 - Basics - Syntax & C Notes|Phase 1: Basics: Syntax & C# Notes]]",
				"**Portfolio:** [[Learning Roadmap/Portfolio|Portfolio]]",
				"",
				"Clean a CSV file",
				"",
				"## Skills Applied",
				"- File I/O",
				"- Functions",
				"",
				"## Steps",
				"1. [ ] Read the file",
				"2. [ ] Write the file",
				"",
				"## Sample",
				"```python",
				"# not a heading",
				"- not an item",
				"```",
				"",
				"## Use Case",
				"Monthly sales reports",
				"",
				"## Key learnings",
				"",
			].join("\n"),
		);
	});

	it("gives a project without any checklist a box to complete it", () => {
		const bare = renderProjectNote(roadmap, phase10, project101, FOLDER);
		expect(bare.body).toContain("## Tech Stack\n- Airflow\n- Docker\n\n## Completion\n- [ ] Project complete\n\n## Key learnings\n");
		expect(bare.properties).toMatchObject({ project: "10.1", done: 0, total: 1, status: "not-started" });
		expect(bare.path).toBe("Learning Roadmap/Phase 10 - ETL-ELT Pipelines/Project 10.1 - Pipeline 1 - Airflow.md");
		expect(links(bare.body)).toEqual([
			["Learning Roadmap/Phase 10 - ETL-ELT Pipelines/Phase 10 - ETL-ELT Pipelines", "Phase 10: ETL/ELT Pipelines"],
			["Learning Roadmap/Portfolio", "Portfolio"],
		]);
	});
});

describe("overview, criteria and resources notes", () => {
	it("the overview links every phase and project note and the two guide notes", () => {
		const note = renderOverviewNote(roadmap, FOLDER);
		expect(note.path).toBe("Learning Roadmap/Roadmap overview.md");
		expect(note.properties).toEqual({ roadmap: "sample-path", kind: "overview", title: "Sample Path: Data | Engineering", tags: ["roadmap/overview"] });
		expect(note.body).toContain("# Sample Path: Data | Engineering\n**Goal:** Learn by doing\n\n## Time Commitment\n- **Beginner**: 5 hours/week\n");
		const planned = planRoadmapNotes(roadmap, FOLDER).filter((n) => n.identity.kind !== "overview");
		const targets = links(note.body).map(([target]) => `${target}.md`);
		expect(targets.sort()).toEqual(planned.map((n) => n.path).sort());
	});

	it("the overview names the learner only when a name is set", () => {
		expect(renderOverviewNote(roadmap, FOLDER).body).not.toContain("Created for");
		expect(renderOverviewNote(roadmap, FOLDER, "  ").body).not.toContain("Created for");
		expect(renderOverviewNote(roadmap, FOLDER, " Ada <b>L</b> ").body).toContain("# Sample Path: Data | Engineering\n**Created for:** Ada \\<b\\>L\\</b\\>\n**Goal:** Learn by doing\n");
	});

	it("the criteria note ticks what cannot be measured and marks the measured criteria", () => {
		const note = renderCriteriaNote(roadmap, FOLDER);
		expect(note.body).toContain(
			"## Beginner\n**Phases:** [[Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Phase 01 - Basics - Syntax & C Notes|Phase 1: Basics: Syntax & C# Notes]]\n\n" +
				"- Complete all Phase 1 topics *(measured by the plugin)*\n- [ ] Comfortable with loops\n",
		);
		expect(note.body).toContain("## Advanced\n");
		expect(note.properties).toEqual({
			roadmap: "sample-path", kind: "criteria", title: "Completion criteria", done: 0, total: 2, progress: 0,
			status: "not-started", tags: ["roadmap/criteria"],
		});
	});

	it("the resources note holds resources, next steps, notes and credits", () => {
		const note = renderResourcesNote(roadmap, FOLDER);
		expect(note.path).toBe("Learning Roadmap/Learning resources.md");
		expect(note.body).toContain("## Books\n1. **Fluent Python**\n");
		expect(note.body).toContain("## Next Steps\n- Build a portfolio\n");
		expect(note.body).toContain("## Notes\n- **Pace yourself**\n");
		expect(note.body).toContain("## Credits\n**Created by:** Someone\n");
		expect(note.properties).toMatchObject({ kind: "resources", tags: ["roadmap/resources"] });
	});
});

describe("the whole roadmap", () => {
	it("plans every note once, in a stable order, each path unique", () => {
		const paths = planRoadmapNotes(roadmap, FOLDER).map((n) => n.path);
		expect(paths).toEqual([
			"Learning Roadmap/Roadmap overview.md",
			"Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Phase 01 - Basics - Syntax & C Notes.md",
			"Learning Roadmap/Phase 01 - Basics - Syntax & C Notes/Project 1.1 - ETL-ELT Script - v2.md",
			"Learning Roadmap/Phase 10 - ETL-ELT Pipelines/Phase 10 - ETL-ELT Pipelines.md",
			"Learning Roadmap/Phase 10 - ETL-ELT Pipelines/Project 10.1 - Pipeline 1 - Airflow.md",
			"Learning Roadmap/Completion criteria.md",
			"Learning Roadmap/Learning resources.md",
		]);
	});

	it("lists the same paths without rendering the notes", () => {
		expect(plannedNotePaths(roadmap, FOLDER)).toEqual(planRoadmapNotes(roadmap, FOLDER).map((n) => n.path));
	});

	it("never writes a link whose target would not resolve to a planned note", () => {
		const notes = planRoadmapNotes(roadmap, FOLDER);
		// The portfolio is not a planned note: Generate creates it beside them when it is missing.
		const paths = new Set([...notes.map((n) => n.path), portfolioNotePath(FOLDER)]);
		expect(notes).toHaveLength(7);
		let checked = 0;
		for (const note of notes) {
			for (const [target, alias] of links(note.body)) {
				expect(paths.has(`${target}.md`), `${note.path} links ${target}`).toBe(true);
				expect(alias).not.toMatch(/\||\]\]|\[\[/u);
				checked++;
			}
		}
		// overview → 6 notes; phase → overview + its project; project → its phase; criteria → its phases
		expect(checked).toBeGreaterThanOrEqual(6 + 2 * 2 + 2);
	});
});
