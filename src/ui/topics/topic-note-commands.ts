import { Notice, type App, type Editor, type MarkdownFileInfo, type Menu } from "obsidian";
import { localDateString } from "../../core/dates/calendar-dates";
import { parseTaskLine } from "../../core/progress/task-line";
import { openOrCreateTopicNote, type TopicBox, type TopicNoteOutcome } from "../../vault/topics/topic-note-writer";
import type { TopicNoteActions, TopicRef } from "./topic-note-button";

/** What topic notes need from the plugin: the app and the template setting. */
interface TopicNotesHost {
	readonly app: App;
	readonly settings: { topicNoteTemplate: string };
}

/** *Open topic note*: the command, the editor's context menu item and the view's buttons, with their notices. */
export class TopicNotes implements TopicNoteActions {
	constructor(
		private readonly host: TopicNotesHost,
		private readonly now: () => Date = () => new Date(),
	) {}

	has(topic: TopicRef): boolean {
		return topic.topicNote !== undefined && this.host.app.metadataCache.getFirstLinkpathDest(topic.topicNote, topic.path) !== null;
	}

	open(topic: TopicRef): void {
		void this.openFor(topic);
	}

	/** Opens the topic's note, creating and linking it first when it has none; says why when it cannot (undefined when the vault refused). */
	async openFor(box: TopicBox): Promise<TopicNoteOutcome | undefined> {
		let outcome: TopicNoteOutcome;
		try {
			outcome = await openOrCreateTopicNote(this.host.app, box, { today: localDateString(this.now()), template: this.host.settings.topicNoteTemplate });
		} catch (e) {
			// A folder or file the vault refuses: said, with the vault's own words; the box is untouched.
			new Notice(`The note of \u201c${box.text}\u201d could not be created: ${e instanceof Error ? e.message : String(e)}`);
			return undefined;
		}
		if (outcome.status === "exists" || outcome.status === "created") {
			await this.host.app.workspace.getLeaf(false).openFile(outcome.file);
		} else {
			new Notice(describeProblem(box, outcome));
		}
		return outcome;
	}

	/** The editor command: the box under the cursor. */
	async fromEditor(editor: Editor, info: MarkdownFileInfo): Promise<void> {
		const box = boxAtCursor(editor, info);
		if (!box) {
			new Notice("To open a topic's note, click in the line of its box first.");
			return;
		}
		await this.openFor(box);
	}

	/** Adds *Open topic note* to the editor's context menu on a box line. */
	addMenuItem(menu: Menu, editor: Editor, info: MarkdownFileInfo): void {
		const box = boxAtCursor(editor, info);
		if (!box) return;
		menu.addItem((item) => item.setTitle("Open topic note").setIcon("file-text").onClick(() => void this.openFor(box)));
	}
}

function boxAtCursor(editor: Editor, info: MarkdownFileInfo): TopicBox | undefined {
	const path = info.file?.path;
	const line = editor.getCursor().line;
	const task = parseTaskLine(editor.getLine(line));
	if (path === undefined || !task || task.text === "") return undefined;
	return { path, line, text: task.text };
}

function describeProblem(box: TopicBox, outcome: Exclude<TopicNoteOutcome, { status: "exists" | "created" }>): string {
	switch (outcome.status) {
		case "not-a-box":
			return `\u201c${box.text}\u201d is no longer a box of \u201c${box.path}\u201d: no topic note was created.`;
		case "not-roadmap":
			return `\u201c${outcome.path}\u201d is not a phase or project note of a roadmap: topic notes are made for the boxes of those notes.`;
		case "unlinkable":
			return `\u201c${outcome.words}\u201d holds a |, [ or ], which a link cannot show as it is: no topic note was created.`;
		case "no-template":
			return `Topic note template \u201c${outcome.path}\u201d was not found: no topic note was created. Check the topic note template setting.`;
		case "in-the-way":
			return `No topic note was created: \u201c${outcome.path}\u201d and the names after it are taken by other files.`;
	}
}
