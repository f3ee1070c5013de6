import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeProgress } from "../../../src/core/progress/progress";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";
import { renderReview, reviewFileName, reviewMonth, templateProblems, validateReviewFileFormat } from "../../../src/core/review/review";
import { boxes, phaseNote, projectNote } from "../progress/builders";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";

const ROADMAP_TEMPLATE = `## Month: [Month Year]

### Topics Covered
- [ ] Topic 1
- [ ] Topic 2

### Projects Completed
- [ ] Project Name 1
  - GitHub Repo: [link]

### Skills Acquired
- Technical Skills:
  - Skill 1

### Challenges Faced
1. Challenge:
   - Solution:

### Next Month Goals
- [ ] Goal 1

### Resources Used
- Course: [Name - Platform]
`;

const notes: RoadmapNote[] = [
	phaseNote(1, "Roadmap/Phase 01/Phase 01 - Python.md", boxes("## 1.1 Basics", "[x] Variables ✅ 2026-11-02", "[x] Loops ✅ 2026-10-31", "[ ] Functions", "[-] Skipped"), { title: "Python Fundamentals" }),
	phaseNote(2, "Roadmap/Phase 02/Phase 02 - Files.md", boxes("[x] CSV | TSV ✅ 2026-11-30", "[ ] JSON", "[ ] XML", "[/] Paths", "[ ] YAML", "[ ] Parquet")),
	projectNote("1.1", "Roadmap/Phase 01/Project 1.1 - Calculator.md", boxes("[x] Build ✅ 2026-10-30", "[x] Test ✅ 2026-11-20"), { title: "Calculator", repository: "https://github.com/me/calc" }),
	projectNote("1.2", "Roadmap/Phase 01/Project 1.2 - Game.md", boxes("[x] Build ✅ 2026-10-30")),
];

function render(month: Date, template?: string, builtInTemplate: string | undefined = ROADMAP_TEMPLATE, today = new Date(2026, 11, 1, 9)) {
	const progress = computeProgress({ roadmapId: "py", notes, today });
	return renderReview({ roadmapId: "py", month, today, template, builtInTemplate, progress, notes });
}

