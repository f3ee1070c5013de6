import type { DrawTarget } from "../view/view-tree";
import { burnUp, type BurnUp, type BurnUpPoint } from "../../core/pace/burn-up";
import { readableDate } from "../../core/dates/calendar-dates";
import type { RoadmapPace } from "../../core/pace/pace";
import { expectedBand } from "../../core/pace/pace-words";

const WIDTH = 300;
const HEIGHT = 120;

/**
 * The burn-up chart: boxes done per week since the plan's start against the plan's band (long plan to
 * short plan), with today marked; an SVG drawn with DOM calls, coloured by the theme through classes,
 * with a text alternative that says the same in words. `drawing` tells its container's drawing from others.
 */
export function renderBurnUp(parent: DrawTarget, pace: RoadmapPace, drawing: number): DrawTarget | undefined {
	const data = burnUp(pace);
	if (!data) return undefined;
	const section = parent.createDiv({ cls: "lr-section lr-burn-up" });
	const heading = section.createDiv({ cls: "lr-heading", attr: { role: "heading", "aria-level": 3 } });
	heading.createSpan({ text: "Plan and progress" });
	const summary = describe(data, pace);
	// Each chart's caption needs an id of its own (the view and code blocks can share a window), the same at every update.
	const captionId = `lr-burn-up-caption-${drawing}`;
	const svg = section.createSvg("svg", {
		cls: "lr-burn-up-chart",
		attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: "none", role: "img", "aria-labelledby": captionId },
	});
	svg.createSvg("title").appendText(summary);
	const x = (day: number): number => round((day / data.days) * WIDTH);
	const y = (boxes: number): number => round(HEIGHT - (boxes / data.boxes) * HEIGHT);
	const path = (points: BurnUpPoint[]): string => points.map((p) => `${x(p.day)},${y(p.boxes)}`).join(" ");
	svg.createSvg("polygon", { cls: "lr-burn-up-band", attr: { points: `${path(data.short)} ${path([...data.long].reverse())}` } });
	svg.createSvg("polyline", { cls: "lr-burn-up-plan", attr: { points: path(data.short) } });
	svg.createSvg("polyline", { cls: "lr-burn-up-plan", attr: { points: path(data.long) } });
	svg.createSvg("line", { cls: "lr-burn-up-today", attr: { x1: x(data.today), x2: x(data.today), y1: 0, y2: HEIGHT } });
	svg.createSvg("polyline", { cls: "lr-burn-up-done", attr: { points: path(data.done) } });
	const axis = section.createDiv({ cls: "lr-burn-up-axis", attr: { "aria-hidden": "true" } });
	axis.createSpan({ text: readableDate(data.start) });
	axis.createSpan({ cls: "lr-burn-up-legend-done", text: "Done" });
	axis.createSpan({ cls: "lr-burn-up-legend-band", text: "Plan" });
	axis.createSpan({ text: readableDate(data.end) });
	section.createEl("p", { cls: "lr-burn-up-caption", text: summary, attr: { id: captionId } });
	return section;
}

function describe(data: BurnUp, pace: RoadmapPace): string {
	const done = data.done[data.done.length - 1]?.boxes ?? 0;
	const band = pace.overall ? ` The plan expects ${expectedBand(pace.overall)} of ${data.boxes} by today.` : "";
	const undated = pace.undated > 0 ? ` ${pace.undated} done without a date count from the start.` : "";
	return `Burn-up from ${readableDate(data.start)}: ${done} boxes done by ${readableDate(pace.today)}.${band}${undated}`;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
