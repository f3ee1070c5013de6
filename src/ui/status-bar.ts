import { percent } from "../core/progress/percent";
import type { ProgressHost } from "./view-host";

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
	el.setText(`${name} ${share}%`);
	el.setAttr("aria-label", `${progress.title}: ${done} of ${total} done (${share}%)`);
	el.toggleClass("lr-hidden", !progress.hasNotes);
}
