import type { RoadmapProgress, UpNextItem } from "../../core/progress/progress-model";
import type { RoadmapPace } from "../../core/pace/pace";
import { renderBurnUp } from "../pace/burn-up-chart";
import { phaseBarPlan, renderPaceLine, renderPhasePace } from "../pace/pace-card";
import { renderBar } from "./progress-bar";
import { type OpenNote, phaseKey, renderNoteLink, renderPhaseRow, topicsOf } from "./progress-parts";
import type { PracticeSummary } from "../../core/practice/practice-summary";
import type { DueRevisit } from "../../core/practice/practice";
import { renderStreakCalendar } from "../practice/streak-calendar";
import { renderActivity, renderLevels, renderWarnings } from "./progress-cards";
import { renderHeading } from "./progress-heading";
import { renderTodayCard } from "../practice/today-card";
import { type DrawTarget, drawingNumber, drawWhole, updateDrawing, type UpdateStats, ViewNode } from "./view-tree";
import { renderTopicNoteButton, topicNotesNow, type TopicNoteActions } from "../topics/topic-note-button";
import { DrawnParts } from "./view-parts";

export { renderBar, type BarInput } from "./progress-bar";
export { phaseKey, type OpenNote } from "./progress-parts";

/** What the progress view's shell passes in: its state and what to do on a click. */
export interface ProgressViewOptions {
	/** Keys (`phaseKey`: the phase number as text) of the phases shown expanded. */
	expanded: ReadonlySet<string>;
	/** Every roadmap known; a switcher appears when there is more than one. */
	roadmaps: readonly { id: string; title: string }[];
	/** Id of the roadmap drawn. */
	selected: string;
	onOpen: OpenNote;
	onToggle: (key: string) => void;
	onGenerate: () => void;
	onSelectRoadmap: (id: string) => void;
	/** True until the vault's first index is built: no empty state (and no generate button) before that. */
	indexing?: boolean;
	/** The selected roadmap's pace (plan, band, projection); no pace line, markers or burn-up without it. */
	pace?: RoadmapPace | undefined;
	/** Practice: the Today card on top and the calendar at the end. */
	practice?: { summary: PracticeSummary; restDaysPerWeek: number; onRevisit: (item: DueRevisit) => void };
	/** Each topic's own note: a button beside topics in the phase details, *Up next* and the Today card's revisits. */
	topicNotes?: TopicNoteActions;
	/**
	 * Draws only what the first frame needs, for a view opening: the details of the expanded phases
	 * after the first and the cards below the phases come with the next update, and the view is
	 * `aria-busy` until then.
	 */
	firstFrame?: boolean;
}

/**
 * Draws the whole progress view into `container`, replacing what was there: the view opening. Every
 * later change goes through `updateProgressView`.
 */
export function renderProgressView(container: HTMLElement, progress: RoadmapProgress, options: ProgressViewOptions): UpdateStats {
	const parts = new DrawnParts();
	drawnParts.set(container, parts);
	return drawWhole(container, describeProgressView(progress, options, drawingNumber(container), parts));
}

/** Each view's parts as last described, so an update describes only the parts whose inputs changed. */
const drawnParts = new WeakMap<HTMLElement, DrawnParts>();

/**
 * Brings the progress view drawn in `container` up to date: its elements stay, and only the bars,
 * numbers, states, cards and rows that differ from the new progress are written (view-tree.ts), so
 * the focus, the scroll position and what is expanded are untouched.
 */
export function updateProgressView(container: HTMLElement, progress: RoadmapProgress, options: ProgressViewOptions): UpdateStats {
	let parts = drawnParts.get(container);
	if (!parts) {
		parts = new DrawnParts();
		drawnParts.set(container, parts);
	}
	return updateDrawing(container, describeProgressView(progress, options, drawingNumber(container), parts));
}

/**
 * The progress view as a description (no DOM): what a full draw and an update both draw. `drawing`
 * numbers its ids; `parts`, the parts described last time, spares describing those whose inputs are the same.
 */
export function describeProgressView(progress: RoadmapProgress, options: ProgressViewOptions, drawing = 0, parts = new DrawnParts()): ViewNode {
	const root = new ViewNode("div");
	drawProgressView(root.createDiv({ cls: "lr-progress lr-progress-view" }), progress, options, drawing, parts);
	parts.finish();
	const view = root.children[0];
	if (!(view instanceof ViewNode)) throw new Error("The progress view has no root");
	return view;
}

