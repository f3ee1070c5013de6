import type { LevelProgress, MonthCount, Warning } from "../../core/progress/progress-model";
import { classNames } from "./class-names";
import { type OpenNote, renderMark, renderNoteLink } from "./progress-parts";
import type { DrawTarget } from "./view-tree";
import { type DrawnParts, drawPart } from "./view-parts";
import { renderHeading } from "./progress-heading";

// The cards below the phases (levels, activity) and the warnings, as the progress view draws them.

const MONTHS = [
	"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December",
];

/**
 * The levels card: each level's criteria, met or not, with links to the unmeasured ones. With `parts`
 * each level is a part of its own: a tick moves the counts of one level, not of all.
 */
export function renderLevels(root: DrawTarget, levels: LevelProgress[], onOpen: OpenNote, parts?: DrawnParts): void {
	const section = root.createDiv({ cls: "lr-section lr-levels" });
	renderHeading(section, "Levels");
	for (const [i, level] of levels.entries()) {
		drawPart(parts, section, `level:${i}`, [level, onOpen], (into) => renderLevel(into, level, onOpen, i, parts));
	}
}

function renderLevel(section: DrawTarget, level: LevelProgress, onOpen: OpenNote, index: number, parts: DrawnParts | undefined): void {
	const card = section.createDiv({ cls: classNames("lr-level", level.criteria.length > 0 && level.met >= level.criteria.length && "is-complete") });
	const head = card.createDiv({ cls: "lr-level-head" });
	head.createSpan({ cls: "lr-level-title", text: level.title });
	if (level.phases.length > 0) head.createSpan({ cls: "lr-level-phases", text: phaseRange(level.phases) });
	head.createSpan({ cls: "lr-level-count", text: `${level.met}/${level.criteria.length} criteria` });
	const list = card.createEl("ul", { cls: "lr-criteria" });
	// A criterion is a part of its own: a tick moves one count of the level, not all.
	for (const [c, criterion] of level.criteria.entries()) drawPart(parts, list, `criterion:${index}:${c}`, [criterion, onOpen], (into) => {
		const item = into.createEl("li", { cls: classNames("lr-criterion", criterion.met && "is-met") });
		renderMark(item, criterion.met, ["Met", "Not met"]);
		if (!criterion.measured && criterion.path !== undefined) {
			renderNoteLink(item, criterion.text, { path: criterion.path, line: criterion.line }, onOpen, "lr-criterion-text");
		} else {
			item.createSpan({ cls: "lr-criterion-text", text: criterion.text });
		}
		if (criterion.measured && criterion.total !== undefined) {
			item.createSpan({ cls: "lr-criterion-count", text: `${criterion.done ?? 0}/${criterion.total}` });
		}
	});
}

function phaseRange(phases: number[]): string {
	if (phases.length === 1) return `Phase ${phases[0]}`;
	const sorted = [...phases].sort((a, b) => a - b);
	const contiguous = sorted.every((n, i) => i === 0 || n === (sorted[i - 1] ?? n) + 1);
	return contiguous ? `Phases ${sorted[0]}\u2013${sorted[sorted.length - 1]}` : `Phases ${sorted.join(", ")}`;
}

/** `2026-11` → `November 2026` (and `Nov`), without the locale so labels stay stable. */
function monthName(month: string): { long: string; short: string } {
	const match = /^(\d{4})-(\d{2})$/.exec(month);
	const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
	if (!match || !name) return { long: month, short: month };
	return { long: `${name} ${match[1]}`, short: name.slice(0, 3) };
}

/** The activity card: topics completed per month, as columns; with `parts` a column is a part of its own, so a tick describes this month's alone. */
export function renderActivity(root: DrawTarget, activity: MonthCount[], parts?: DrawnParts): void {
	const section = root.createDiv({ cls: "lr-section lr-activity" });
	const total = activity.reduce((sum, m) => sum + m.count, 0);
	renderHeading(section, "Activity", `${total} completed`);
	const max = Math.max(1, ...activity.map((m) => m.count));
	const chart = section.createDiv({ cls: "lr-chart", attr: { role: "group", "aria-label": "Completions per month" } });
	for (const month of activity) drawPart(parts, chart, `activity:${month.month}`, [month, max], (into) => {
		const name = monthName(month.month);
		const noun = month.count === 1 ? "topic" : "topics";
		const column = into.createDiv({
			cls: classNames("lr-chart-column", month.count === 0 && "is-zero"),
			// Obsidian's tooltip shows the aria-label; a title would add a second, native one.
			attr: { role: "img", "aria-label": `${name.long}: ${month.count} ${noun} completed` },
		});
		column.createSpan({ cls: "lr-chart-value", text: month.count > 0 ? String(month.count) : "" });
		const plot = column.createDiv({ cls: "lr-chart-plot" });
		plot.createDiv({ cls: "lr-chart-bar" }).setCssProps({ "--lr-height": `${Number(((month.count / max) * 100).toFixed(2))}%` });
		column.createSpan({ cls: "lr-chart-month", text: name.short });
	});
}

/** The warnings card: each problem with links to the notes it names. */
export function renderWarnings(root: DrawTarget, warnings: Warning[], onOpen: OpenNote): void {
	const section = root.createDiv({ cls: "lr-section lr-warnings" });
	renderHeading(section, "Warnings", String(warnings.length));
	const list = section.createEl("ul", { cls: "lr-warning-list" });
	for (const warning of warnings) {
		const item = list.createEl("li", { cls: "lr-warning" });
		item.createDiv({ cls: "lr-warning-message", text: warning.message });
		if (warning.paths.length === 0) continue;
		const paths = item.createDiv({ cls: "lr-warning-paths" });
		for (const path of warning.paths) renderNoteLink(paths, path, { path }, onOpen, "lr-warning-path");
	}
}
