import type { DrawTarget } from "./view-tree";
import { type DrawnParts, drawPart } from "./view-parts";
import type { PhaseProgress, SectionProgress } from "../../core/progress/progress-model";
import { classNames } from "./class-names";
import { type BarPlan, renderBar } from "./progress-bar";
import { renderTopicNoteButton, sectionTopicRefs, type TopicNoteActions, topicNotesNow, type TopicRef } from "../topics/topic-note-button";

/**
 * Opens a note, at a 0-based line when given; the click's event tells a new tab (Ctrl/Cmd-click)
 * from the current one. `hover`, when given, shows Obsidian's page preview of the note.
 */
export type OpenNote = ((path: string, line?: number, event?: MouseEvent) => void) & {
	hover?: (event: MouseEvent, targetEl: HTMLElement, path: string) => void;
};

/** How a phase row is drawn: expanded (with sections and projects), and with a toggle button when `onToggle` is given. */
export interface PhaseDisplay {
	expanded: boolean;
	onToggle?: (key: string) => void;
	/** Where the plan expects the phase to be today (its bar's marker), when there is a plan. */
	plan?: BarPlan | undefined;
	/** Lists each section's topics with the button of their own note (the view; not the code block). */
	topicNotes?: TopicNoteActions | undefined;
	/** Expanded, but its sections and projects come with the next update (the view's first frame). */
	detailsLater?: boolean;
	/** The view's parts as last described: the sections and projects whose data did not change are not described again. */
	parts?: DrawnParts | undefined;
}

const topicRefs = new WeakMap<SectionProgress, readonly TopicRef[]>();

/**
 * A section's topics as the note buttons know them, made once per section object: a note that did
 * not change keeps its very section objects in the next progress, so an update makes none for it.
 */
export function topicsOf(section: SectionProgress): readonly TopicRef[] {
	let refs = topicRefs.get(section);
	if (!refs) {
		refs = sectionTopicRefs(section);
		topicRefs.set(section, refs);
	}
	return refs;
}

/** The key of a phase in `ProgressViewOptions.expanded`: its number, as text (`"3"`). */
export function phaseKey(phase: Pick<PhaseProgress, "number">): string {
	return String(phase.number);
}

/**
 * A note title that opens its note: a `<button>` (keyboard and screen reader friendly) styled as a
 * link. Without a path (the note does not exist yet) it is plain text.
 */
export function renderNoteLink(
	parent: DrawTarget,
	text: string,
	target: { path: string | undefined; line?: number; key?: string },
	onOpen: OpenNote,
	cls = "",
): DrawTarget {
	const { path, line, key } = target;
	if (path === undefined) return parent.createSpan({ cls: `lr-link-text ${cls}`.trim(), text });
	const link = parent.createEl("button", {
		cls: `lr-link ${cls}`.trim(),
		text,
		type: "button",
		// Keyed by what it opens, so an update keeps the same link element for the same note.
		attr: { title: path, "data-lr-key": key ?? `open:${path}:${line ?? ""}` },
	});
	link.addEventListener("click", (event) => {
		event.preventDefault();
		onOpen(path, line, event);
	});
	// A middle click opens a new tab, as on any link in Obsidian.
	link.addEventListener("auxclick", (event) => {
		if (event.button !== 1) return;
		event.preventDefault();
		onOpen(path, line, event);
	});
	const { hover } = onOpen;
	if (hover) {
		// The listener sits on the link's button, so the event's current target is that element.
		link.addEventListener("mouseover", (event) => hover(event, event.currentTarget as HTMLElement, path));
	}
	return link;
}

/** A round done / not-done mark, named for screen readers (`Met`, `Complete`…). */
export function renderMark(parent: DrawTarget, done: boolean, names: [done: string, open: string]): DrawTarget {
	return parent.createSpan({
		cls: classNames("lr-mark", done && "is-done"),
		attr: { role: "img", "aria-label": done ? names[0] : names[1] },
	});
}

/**
 * One phase: its title (opening the phase note), `2/3 projects`, and the bar of its topics. With
 * `onToggle` it gets the expand button; expanded, it lists its sections and projects.
 */