describe("the monthly review", () => {
	it("fills the roadmap's template with what was done that month", () => {
		expect(render(new Date(2026, 10, 1))).toBe(`---
roadmap: py
kind: review
month: "2026-11"
---

## Month: November 2026

Overall progress: 50% (6/12)

Current streak: 1 day (longest: 3 days), on 2026-11-30.

### Topics Covered
#### Phase 1: Python Fundamentals
- [[Roadmap/Phase 01/Phase 01 - Python|Variables]] (2026-11-02)

#### Phase 2
- [[Roadmap/Phase 02/Phase 02 - Files|CSV - TSV]] (2026-11-30)

### Revisited
- No topic revisited this month.

### Projects Completed
- [[Roadmap/Phase 01/Project 1.1 - Calculator|1.1 Calculator]]
  - Status: ✅ Complete (2026-11-20)
  - Repository: https://github.com/me/calc
  - Key learnings:

### Skills Acquired
- Technical Skills:
  - Skill 1

### Challenges Faced
1. Challenge:
   - Solution:

### Next Month Goals
- [[Roadmap/Phase 01/Phase 01 - Python|Functions]] (Phase 1)
- [[Roadmap/Phase 02/Phase 02 - Files|JSON]] (Phase 2)
- [[Roadmap/Phase 02/Phase 02 - Files|XML]] (Phase 2)
- [[Roadmap/Phase 02/Phase 02 - Files|Paths]] (Phase 2)
- [[Roadmap/Phase 02/Phase 02 - Files|YAML]] (Phase 2)

### Resources Used
- Course: [Name - Platform]
`);
	});

	it("covers only ticked topics: a box unticked again keeps its ✅ date but is not covered, nor a started or cancelled one", () => {
		const unticked: RoadmapNote[] = [
			phaseNote(1, "P/Phase 01.md", boxes("## 1.1 Basics", "[ ] Topic ✅ 2026-11-03", "[/] Started ✅ 2026-11-04", "[-] Dropped ✅ 2026-11-05", "[X] Kept ✅ 2026-11-06")),
			projectNote("1.1", "P/Project 1.1.md", boxes("[x] Build ✅ 2026-11-07", "[ ] Test ✅ 2026-11-08")),
		];
		const today = new Date(2026, 11, 1, 9);
		const progress = computeProgress({ roadmapId: "py", notes: unticked, today });
		const text = renderReview({ roadmapId: "py", month: new Date(2026, 10, 1), today, template: "{{topics_covered}}\n\n{{projects_completed}}", builtInTemplate: undefined, progress, notes: unticked });
		expect(text.split("\n---\n\n")[1]).toBe("#### Phase 1\n- [[P/Phase 01|Kept]] (2026-11-06)\n\n- No project completed this month.\n");
	});

	it("writes no checkbox the review could be counted by", () => {
		expect(render(new Date(2026, 10, 1))).not.toMatch(/^\s*[-*+] \[.\]/m);
	});

	it("says so when nothing was done that month, and uses its own skeleton without a roadmap template", () => {
		const text = render(new Date(2026, 8, 1), undefined, undefined);
		expect(text).toContain("## Month: September 2026");
		expect(text).toContain("### Topics Covered\n- Nothing dated this month.");
		expect(text).toContain("### Projects Completed\n- No project completed this month.");
		for (const section of ["Skills Acquired", "Challenges Faced", "Next Month Goals", "Resources Used"]) expect(text).toContain(`### ${section}`);
	});

	it("fills a custom template's placeholders and keeps unknown ones", () => {
		const template = `---
tags: [review]
kind: journal
---
# {{month}} — written {{date}}, a {{date:EEEE d MMMM}}
{{progress}}

{{topics_covered}}

{{projects_completed}}

{{next_goals}}
{{mood}} {{date:YYYY-MM-DD}}`;
		const text = render(new Date(2026, 9, 1), template, ROADMAP_TEMPLATE, new Date(2026, 10, 2, 8));
		expect(text.startsWith('---\nroadmap: py\nkind: review\nmonth: "2026-10"\ntags: [review]\n---\n\n')).toBe(true);
		expect(text).toContain("# October 2026 — written 2026-11-02, a Monday 2 November");
		expect(text).toContain("50% (6/12)");
		expect(text).toContain("- [[Roadmap/Phase 01/Phase 01 - Python|Loops]] (2026-10-31)");
		expect(text).toContain("- [[Roadmap/Phase 01/Project 1.2 - Game|Project 1.2]]\n  - Status: ✅ Complete (2026-10-30)\n  - Repository:\n");
		expect(text).toContain("- [[Roadmap/Phase 01/Phase 01 - Python|Functions]] (Phase 1)");
		expect(text).toContain("{{mood}} {{date:YYYY-MM-DD}}");
		expect(text).not.toContain("journal");
	});

	it("reports an unterminated quote in {{date:'}} and leaves it as written instead of an empty text", () => {
		const template = "Written {{date:'}} and {{date:yyyy 'at}} on {{date:yyyy}}";
		const text = render(new Date(2026, 9, 1), template, ROADMAP_TEMPLATE, new Date(2026, 10, 2, 8));
		expect(text).toContain("Written {{date:'}} and {{date:yyyy 'at}} on 2026");
		expect(templateProblems(template)).toEqual([
			"{{date:'}} has a quote (') that is never closed; it was left as written.",
			"{{date:yyyy 'at}} has a quote (') that is never closed; it was left as written.",
		]);
		expect(templateProblems("{{date:yyyy 'Q'Q}} {{date:h 'o''clock'}}")).toEqual([]);
	});

	it("uses the roadmap's template when the custom one is empty", () => {
		expect(render(new Date(2026, 10, 1), "  \n")).toContain("## Month: November 2026");
	});
});

