import { describe, expect, it } from "vitest";
import { computePace } from "../../../src/core/pace/pace";
import { renderReview } from "../../../src/core/review/review";
import { dailyDates, paceRoadmap } from "../pace/pace-fixtures";

// Two phases (2-4 weeks, then 1-2 months), 60 boxes, 28 done over four weeks of September, nothing since.
const { roadmap, progress } = paceRoadmap([
	{ number: 1, duration: "2-4 weeks", level: "Beginner", done: 20, total: 20 },
	{ number: 2, duration: "1-2 months", level: "Advanced", done: 8, total: 40 },
]);
const pace = computePace({ roadmap, progress, doneDates: dailyDates("2026-09-01", 28), today: "2026-10-27" });

function review(template: string | undefined, withPace = true): string {
	return renderReview({
		roadmapId: "pace",
		month: new Date(2026, 9, 1),
		today: new Date(2026, 9, 27, 9),
		template,
		builtInTemplate: "## Month: [Month Year]\n\n### Topics Covered\n- [ ] Topic 1\n",
		progress,
		notes: [],
		...(withPace ? { pace } : {}),
	});
}

describe("pace in the monthly review", () => {
	it("adds a pace line under the overall progress in the built-in template", () => {
		const text = review(undefined);
		expect(text).toContain(
			"## Month: October 2026\n\nOverall progress: 46% (28/60)\nPace: A little behind (2 weeks): 46% of the planned phases done; the plan expects 63\u2013100% by today.\n",
		);
	});

	it("fills {{pace}} in the learner's own template with the pace, the plan and the projection", () => {
		const text = review("# {{month}}\n\n{{pace}}\n");
		expect(text).toContain(
			[
				"- A little behind (2 weeks): 46% of the planned phases done; the plan expects 63\u2013100% by today.",
				"- Plan from 1 Sep 2026 (your first completion date); it ends between 15 Oct 2026 and 29 Nov 2026.",
			].join("\n"),
		);
		// weekly counts 0,0,0,0,6,7,7,7 weighing 8…1: 66/36 boxes a week likely (32 left: 123 days), 6 at the
		// weighted 75th percentile (38 days), 0 at the 25th: no latest date
		expect(text).toContain("- At your recent pace you finish the roadmap around 27 Feb 2027 (4 Dec 2026 at the earliest).");
	});

	it("says there is no plan, and writes no pace line, without one", () => {
		expect(review("{{pace}}", false)).toContain("No plan for this roadmap.");
		expect(review(undefined, false)).not.toContain("Pace:");
	});
});
