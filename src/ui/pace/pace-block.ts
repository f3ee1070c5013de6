import type { RoadmapPace } from "../../core/pace/pace";
import type { RoadmapProgress } from "../../core/progress/progress-model";
import { renderPhaseBlock, type OpenNote } from "../view/progress-dom";

/**
 * A `roadmap-progress` block with `show: pace`: the same bars as without it, plus the pace line under
 * the overall bar, the "today" marker on each phase bar and the burn-up; with `phase: N`, that phase's
 * bar with its marker and its pace in words.
 */
export function renderPaceBlock(container: HTMLElement, progress: RoadmapProgress, pace: RoadmapPace, phaseNumber: number | undefined, onOpen: OpenNote): void {
	renderPhaseBlock(container, progress, phaseNumber, onOpen, pace);
}
