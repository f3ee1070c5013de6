import type { DrawTarget } from "../view/view-tree";
import type { BarPlan } from "../view/progress-bar";
import type { RoadmapPace } from "../../core/pace/pace";
import { readableDate } from "../../core/dates/calendar-dates";
import { currentPhaseLine, expectedBand, paceLine, paceVerdict, planLine, projectionLine, startProblemLine, tooLongLine, unplannedLine } from "../../core/pace/pace-words";

/**
 * The pace under the overall bar: the verdict against the plan's band, the plan's dates, the
 * projected finish from recent velocity, and the phases left out of the plan. Nothing without a plan
 * and without a projection (an own roadmap with no durations and few dates shows nothing).
 */
export function renderPaceLine(parent: DrawTarget, pace: RoadmapPace): DrawTarget | undefined {
	const verdict = paceLine(pace);
	const problems = [startProblemLine(pace), tooLongLine(pace)].filter((t): t is string => t !== undefined);
	if (verdict === undefined && !pace.finish && problems.length === 0) return undefined;
	const box = parent.createDiv({ cls: "lr-pace", attr: { role: "group", "aria-label": "Pace" } });
	if (verdict !== undefined && pace.overall) {
		box.createEl("p", { cls: "lr-pace-verdict", text: verdict, attr: { "data-status": pace.overall.status } });
	}
	// What the plan could not read comes first: the dates below depend on it.
	for (const text of problems) box.createEl("p", { cls: "lr-pace-detail lr-pace-problem", text });
	for (const text of [planLine(pace), pace.plan || pace.finish ? projectionLine(pace) : undefined, currentPhaseLine(pace), unplannedLine(pace)]) {
		if (text !== undefined) box.createEl("p", { cls: "lr-pace-detail", text });
	}
	return box;
}

/**
 * The "today should be here" marker of a planned phase's bar once the plan has reached the phase: the
 * band the plan expects done by today, drawn over the track, and said in the bar's value text.
 */
export function phaseBarPlan(pace: RoadmapPace | undefined, phaseNumber: number): BarPlan | undefined {
	const phase = pace?.phases.find((p) => p.number === phaseNumber);
	// A phase the plan does not reach yet, even at its fastest, gets no marker: a row of zeros says nothing.
	if (!phase || phase.expectedHigh <= 0) return undefined;
	const verdict = paceVerdict(phase).toLowerCase();
	return {
		status: phase.status,
		from: share(phase.expectedLow),
		to: share(phase.expectedHigh),
		title: `Today the plan expects ${expectedBand(phase)} of this phase: ${verdict}`,
		said: `today the plan expects ${expectedBand(phase)} of it: ${verdict}`,
	};
}

/** With `phase: N` in a pace block: that phase's pace in words, or why the plan leaves it out. */
export function renderPhasePace(parent: DrawTarget, pace: RoadmapPace, phaseNumber: number): void {
	const phase = pace.phases.find((p) => p.number === phaseNumber);
	const unplanned = pace.unplanned.find((p) => p.number === phaseNumber);
	if (phase) {
		const ends = phase.to.earliest === phase.to.latest ? `on ${readableDate(phase.to.earliest)}` : `between ${readableDate(phase.to.earliest)} and ${readableDate(phase.to.latest)}`;
		parent.createEl("p", {
			cls: "lr-pace-detail",
			text: `${paceVerdict(phase)}: the plan expects ${expectedBand(phase)} of this phase by today; it starts on ${readableDate(phase.from)} and ends ${ends}.`,
		});
	} else if (unplanned) {
		parent.createEl("p", { cls: "lr-pace-detail", text: `Phase ${unplanned.number} (${unplanned.duration}) has no duration the plan can use.` });
	}
}

function share(value: number): string {
	return `${Number((Math.min(1, Math.max(0, value)) * 100).toFixed(3))}%`;
}
