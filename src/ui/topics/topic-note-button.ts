import type { SectionProgress } from "../../core/progress/progress-model";
import { classNames } from "../view/class-names";
import type { DrawTarget } from "../view/view-tree";

/** A topic as the view shows it: its words, the note and line of its box, and its note's link, if any. */
export interface TopicRef {
	text: string;
	path: string;
	line: number;
	topicNote?: string;
}

/** What the view needs to offer a topic's own note: whether it exists, and opening (or creating) it. */
export interface TopicNoteActions {
	has(topic: TopicRef): boolean;
	open(topic: TopicRef): void;
}

// Lucide's file-text and file-plus (Obsidian's icon set), drawn as part of the view's description so an
// update patches them like any other element instead of redrawing them with setIcon.
const PAGE = ["M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z", "M14 2v4a2 2 0 0 0 2 2h4"];
const ICONS = {
	"file-text": [...PAGE, "M10 9H8", "M16 13H8", "M16 17H8"],
	"file-plus": [...PAGE, "M9 15h6", "M12 18v-6"],
} as const;

function drawIcon(parent: DrawTarget, id: keyof typeof ICONS): void {
	const svg = parent.createSvg("svg", {
		cls: `svg-icon lucide-${id}`,
		attr: { xmlns: "http://www.w3.org/2000/svg", width: 24, height: 24, viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", "stroke-width": 2, "stroke-linecap": "round", "stroke-linejoin": "round", "aria-hidden": "true" },
	});
	for (const d of ICONS[id]) svg.createSvg("path", { attr: { d } });
}

/**
 * The small button beside a topic that opens its own note, or creates it: a different icon and name
 * when the note exists, so it is told apart without colour. Draws nothing without actions.
 */
export function renderTopicNoteButton(parent: DrawTarget, topic: TopicRef, actions: TopicNoteActions | undefined): DrawTarget | undefined {
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
	drawIcon(button, has ? "file-text" : "file-plus");
	button.addEventListener("click", (event) => {
		event.preventDefault();
		actions.open(topic);
	});
	return button;
}

/** Which of `topics` have their own note now: part of what a drawing with their buttons depends on. */
export function topicNotesNow(topics: readonly TopicRef[], actions: TopicNoteActions | undefined): boolean[] | undefined {
	return actions && topics.map((topic) => actions.has(topic));
}

/** A section's topics as the note buttons know them. */
export function sectionTopicRefs(section: SectionProgress): TopicRef[] {
	return (section.topics ?? []).map((topic) => ({ text: topic.text, path: section.path, line: topic.line, ...(topic.topicNote !== undefined ? { topicNote: topic.topicNote } : {}) }));
}
