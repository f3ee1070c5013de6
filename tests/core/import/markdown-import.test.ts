import { describe, expect, it } from "vitest";
import { importMarkdown } from "../../../src/core/import/markdown-import";
import type { ImportedRoadmap } from "../../../src/core/import/imported-roadmap";

function imported(text: string, fileName = "Study plan"): ImportedRoadmap {
	const result = importMarkdown(text, fileName);
	if (!result.ok) throw new Error(result.problem);
	return result.roadmap;
}

function outline(roadmap: ImportedRoadmap): string[] {
	return roadmap.phases.flatMap((phase) => [
		`## ${phase.title}${phase.duration === undefined ? "" : ` (${phase.duration})`}`,
		...phase.sections.flatMap((section) => [`### ${section.title}`, ...section.topics.map((t) => `- ${t.text}${t.ticked === undefined ? "" : ` [x ${t.ticked}]`}`)]),
	]);
}

const CHECKLIST = `---
tags: [study]
---
# Interview prep

Intro text that is not a topic.

- [ ] Read the overview

## Data structures

### Arrays
- [ ] Dynamic arrays
  - [x] Amortised growth ✅ 2026-02-03
  - [ ] Resizing by [[Doubling]] and [a video](https://example.com/v)
* [X] Linked lists

## Algorithms
1. [ ] Binary search
2. [x] Merge sort

\`\`\`md
- [ ] Not a topic: inside a code block
\`\`\`
`;

describe("importing a Markdown checklist", () => {
	it("makes the first # heading the title, ## headings phases and deeper headings sections", () => {
		const roadmap = imported(CHECKLIST);
		expect(roadmap.title).toBe("Interview prep");
		expect(outline(roadmap)).toEqual([
			"## Interview prep",
			"### Interview prep",
			"- Read the overview",
			"## Data structures",
			"### Arrays",
			"- Dynamic arrays",
			"- Amortised growth [x 2026-02-03]",
			"- Resizing by [[Doubling]] and [a video](https://example.com/v)",
			"- Linked lists [x ]",
			"## Algorithms",
			"### Algorithms",
			"- Binary search",
			"- Merge sort [x ]",
		]);
	});

	it("makes one phase, named after the file, of a note without headings", () => {
		const roadmap = imported("- [ ] One\n- [ ] Two\n", "My list");
		expect(outline(roadmap)).toEqual(["## My list", "### My list", "- One", "- Two"]);
	});

	it("makes a topic of each table row, and the phase's duration of its Duration column", () => {
		const roadmap = imported(`# CS path

## Core programming

| Courses | Duration | Effort | Prerequisites |
|:--|:--:|:--:|:--:|
| [Systematic Program Design](https://example.com/spd) | 13 weeks | 8-10 hours/week | none |
| Class-based Program Design | 13 weeks | 5-10 hours/week | Systematic Program Design |
| Programming Languages, Part A \\| B | 5 weeks | 4-8 hours/week | |

## Core math
| Course | Effort |
| --- | --- |
| Calculus 1A | 8 hours/week |
| Calculus 1B | 8 hours/week |
`);
		expect(outline(roadmap)).toEqual([
			"## Core programming (31 weeks)",
			"### Core programming",
			"- [Systematic Program Design](https://example.com/spd)",
			"- Class-based Program Design",
			"- Programming Languages, Part A \\| B",
			"## Core math (8 hours/week)",
			"### Core math",
			"- Calculus 1A",
			"- Calculus 1B",
		]);
	});

	it("keeps labels with pipes, links, hashes, HTML and emoji as they are written", () => {
		const roadmap = imported("- [ ] C# & F# | .NET 🚀 <b>bold</b> [[Note#Part|alias]] #tag\n");
		expect(roadmap.phases[0]?.sections[0]?.topics).toEqual([{ text: "C# & F# | .NET 🚀 <b>bold</b> [[Note#Part|alias]] #tag" }]);
	});

	it("says so for a note without checkboxes or tables", () => {
		expect(importMarkdown("# Notes\n\nJust prose.\n\n- a plain bullet\n", "Notes")).toEqual({ ok: false, problem: "it has no checkbox items and no tables to import" });
	});

	it("refuses a file too large to import, and one with too many items", () => {
		const huge = importMarkdown(`- [ ] ${"x".repeat(5_000_000)}\n`, "Huge");
		expect(huge.ok ? "" : huge.problem).toBe("it is too large to import (5.0 MB; the limit is 2 MB)");
		const many = importMarkdown(Array.from({ length: 10_000 }, (_, i) => `- [ ] Item ${i}`).join("\n"), "Many");
		expect(many.ok ? "" : many.problem).toBe("it holds 10,000 topics, more than the 3,000 one roadmap can take; split it into smaller files");
	});
});
