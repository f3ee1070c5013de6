import { debounce, type Plugin } from "obsidian";
import { shortPace } from "../../core/pace/pace-words";
import { percent } from "../../core/progress/percent";
import type { ProgressHost } from "../view/view-host";

/** Waits this long after the last change of a burst before drawing, as the view does. */
const STATUS_BAR_DELAY_MS = 150;

/**
 * Keeps the item current: drawn once a burst of changes settles, so neither a keystroke nor the
 * start-up (the index's first build) waits for the roadmap's progress to be computed for it.
 */
export function keepStatusBar(plugin: Plugin, el: HTMLElement, host: ProgressHost, shown: () => boolean): void {
	const draw = debounce(() => (shown() ? renderStatusBar(el, host) : el.empty()), STATUS_BAR_DELAY_MS, true);
	plugin.registerEvent(host.tracker.onProgressChanged(draw));
	plugin.register(() => draw.cancel());
}

/** Draws the status bar item: the selected roadmap's overall percentage. */
export function renderStatusBar(el: HTMLElement, host: ProgressHost): void {
	const id = host.selectedRoadmap();
	if (id === "") {
		el.setText("");
		return;
	}
	const progress = host.tracker.progress(id);
	const { done, total } = progress.overall;
	const share = percent(done, total);
	el.addClass("lr-status-bar");
	// With several roadmaps the item names the one it measures.
	const name = host.tracker.choices().length > 1 ? progress.title : "Roadmap";
	// With a plan and the setting on, the pace follows the percentage: `Roadmap 15% · on track`.
	const pace = progress.hasNotes && host.pace && host.paceInStatusBar?.() === true ? shortPace(host.pace(id)) : undefined;
	el.setText(pace === undefined ? `${name} ${share}%` : `${name} ${share}% \u00b7 ${pace}`);
	el.setAttr("aria-label", `${progress.title}: ${done} of ${total} done (${share}%)${pace === undefined ? "" : `, ${pace}`}`);
	el.toggleClass("lr-hidden", !progress.hasNotes);
}
