import type { DrawTarget } from "../view/view-tree";
import type { DueRevisit } from "../../core/practice/practice";
import type { PracticeSummary } from "../../core/practice/practice-summary";
import type { UpNextItem } from "../../core/progress/progress-model";
import { classNames } from "../view/class-names";
import { renderNoteLink, type OpenNote } from "../view/progress-parts";
import { renderTopicNoteButton, type TopicNoteActions, topicNotesNow } from "../topics/topic-note-button";
import { type DrawnParts, drawPart } from "../view/view-parts";

/** What the Today card needs besides the summary: how to open a note and how to mark a revisit. */
interface TodayActions {
	onOpen: OpenNote;
	onRevisit: (item: DueRevisit) => void;
	/** Offers each due topic's own note (a button beside *Open*). */
	topicNotes?: TopicNoteActions | undefined;
}

/** How many due revisits the card lists; the rest are counted (the command opens the first). */
export const DUE_SHOWN = 5;

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/**
 * The Today card: the next open topic of the current phase, the revisits due today and overdue (each
 * with *Revisited* and *Open*), and what was done and revisited today. With `parts` its three blocks
 * are parts of their own: a tick describes the next topic and what was done, not the revisits.
 */
export function renderTodayCard(parent: DrawTarget, next: UpNextItem | undefined, summary: PracticeSummary, actions: TodayActions, parts?: DrawnParts): DrawTarget {
	const card = parent.createDiv({ cls: "lr-section lr-today", attr: { role: "region", "aria-label": "Today" } });
	const heading = card.createDiv({ cls: "lr-heading", attr: { role: "heading", "aria-level": 3 } });
	heading.createSpan({ text: "Today" });
	heading.createSpan({ cls: "lr-heading-count", text: summary.today });

	const { onOpen, onRevisit, topicNotes } = actions;
	drawPart(parts, card, "today:next", [next, onOpen], (into) => {
		const nextRow = into.createDiv({ cls: "lr-today-next" });
		nextRow.createSpan({ cls: "lr-today-label", text: "Next topic" });
		if (next) {
			renderNoteLink(nextRow, next.text, { path: next.path, line: next.line, key: "today-next" }, onOpen, "lr-today-next-text");
			if (next.phase !== undefined) nextRow.createSpan({ cls: "lr-today-meta", text: `Phase ${next.phase}` });
		} else {
			nextRow.createSpan({ cls: "lr-today-meta", text: "Every topic is done." });
		}
	});
	drawPart(parts, card, "today:due", [summary.due, onOpen, onRevisit, topicNotes, topicNotesNow(summary.due, topicNotes)], (into) => renderDue(into, summary.due, actions));
	drawPart(parts, card, "today:done", [summary.completedToday, summary.revisitedToday, onOpen], (into) => renderDone(into, summary, onOpen));
	return card;
}

function renderDue(card: DrawTarget, due: readonly DueRevisit[], actions: TodayActions): void {
	const block = card.createDiv({ cls: "lr-today-block lr-today-due" });
	const title = block.createDiv({ cls: "lr-subheading", text: "Revisits due" });
	if (due.length === 0) {
		block.createEl("p", { cls: "lr-today-empty", text: "No revisit due today." });
		return;
	}
	title.createSpan({ cls: "lr-today-count", text: ` ${due.length}` });
	const list = block.createEl("ul", { cls: "lr-today-list" });
	due.slice(0, DUE_SHOWN).forEach((item, i) => {
		const li = list.createEl("li", { cls: classNames("lr-today-item", item.overdueDays > 0 && "is-overdue") });
		const text = li.createDiv({ cls: "lr-today-item-text" });
		text.createSpan({ cls: "lr-today-topic", text: item.text });
		text.createSpan({ cls: "lr-today-meta", text: describeDue(item) });
		const buttons = li.createDiv({ cls: "lr-today-actions" });
		const revisited = buttons.createEl("button", {
			cls: "lr-revisit",
			text: "Revisited",
			type: "button",
			attr: { "aria-label": `Mark \u201c${item.text}\u201d revisited today`, "data-lr-key": `revisit:${i}` },
		});
		// Marked busy, not disabled: a disabled button drops the keyboard focus.
		revisited.addEventListener("click", (event) => {
			const button = event.currentTarget as HTMLElement;
			if (button.getAttribute("aria-disabled") === "true") return;
			button.setAttribute("aria-disabled", "true");
			actions.onRevisit(item);
		});
		const open = buttons.createEl("button", {
			cls: "lr-open",
			text: "Open",
			type: "button",
			attr: { "aria-label": `Open \u201c${item.text}\u201d`, "data-lr-key": `open:${i}` },
		});
		open.addEventListener("click", (event) => actions.onOpen(item.path, item.line, event));
		renderTopicNoteButton(buttons, item, actions.topicNotes);
	});
	// After a long break many topics are due at once: the card stays short, the oldest first.
	const more = due.length - DUE_SHOWN;
	if (more > 0) block.createEl("p", { cls: "lr-today-meta lr-today-more", text: `${more} more due after these.` });
}

/** `Second of 4 revisits · 3 days overdue` */
function describeDue(item: DueRevisit): string {
	const ordinal = ORDINALS[item.rung - 1] ?? `number ${item.rung}`;
	const when = item.overdueDays === 0 ? "due today" : item.overdueDays === 1 ? "1 day overdue" : `${item.overdueDays} days overdue`;
	return `${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} of ${item.rungs} revisits \u00b7 ${when}`;
}

function renderDone(card: DrawTarget, summary: PracticeSummary, onOpen: OpenNote): void {
	const block = card.createDiv({ cls: "lr-today-block lr-today-done" });
	const title = block.createDiv({ cls: "lr-subheading", text: "Done today" });
	const count = summary.completedToday.length;
	const revisits = summary.revisitedToday.length;
	if (count === 0 && revisits === 0) {
		block.createEl("p", { cls: "lr-today-empty", text: "Nothing done yet today." });
		return;
	}
	title.createSpan({ cls: "lr-today-count", text: ` ${count}` });
	if (count > 0) {
		const list = block.createEl("ul", { cls: "lr-today-list" });
		for (const item of summary.completedToday) {
			const li = list.createEl("li", { cls: "lr-today-item is-done" });
			renderNoteLink(li, item.text, { path: item.path, line: item.line }, onOpen, "lr-today-topic");
			const where = item.project !== undefined ? `Project ${item.project}` : item.phase !== undefined ? `Phase ${item.phase}` : "";
			if (where !== "") li.createSpan({ cls: "lr-today-meta", text: where });
		}
	}
	if (revisits > 0) block.createEl("p", { cls: "lr-today-meta", text: `${revisits} ${revisits === 1 ? "topic" : "topics"} revisited today.` });
}
