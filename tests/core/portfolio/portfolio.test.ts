import { describe, expect, it } from "vitest";
import { newPortfolioNote, portfolioCounts, portfolioHeading, renderPortfolio, withNamedHeading, type PortfolioInput } from "../../../src/core/portfolio/portfolio";
import { computeProgress } from "../../../src/core/progress/progress";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";
import { boxes, phaseNote, projectNote } from "../progress/builders";
import { sampleRoadmap } from "../notes/sample-roadmap";

const roadmap = sampleRoadmap();
const PHASE_1 = "Learning Roadmap/Phase 01/Phase 01.md";
const PHASE_10 = "Learning Roadmap/Phase 10/Phase 10.md";
const PROJECT_1_1 = "Learning Roadmap/Phase 01/Project 1.1.md";
const PROJECT_10_1 = "Learning Roadmap/Phase 10/Project 10.1.md";
const PROJECT_10_2 = "Learning Roadmap/Phase 10/Project 10.2.md";

function input(notes: RoadmapNote[], keyLearnings: Record<string, string[]> = {}): PortfolioInput {
	const withRoadmap = notes.map((n) => ({ ...n, roadmap: roadmap.id }));
	return {
		progress: computeProgress({ roadmapId: roadmap.id, roadmap, notes: withRoadmap, today: new Date(2026, 11, 1) }),
		roadmap,
		notes: withRoadmap,
		keyLearnings: new Map(Object.entries(keyLearnings)),
	};
}

/** Phase 1 done; project 1.1 done with a repository; 10.1 started; 10.2 (unknown to the data) done without one. */
function learnedNotes(): RoadmapNote[] {
	return [
		phaseNote(1, PHASE_1, boxes("## 1.1 Getting Started", "[x] Install Python ✅ 2026-11-01", "[x] Install Python packages ✅ 2026-11-01", "[x] REPL ✅ 2026-11-02", "## 1.2 Loops", "[x] for loops ✅ 2026-11-03", "[-] while loops")),
		phaseNote(10, PHASE_10, boxes("## 10.1 Airflow", "[x] DAGs ✅ 2026-11-20", "[ ] Operators")),
		projectNote("1.1", PROJECT_1_1, boxes("[x] Read the file ✅ 2026-11-04", "[x] Write the file ✅ 2026-11-09"), {
			title: "ETL/ELT Script | v2",
			repository: "https://github.com/learner/etl-script",
		}),
		projectNote("10.1", PROJECT_10_1, boxes("[/] Project complete"), { title: "Pipeline #1: Airflow" }),
		projectNote("10.2", PROJECT_10_2, boxes("[x] Ship it ✅ 2026-11-30"), { title: "Odd | title ]] here" }),
	];
}