function drawProgressView(root: DrawTarget, progress: RoadmapProgress, options: ProgressViewOptions, drawing: number, parts: DrawnParts): void {
	// A screen reader waits for the whole view rather than read half of it.
	if (options.firstFrame) root.setAttr("aria-busy", "true");
	renderHeader(root, progress, options);
	if (!progress.hasNotes && options.indexing) {
		root.createEl("p", { cls: "lr-empty-text lr-indexing", text: "Indexing the vault…" });
		return;
	}
	if (!progress.hasNotes) {
		renderEmptyState(root, options.onGenerate);
		return;
	}
	// Each part lists everything it reads: a part whose inputs are equal is not described again.
	const { onOpen, practice, pace, topicNotes } = options;
	// What needs attention and what to do next come first; the levels are the long view.
	if (practice) {
		const { summary, onRevisit } = practice;
		const next = progress.upNext[0];
		parts.draw(root, "today", [next, summary.today, summary.due, summary.completedToday, summary.revisitedToday, onOpen, onRevisit, topicNotes, topicNotesNow(summary.due, topicNotes)], (into) =>
			renderTodayCard(into, next, summary, { onOpen, onRevisit, topicNotes }, parts));
	}
	const projects = progress.phases.flatMap((p) => p.projects);
	const projectsComplete = projects.filter((p) => p.complete).length;
	parts.draw(root, "overall", [progress.title, progress.overall, projects.length, projectsComplete, pace], (into) => {
		const overall = renderOverall(into, progress);
		if (pace) renderPaceLine(overall, pace);
	});
	if (progress.warnings.length > 0) parts.draw(root, "warnings", [progress.warnings, onOpen], (into) => renderWarnings(into, progress.warnings, onOpen));
	if (progress.upNext.length > 0) parts.draw(root, "up-next", [progress.upNext, onOpen, topicNotes, topicNotesNow(progress.upNext, topicNotes)], (into) => renderUpNext(into, progress.upNext, onOpen, topicNotes, parts));
	renderPhases(root, progress, options, parts);
	// Below the phases, off the first screen: drawn by the update right after the first frame.
	if (options.firstFrame) return;
	if (pace) parts.draw(root, "burn-up", [pace, drawing], (into) => renderBurnUp(into, pace, drawing));
	if (progress.levels.length > 0) renderLevels(root, progress.levels, onOpen, parts);
	if (progress.activity.length > 0) parts.draw(root, "activity", [progress.activity], (into) => renderActivity(into, progress.activity, parts));
	if (practice) {
		const { summary, restDaysPerWeek } = practice;
		renderStreakCalendar(root, summary, restDaysPerWeek, parts);
	}
}

/**
 * Draws the `roadmap-progress` code block: the overall and phase bars, or with a phase number that
 * phase's bar, sections and projects. Drawn again over its previous drawing, it keeps its elements.
 */
export function renderPhaseBlock(container: HTMLElement, progress: RoadmapProgress, phaseNumber: number | undefined, onOpen: OpenNote, pace?: RoadmapPace): DrawTarget {
	const root = new ViewNode("div");
	const block = root.createDiv({ cls: "lr-progress lr-progress-block" });
	drawPhaseBlock(block, progress, phaseNumber, onOpen, pace, drawingNumber(container));
	updateDrawing(container, block);
	return block;
}

function drawPhaseBlock(root: DrawTarget, progress: RoadmapProgress, phaseNumber: number | undefined, onOpen: OpenNote, pace: RoadmapPace | undefined, drawing: number): void {
	if (!progress.hasNotes) {
		root.createEl("p", {
			cls: "lr-message",
			text: "No roadmap notes yet. Generate them from the command palette to see your progress here.",
		});
		return;
	}
	if (phaseNumber === undefined) {
		const overall = renderOverall(root, progress);
		if (pace) renderPaceLine(overall, pace);
		const list = root.createDiv({ cls: "lr-phase-list" });
		for (const phase of progress.phases) renderPhaseRow(list, phase, onOpen, { expanded: false, plan: phaseBarPlan(pace, phase.number) });
		if (pace) renderBurnUp(root, pace, drawing);
		return;
	}
	const phase = progress.phases.find((p) => p.number === phaseNumber);
	if (!phase) {
		const numbers = progress.phases.map((p) => p.number);
		const range = numbers.length > 0 ? ` It has phases ${Math.min(...numbers)} to ${Math.max(...numbers)}.` : "";
		root.createEl("p", {
			cls: "lr-message mod-warning",
			text: `Phase ${phaseNumber} is not part of \u201c${progress.title}\u201d.${range}`,
		});
		return;
	}
	renderPhaseRow(root, phase, onOpen, { expanded: true, plan: phaseBarPlan(pace, phase.number) });
	if (pace) renderPhasePace(root, pace, phaseNumber);
}

