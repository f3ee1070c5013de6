import type { RoadmapPace } from "../core/pace/pace";
import { currentPhaseLine, expectedBand, paceLine, paceVerdict, planLine, projectionLine, startProblemLine, tooLongLine, unplannedLine } from "../core/pace/pace-words";

/**
 * The pace under the overall bar: the verdict against the plan's band, the plan's dates, the
 * projected finish from recent velocity, and the phases left out of the plan. Nothing without a plan
 * and without a projection (an own roadmap with no durations and few dates shows nothing).
 */
export function renderPaceLine(parent: HTMLElement, pace: RoadmapPace): HTMLElement | undefined {
	const verdict = paceLine(pace);
	const problems = [startProblemLine(pace), tooLongLine(pace)].filter((t): t is string => t !== undefined);
	if (verdict === undefined && !pace.finish && problems.length === 0) return undefined;
	const box = parent.createDiv({ cls: "lr-pace", attr: { role: "group", "aria-label": "Pace" } });
	if (verdict !== undefined && pace.overall) {
		const line = box.createEl("p", { cls: "lr-pace-verdict", text: verdict });
		line.dataset.status = pace.overall.status;
	}
	// What the plan could not read comes first: the dates below depend on it.
	for (const text of problems) box.createEl("p", { cls: "lr-pace-detail lr-pace-problem", text });
	for (const text of [planLine(pace), pace.plan || pace.finish ? projectionLine(pace) : undefined, currentPhaseLine(pace), unplannedLine(pace)]) {
		if (text !== undefined) box.createEl("p", { cls: "lr-pace-detail", text });
	}
	return box;
}

/**
 * Adds a "today should be here" marker to each planned phase's bar that the plan has reached (`.lr-phase[data-phase=N]`): the
 * band the plan expects done by today, drawn over the track, and said in the bar's value text.
 */
export function markPhaseBars(root: HTMLElement, pace: RoadmapPace): void {
	for (const phase of pace.phases) {
		// A phase the plan does not reach yet, even at its fastest, gets no marker: a row of zeros says nothing.
		if (phase.expectedHigh <= 0) continue;
		const bar = root.querySelector<HTMLElement>(`.lr-phase[data-phase="${phase.number}"] .lr-phase-bar`);
		const track = bar?.querySelector<HTMLElement>(".lr-bar-track");
		if (!bar || !track) continue;
		const marker = track.createDiv({ cls: "lr-pace-marker", attr: { "aria-hidden": "true", "data-status": phase.status } });
		marker.setCssProps({ "--lr-pace-from": share(phase.expectedLow), "--lr-pace-to": share(phase.expectedHigh) });
		const said = `today the plan expects ${expectedBand(phase)} of it: ${paceVerdict(phase).toLowerCase()}`;
		bar.setAttr("title", `Today the plan expects ${expectedBand(phase)} of this phase: ${paceVerdict(phase).toLowerCase()}`);
		const text = bar.getAttribute("aria-valuetext");
		bar.setAttr("aria-valuetext", text ? `${text}; ${said}` : said);
	}
}

function share(value: number): string {
	return `${Number((Math.min(1, Math.max(0, value)) * 100).toFixed(3))}%`;
}
