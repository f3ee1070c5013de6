import type { DrawTarget } from "./view-tree";
import { percent } from "../../core/progress/percent";
import { classNames } from "./class-names";

/** What one progress bar measures: `done` of `total` boxes, some of the rest maybe `started`. */
export interface BarInput {
	/** Names what the bar measures; becomes its `aria-label` (e.g. `Phase 3: Data Manipulation…`). */
	label: string;
	done: number;
	total: number;
	started?: number;
	/** Extra class on the bar element (`lr-bar-large`, `lr-bar-thin`…). */
	cls?: string;
	/** Where the plan expects the bar to be today: a marker over the track, said in the value text. */
	plan?: BarPlan;
}

/** The "today the plan expects" band of a phase bar (pace-card.ts). */
export interface BarPlan {
	status: string;
	/** The band's ends, as CSS lengths along the track. */
	from: string;
	to: string;
	/** The bar's tooltip, and the words added to its value text. */
	title: string;
	said: string;
}


/** A CSS length for the share `part/total`, exact (not rounded) so the fill matches the value. */
function shareOf(part: number, total: number): string {
	if (total <= 0) return "0%";
	const share = Math.min(Math.max(part / total, 0), 1) * 100;
	return `${Number(share.toFixed(4))}%`;
}

/**
 * Draws a bar into `parent`: the returned element is the `role="progressbar"` itself (track, fill and
 * the visible `12/40 · 30%`), so a screen reader hears the label and the values once.
 */
export function renderBar(parent: HTMLElement, bar: BarInput): HTMLElement;
export function renderBar(parent: DrawTarget, bar: BarInput): DrawTarget;
export function renderBar(parent: DrawTarget, bar: BarInput): DrawTarget {
	const done = Math.max(0, bar.done);
	const total = Math.max(0, bar.total);
	const started = Math.max(0, bar.started ?? 0);
	const share = percent(done, total);
	const complete = total > 0 && done >= total;

	const el = parent.createDiv({
		cls: classNames("lr-bar", bar.cls, complete && "is-complete", total === 0 && "is-empty"),
		attr: {
			role: "progressbar",
			"aria-label": bar.label,
			"aria-valuemin": 0,
			"aria-valuemax": total,
			"aria-valuenow": Math.min(done, total),
			"aria-valuetext": bar.plan ? `${valueText(done, total, started)}; ${bar.plan.said}` : valueText(done, total, started),
			title: bar.plan?.title ?? null,
		},
	});

	const track = el.createDiv({ cls: "lr-bar-track" });
	if (started > 0 && !complete) {
		track.createDiv({ cls: "lr-bar-started" }).setCssProps({ "--lr-fill": shareOf(done + started, total) });
	}
	track.createDiv({ cls: "lr-bar-fill" }).setCssProps({ "--lr-fill": shareOf(done, total) });
	if (bar.plan) {
		const marker = track.createDiv({ cls: "lr-pace-marker", attr: { "aria-hidden": "true", "data-status": bar.plan.status } });
		marker.setCssProps({ "--lr-pace-from": bar.plan.from, "--lr-pace-to": bar.plan.to });
	}
	// The started part is also said in words: a pattern alone is easy to miss.
	const startedText = started > 0 && !complete ? ` · ${started} started` : "";
	el.createSpan({ cls: "lr-bar-text", text: `${done}/${total} · ${share}%${startedText}`, attr: { "aria-hidden": "true" } });
	return el;
}

function valueText(done: number, total: number, started: number): string {
	const text = `${done} of ${total} (${percent(done, total)}%)`;
	return started > 0 ? `${text}, ${started} started` : text;
}