function renderHeader(root: DrawTarget, progress: RoadmapProgress, options: ProgressViewOptions): void {
	const header = root.createDiv({ cls: "lr-header" });
	if (options.roadmaps.length > 1) {
		const chosen = options.roadmaps.find((r) => r.id === options.selected);
		// A long title is cut with an ellipsis; the full title stays in the option and the tooltip.
		const select = header.createEl("select", {
			cls: "dropdown lr-roadmap-select",
			attr: { "aria-label": "Roadmap", "data-lr-key": "roadmap", title: chosen?.title ?? null },
		});
		for (const roadmap of options.roadmaps) {
			select.createEl("option", { text: roadmap.title, value: roadmap.id, attr: { selected: roadmap.id === options.selected ? "" : null } });
		}
		select.addEventListener("change", (event) => options.onSelectRoadmap((event.currentTarget as HTMLSelectElement).value));
	} else {
		header.createDiv({ cls: "lr-roadmap-title", text: progress.title, attr: { title: progress.title } });
	}
}

function renderEmptyState(root: DrawTarget, onGenerate: () => void): void {
	const empty = root.createDiv({ cls: "lr-empty" });
	empty.createEl("p", { cls: "lr-empty-title", text: "No roadmap notes yet" });
	empty.createEl("p", {
		cls: "lr-empty-text",
		text: "Generate the roadmap's notes, tick their checkboxes as you learn, and your progress shows up here.",
	});
	const button = empty.createEl("button", {
		// Not `mod-cta`: white on the default accent reads at 3.4:1 (light) and 4.0:1 (dark), under 4.5:1.
		cls: "lr-generate",
		text: "Generate roadmap notes",
		type: "button",
		attr: { "data-lr-key": "generate" },
	});
	button.addEventListener("click", () => onGenerate());
}

function renderOverall(root: DrawTarget, progress: RoadmapProgress): DrawTarget {
	const section = root.createDiv({ cls: "lr-overall" });
	const head = section.createDiv({ cls: "lr-overall-head" });
	head.createSpan({ cls: "lr-overall-label", text: "Overall" });
	const projects = progress.phases.flatMap((p) => p.projects);
	if (projects.length > 0) {
		const complete = projects.filter((p) => p.complete).length;
		head.createSpan({ cls: "lr-overall-meta", text: `${complete}/${projects.length} projects complete` });
	}
	renderBar(section, {
		label: `Overall: ${progress.title}`,
		done: progress.overall.done,
		total: progress.overall.total,
		started: progress.overall.started,
		cls: "lr-bar-large",
	});
	return section;
}


function renderPhases(root: DrawTarget, progress: RoadmapProgress, options: ProgressViewOptions, parts: DrawnParts): void {
	const section = root.createDiv({ cls: "lr-section lr-phases" });
	const complete = progress.phases.filter((p) => p.total > 0 && p.done >= p.total).length;
	renderHeading(section, "Phases", `${complete}/${progress.phases.length} complete`);
	const list = section.createDiv({ cls: "lr-phase-list" });
	let expandedBefore = false;
	for (const phase of progress.phases) {
		const key = phaseKey(phase);
		const expanded = options.expanded.has(key);
		const detailsLater = expanded && expandedBefore && options.firstFrame === true;
		expandedBefore ||= expanded;
		const plan = phaseBarPlan(options.pace, phase.number);
		const { onOpen, onToggle, topicNotes } = options;
		// The note buttons of its topics depend on which topic notes exist, besides the phase's data.
		const notes = expanded && topicNotes ? topicNotesNow(phase.sections.flatMap(topicsOf), topicNotes) : undefined;
		parts.draw(list, `phase:${key}`, [phase, expanded, detailsLater, plan, onOpen, onToggle, topicNotes, notes], (into) =>
			renderPhaseRow(into, phase, onOpen, { expanded, detailsLater, onToggle, plan, topicNotes, parts }));
	}
}

function renderUpNext(root: DrawTarget, items: UpNextItem[], onOpen: OpenNote, topicNotes: TopicNoteActions | undefined, parts: DrawnParts): void {
	const section = root.createDiv({ cls: "lr-section lr-up-next" });
	renderHeading(section, "Up next");
	const list = section.createEl("ol", { cls: "lr-up-next-list" });
	items.forEach((item, i) => {
		const key = `${item.path}:${item.line}`;
		// Keyed by its topic, so the rows after a ticked one keep their elements.
		const li = list.createEl("li", { cls: "lr-up-next-item", attr: { "data-lr-key": `next:${key}` } });
		// The number is text, not a CSS counter: when a tick shifts the list, four numbers are
		// rewritten, where a counter had the browser restyle and lay out every row.
		li.createSpan({ cls: "lr-up-next-number", text: String(i + 1) });
		parts.draw(li, `up-next:${key}`, [item, onOpen, topicNotes, topicNotesNow([item], topicNotes)], (into) => {
			renderNoteLink(into, item.text, { path: item.path, line: item.line }, onOpen, "lr-up-next-text");
			if (item.phase !== undefined) into.createSpan({ cls: "lr-up-next-phase", text: `Phase ${item.phase}` });
			renderTopicNoteButton(into, item, topicNotes);
		});
	});
}