describe("the portfolio", () => {
	it("lists completed projects in phase order, the skills of completed phases, then the projects in progress", () => {
		const text = renderPortfolio(input(learnedNotes(), { [PROJECT_1_1]: ["Streaming a file beats reading it whole.", "- Name things after what they hold"] }));
		expect(text).toBe(
			[
				"## Completed projects",
				"",
				"### [[Learning Roadmap/Phase 01/Project 1.1|Project 1.1: ETL/ELT Script - v2]]",
				"",
				"- **Phase:** [[Learning Roadmap/Phase 01/Phase 01|Phase 1: Basics: Syntax & C# Notes]]",
				"- **Completed:** 2026-11-09",
				"- **Repository:** [github.com/learner/etl-script](https://github.com/learner/etl-script)",
				"- **Practised:** File I/O, Functions",
				"- **Key learnings:**",
				"  > Streaming a file beats reading it whole.",
				"  > - Name things after what they hold",
				"",
				"### [[Learning Roadmap/Phase 10/Project 10.2|Project 10.2: Odd - title )) here]]",
				"",
				"- **Phase:** [[Learning Roadmap/Phase 10/Phase 10|Phase 10: ETL/ELT Pipelines]]",
				"- **Completed:** 2026-11-30",
				"",
				"## Skills covered",
				"",
				"### Phase 1: Basics: Syntax & C\\# Notes",
				"",
				"- 1.1 Getting Started",
				"- 1.2 Loops",
				"",
				"## In progress",
				"",
				"- [[Learning Roadmap/Phase 10/Project 10.1|Project 10.1: Pipeline #1: Airflow]]: 0/1 boxes (0%)",
				"",
			].join("\n"),
		);
		expect(portfolioCounts(input(learnedNotes()).progress)).toEqual({ completed: 2, inProgress: 1 });
	});

	it("says so when nothing is completed or in progress yet", () => {
		const text = renderPortfolio(input([phaseNote(1, PHASE_1, boxes("[ ] Install Python"))]));
		expect(text).toContain("## Completed projects\n\nNo completed project yet: a project counts once every box in its note is ticked.\n");
		expect(text).toContain("## Skills covered\n\nNo phase completed yet: a phase counts once every topic in its note is ticked.\n");
		expect(text).toContain("## In progress\n\nNo project in progress.\n");
	});

	it("shows a repository that is not a web address as text, never as a link", () => {
		for (const repository of ["javascript:alert(1)", "github.com/learner/x", "<img src=x onerror=alert(1)>", "[[Secret note]]", "https://exa mple.com"]) {
			const notes = learnedNotes();
			notes[2] = { ...notes[2], repository };
			const line = renderPortfolio(input(notes)).split("\n").find((l) => l.startsWith("- **Repository:**")) ?? "";
			expect(line, repository).toMatch(/\*\(not a web address\)\*$/);
			// escaped (`\<`, `\[`) shows as text; unescaped it would be a link, an element or a wikilink
			expect(line, repository).not.toMatch(/\]\(|(?<!\\)<img|(?<!\\)\[(?<!\\)\[/);
		}
	});

	it("keeps a repository address with brackets inside its link", () => {
		const notes = learnedNotes();
		notes[2] = { ...notes[2], repository: "https://example.com/a_(b)" };
		expect(renderPortfolio(input(notes))).toContain("- **Repository:** [example.com/a\\_(b)](https://example.com/a_%28b%29)\n");
	});

	it("writes no date it does not know, and never lets a learner's line open or close a generated block", () => {
		const notes = learnedNotes();
		notes[2] = { ...notes[2], boxes: boxes("[x] Read the file", "[x] Write the file") };
		const text = renderPortfolio(input(notes, { [PROJECT_1_1]: ["<!-- learning-roadmap:portfolio:end -->"] }));
		expect(text).toContain("- **Completed:** date not recorded\n");
		expect(text).toContain("  > &lt;!-- learning-roadmap:portfolio:end --&gt;\n");
		expect(text).not.toContain("<!--");
	});

	it("gives the same bytes for the same vault", () => {
		expect(renderPortfolio(input(learnedNotes()))).toBe(renderPortfolio(input(learnedNotes())));
	});
});

describe("the portfolio's heading and the learner's name", () => {
	it("names the learner only when a name is set, escaping it as text", () => {
		expect(portfolioHeading("SQL")).toBe("# Portfolio: SQL");
		expect(portfolioHeading("SQL", "   ")).toBe("# Portfolio: SQL");
		expect(portfolioHeading("SQL", "Ada [[Lovelace]]")).toBe("# Portfolio of Ada \\[\\[Lovelace\\]\\]: SQL");
		expect(newPortfolioNote("SQL", "BLOCK", "Ada").split("\n")[0]).toBe("# Portfolio of Ada: SQL");
	});

	it("puts the name into the unnamed generated heading, and leaves a heading the learner wrote alone", () => {
		expect(withNamedHeading("---\ncssclasses: wide\n---\n\n# Portfolio: SQL\nText\n", "SQL", "Ada")).toBe("---\ncssclasses: wide\n---\n\n# Portfolio of Ada: SQL\nText\n");
		expect(withNamedHeading("# My work\n# Portfolio: SQL\n", "SQL", "Ada")).toBe("# My work\n# Portfolio: SQL\n");
		expect(withNamedHeading("# Portfolio: SQL\n", "SQL", "")).toBe("# Portfolio: SQL\n");
	});
});
