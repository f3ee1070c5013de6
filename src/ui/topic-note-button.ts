import type { SectionProgress } from "../core/progress/progress-model";
import { classNames } from "./class-names";
import { renderMark, renderNoteLink, type OpenNote } from "./progress-parts";

/** A topic as the view shows it: its words, the note and line of its box, and its note's link, if any. */
export interface TopicRef {
	text: string;
	path: string;
	line: number;
	topicNote?: string;
}

/** What the view needs to offer a topic's own note: whether it exists, opening (or creating) it, and drawing an icon. */
export interface TopicNoteActions {
	has(topic: TopicRef): boolean;
	open(topic: TopicRef): void;
	/** Draws a Lucide icon into the element (Obsidian's `setIcon`). */
	icon(el: HTMLElement, id: string): void;
}

/**
 * The small button beside a topic that opens its own note, or creates it: a different icon and name
 * when the note exists, so it is told apart without colour. Draws nothing without actions.
 */
export function renderTopicNoteButton(parent: HTMLElement, topic: TopicRef, actions: TopicNoteActions | undefined): HTMLElement | undefined {
	if (!actions) return undefined;
	const has = actions.has(topic);
	const button = parent.createEl("button", {
		cls: classNames("lr-topic-note clickable-icon", has && "has-note"),
		type: "button",
		attr: {
			// Obsidian's tooltip shows the aria-label.
			"aria-label": has ? `Open the note of \u201c${topic.text}\u201d` : `Create a note for \u201c${topic.text}\u201d`,
			"data-lr-key": `topic-note:${topic.path}:${topic.line}`,
		},
	});
	actions.icon(button, has ? "file-text" : "file-plus");
	button.addEventListener("click", (event) => {
		event.preventDefault();
		actions.open(topic);
	});
	return button;
}

/** A section's topics under its bar, each with its done mark, a link to its line and its note button. */
export function renderSectionTopics(parent: HTMLElement, section: SectionProgress, onOpen: OpenNote, actions: TopicNoteActions | undefined): void {
	if (!actions || !section.topics || section.topics.length === 0) return;
	const list = parent.createEl("ul", { cls: "lr-topics" });
	for (const topic of section.topics) {
		const ref: TopicRef = { text: topic.text, path: section.path, line: topic.line, ...(topic.topicNote !== undefined ? { topicNote: topic.topicNote } : {}) };
		const item = list.createEl("li", { cls: classNames("lr-topic", topic.state === "done" && "is-done") });
		renderMark(item, topic.state === "done", ["Done", "Not done"]);
		renderNoteLink(item, topic.text, { path: section.path, line: topic.line }, onOpen, "lr-topic-text");
		renderTopicNoteButton(item, ref, actions);
	}
}
