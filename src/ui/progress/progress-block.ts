import { debounce, MarkdownRenderChild } from "obsidian";
import { parseProgressBlock } from "../../core/progress/code-block-options";
import { noteLinks } from "../view/note-links";
import { renderPaceBlock } from "../pace/pace-block";
import { renderPhaseBlock } from "../view/progress-dom";
import { renderTopicNoteList } from "../topics/topic-note-list";
import type { ProgressHost } from "../view/view-host";

/** A `roadmap-progress` code block: the same bars as the view, inside a note, kept live. */
export class ProgressBlock extends MarkdownRenderChild {
	private readonly scheduleRender = debounce(() => this.render(), 150, true);

	constructor(
		containerEl: HTMLElement,
		private readonly source: string,
		private readonly host: ProgressHost,
	) {
		super(containerEl);
	}

	onload(): void {
		this.registerEvent(this.host.tracker.onProgressChanged(() => this.scheduleRender()));
		this.render();
	}

	onunload(): void {
		this.scheduleRender.cancel();
	}

	private render(): void {
		const el = this.containerEl;
		el.addClass("lr-block");
		const options = parseProgressBlock(this.source);
		if (options.error) {
			el.empty();
			el.createDiv({ cls: "lr-block-error", text: options.error });
			return;
		}
		const id = options.roadmap ?? this.host.selectedRoadmap();
		const links = noteLinks(this.host.app, this, "preview");
		const onOpen = Object.assign((path: string, line?: number, event?: MouseEvent) => links.open(path, line, event), { hover: links.hover });
		const pace = options.show === "pace" ? this.host.pace?.(id) : undefined;
		const topicNotes = this.host.topicNotes;
		if (options.show === "topics" && topicNotes) renderTopicNoteList(el, this.host.tracker.progress(id), options.phase, onOpen, (topic) => topicNotes.has(topic));
		else if (pace) renderPaceBlock(el, this.host.tracker.progress(id), pace, options.phase, onOpen);
		else renderPhaseBlock(el, this.host.tracker.progress(id), options.phase, onOpen);
	}
}