export function renderPhaseRow(parent: DrawTarget, phase: PhaseProgress, onOpen: OpenNote, display: PhaseDisplay): DrawTarget {
	const key = phaseKey(phase);
	const label = `Phase ${phase.number}: ${phase.title}`;
	const { expanded, onToggle } = display;
	const row = parent.createDiv({
		cls: classNames("lr-phase", phase.total > 0 && phase.done >= phase.total && "is-complete", expanded && "is-expanded"),
		attr: { "data-phase": phase.number },
	});
	const head = row.createDiv({ cls: "lr-phase-head" });
	const detailsId = `lr-phase-details-${key}`;

	if (onToggle) {
		const button = head.createEl("button", {
			cls: "lr-toggle clickable-icon",
			type: "button",
			attr: {
				"aria-expanded": expanded ? "true" : "false",
				"aria-label": `${expanded ? "Hide" : "Show"} sections and projects of phase ${phase.number}`,
				"aria-controls": expanded ? detailsId : null,
				"data-lr-key": `toggle:${key}`,
			},
		});
		button.createSpan({ cls: "lr-chevron", attr: { "aria-hidden": "true" } });
		button.addEventListener("click", () => onToggle(key));
	}

	const main = head.createDiv({ cls: "lr-phase-main" });
	const titleLine = main.createDiv({ cls: "lr-phase-title-line" });
	const title = renderNoteLink(titleLine, "", { path: phase.path, line: 0, key: `phase:${key}` }, onOpen, "lr-phase-title");
	// One inline run with a real space, so the name reads "Phase 1 Python…", never "Phase 1Python…".
	const titleText = title.createSpan({ cls: "lr-phase-title-text" });
	titleText.createSpan({ cls: "lr-phase-number", text: `Phase ${phase.number}` });
	titleText.appendText(" ");
	titleText.createSpan({ cls: "lr-phase-name", text: phase.title });
	if (phase.projects.length > 0) {
		titleLine.createSpan({
			cls: classNames("lr-phase-projects", phase.projectsComplete >= phase.projects.length && "is-complete"),
			text: `${phase.projectsComplete}/${phase.projects.length} projects`,
		});
	}
	renderBar(main, { label, done: phase.done, total: phase.total, started: phase.started, cls: "lr-phase-bar", plan: display.plan });

	if (!expanded) return row;
	const details = row.createDiv({ cls: "lr-phase-details", attr: { id: detailsId } });
	if (!display.detailsLater) renderPhaseDetails(details, phase, onOpen, display);
	return row;
}

/** A phase's sections and projects, each with its bar, into its details element. */
function renderPhaseDetails(details: DrawTarget, phase: PhaseProgress, onOpen: OpenNote, { topicNotes, parts }: PhaseDisplay): void {
	const key = phaseKey(phase);
	const part = (parent: DrawTarget, name: string, inputs: readonly unknown[], draw: (into: DrawTarget) => void): void => drawPart(parts, parent, `${name}:${key}`, inputs, draw);
	if (phase.sections.length > 0) {
		details.createDiv({ cls: "lr-subheading", text: "Sections" });
		const list = details.createEl("ul", { cls: "lr-items" });
		for (const [i, section] of phase.sections.entries()) part(list, `section:${i}`, [section, onOpen, topicNotes, topicNotesNow(topicsOf(section), topicNotes)], (into) => {
			const item = into.createEl("li", { cls: "lr-item" });
			renderNoteLink(item, section.title, { path: section.path, line: section.line }, onOpen, "lr-item-title");
			renderBar(item, { label: section.title, done: section.done, total: section.total, started: section.started, cls: "lr-bar-thin" });
			renderSectionTopics(item, section, onOpen, topicNotes);
		});
	}
	if (phase.projects.length > 0) {
		details.createDiv({ cls: "lr-subheading", text: "Projects" });
		const list = details.createEl("ul", { cls: "lr-items" });
		for (const [i, project] of phase.projects.entries()) part(list, `project:${i}`, [project, onOpen], (into) => {
			const item = into.createEl("li", { cls: classNames("lr-item lr-project", project.complete && "is-complete") });
			const line = item.createDiv({ cls: "lr-item-line" });
			renderMark(line, project.complete, ["Complete", "Not complete"]);
			renderNoteLink(line, `${project.id} ${project.title}`, { path: project.path, line: 0 }, onOpen, "lr-item-title");
			if (project.completedOn) line.createSpan({ cls: "lr-item-date", text: project.completedOn });
			renderBar(item, {
				label: `Project ${project.id}: ${project.title}`,
				done: project.done,
				total: project.total,
				started: project.started,
				cls: "lr-bar-thin",
			});
		});
	}
}

/** A section's topics under its bar, each with its done mark, a link to its line and its note button. */
function renderSectionTopics(parent: DrawTarget, section: SectionProgress, onOpen: OpenNote, actions: TopicNoteActions | undefined): void {
	if (!actions || !section.topics || section.topics.length === 0) return;
	const list = parent.createEl("ul", { cls: "lr-topics" });
	const refs = topicsOf(section);
	for (const [i, topic] of section.topics.entries()) {
		const ref = refs[i] ?? { text: topic.text, path: section.path, line: topic.line };
		const item = list.createEl("li", { cls: classNames("lr-topic", topic.state === "done" && "is-done") });
		renderMark(item, topic.state === "done", ["Done", "Not done"]);
		renderNoteLink(item, topic.text, { path: section.path, line: topic.line }, onOpen, "lr-topic-text");
		renderTopicNoteButton(item, ref, actions);
	}
}