describe("which month and which file", () => {
	const original = process.env.TZ;
	beforeEach(() => {
		process.env.TZ = original;
	});
	afterEach(() => {
		process.env.TZ = original;
	});

	it.each([
		["Europe/Paris", "2026-11-30T23:30:00+01:00"],
		["America/Los_Angeles", "2026-11-30T23:30:00-08:00"],
	])("is still November at 23:30 on 30 November in %s", (zone, instant) => {
		process.env.TZ = zone;
		const month = reviewMonth(new Date(instant), "this");
		expect(reviewFileName("yyyy-MM 'Monthly review'", month)).toBe("2026-11 Monthly review");
		expect(render(month, undefined, ROADMAP_TEMPLATE, new Date(instant))).toContain('month: "2026-11"');
		expect(render(month, undefined, ROADMAP_TEMPLATE, new Date(instant))).toContain("## Month: November 2026");
	});

	it("is already December at 00:30 on 1 December in Paris, while UTC is still in November", () => {
		process.env.TZ = "Europe/Paris";
		expect(reviewFileName("yyyy-MM", reviewMonth(new Date("2026-11-30T23:30:00Z"), "this"))).toBe("2026-12");
	});

	it.each(["Europe/Paris", "America/Los_Angeles"])("reviews December of the year before from January in %s", (zone) => {
		process.env.TZ = zone;
		const month = reviewMonth(new Date(2027, 0, 1, 0, 15), "previous");
		expect(reviewFileName("yyyy-MM 'Monthly review'", month)).toBe("2026-12 Monthly review");
		expect(render(month)).toContain("## Month: December 2026");
	});

	it("accepts the default file name format", () => {
		expect(validateReviewFileFormat("yyyy-MM 'Monthly review'")).toBeNull();
		expect(validateReviewFileFormat("MMMM yyyy")).toBeNull();
	});

	it.each([
		["", "empty"],
		["yyyy-MM Monthly review", "not a date-fns format"],
		["YYYY-MM", "not a date-fns format"],
		["yyyy/MM", '"/"'],
		["yyyy-MM 'review: notes'", '":"'],
		["'Monthly review'", "change with the month"],
		["MMMM", "change with the month and the year"],
		["'../../../x'yyyy-MM", "can't be used"],
		["yyyy-MM '..' MM", "can't be used"],
		["'CON.'yyyy-MM", "reserves"],
		["yyyy\\MM", '"\\"'],
	])("refuses the file name format %j", (format, reason) => {
		expect(validateReviewFileFormat(format)).toContain(reason);
	});
});

describe("revisits and the streak in the review", () => {
	const practised: RoadmapNote[] = [
		phaseNote(1, "P/Phase 01.md", scanNoteBoxes([
			"- [x] Variables ↻ 2026-10-31 ↻ 2026-11-06 ✅ 2026-10-30",
			"- [ ] Loops ↻ 2026-11-02",
			"- [x] Functions ✅ 2026-11-05",
			"- [x] Classes ↻ 2026-12-01 ✅ 2026-11-30",
		])),
	];
	const progress = computeProgress({ roadmapId: "py", notes: practised, today: new Date(2026, 11, 3) });
	const review = (month: Date, template: string, today = new Date(2026, 11, 3, 9)) =>
		renderReview({ roadmapId: "py", month, today, template, builtInTemplate: undefined, progress, notes: practised, restDaysPerWeek: 1 });

	it("lists the topics revisited that month with their dates, an unticked one too", () => {
		expect(review(new Date(2026, 10, 1), "{{revisits}}")).toContain(
			"- [[P/Phase 01|Variables]] (↻ 2026-11-06)\n- [[P/Phase 01|Loops]] (↻ 2026-11-02)\n",
		);
		expect(review(new Date(2026, 9, 1), "{{revisits}}")).toContain("- [[P/Phase 01|Variables]] (↻ 2026-10-31)\n");
		expect(review(new Date(2026, 8, 1), "{{revisits}}")).toContain("- No topic revisited this month.");
	});

	it("counts the streak on the month's last day, or today for this month, with the rest days setting", () => {
		// Active 30 Oct to 2 Nov (one rest on the 1st): 3 days; then 5 and 6 Nov: broken by 3 and 4 Nov.
		expect(review(new Date(2026, 9, 1), "{{streak}}")).toContain("Current streak: 2 days (longest: 2 days), on 2026-10-31.");
		expect(review(new Date(2026, 10, 1), "{{streak}}")).toContain("Current streak: 1 day (longest: 3 days), on 2026-11-30.");
		expect(review(new Date(2026, 11, 1), "{{streak}}")).toContain("Current streak: 2 days (longest: 3 days), on 2026-12-03.");
	});

	it("puts a Revisited section after the topics covered and the streak under the progress in the built-in template", () => {
		const text = renderReview({ roadmapId: "py", month: new Date(2026, 10, 1), today: new Date(2026, 11, 3), template: undefined, builtInTemplate: undefined, progress, notes: practised });
		expect(text).toMatch(/Overall progress: .*\n\nCurrent streak: .*\n\n### Topics Covered\n[\s\S]*?\n### Revisited\n- \[\[P\/Phase 01\|Variables\]\] \(↻ 2026-11-06\)\n/);
		expect(text.match(/### Revisited/g)).toHaveLength(1);
	});
});
