import type { RoadmapPace } from "../core/pace/pace";
import { expectedBand, paceVerdict } from "../core/pace/pace-words";
import { readableDate } from "../core/pace/dates";
import type { RoadmapProgress } from "../core/progress/progress-model";
import { renderBurnUp } from "./burn-up";
import { markPhaseBars, renderPaceLine } from "./pace-card";
import { renderPhaseBlock, type OpenNote } from "./progress-dom";

/**
 * A `roadmap-progress` block with `show: pace`: the same bars as without it, plus the pace line under
 * the overall bar, the "today" marker on each phase bar and the burn-up; with `phase: N`, that phase's
 * bar with its marker and its pace in words.
 */
export function renderPaceBlock(container: HTMLElement, progress: RoadmapProgress, pace: RoadmapPace, phaseNumber: number | undefined, onOpen: OpenNote): void {
	renderPhaseBlock(container, progress, phaseNumber, onOpen);
	const root = container.querySelector<HTMLElement>(".lr-progress-block");
	if (!root || !progress.hasNotes) return;
	markPhaseBars(root, pace);
	if (phaseNumber === undefined) {
		renderPaceLine(root.querySelector<HTMLElement>(".lr-overall") ?? root, pace);
		renderBurnUp(root, pace);
		return;
	}
	const phase = pace.phases.find((p) => p.number === phaseNumber);
	const unplanned = pace.unplanned.find((p) => p.number === phaseNumber);
	if (phase) {
		const ends = phase.to.earliest === phase.to.latest ? `on ${readableDate(phase.to.earliest)}` : `between ${readableDate(phase.to.earliest)} and ${readableDate(phase.to.latest)}`;
		root.createEl("p", {
			cls: "lr-pace-detail",
			text: `${paceVerdict(phase)}: the plan expects ${expectedBand(phase)} of this phase by today; it starts on ${readableDate(phase.from)} and ends ${ends}.`,
		});
	} else if (unplanned) {
		root.createEl("p", { cls: "lr-pace-detail", text: `Phase ${unplanned.number} (${unplanned.duration}) has no duration the plan can use.` });
	}
}
