import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { PROGRESS_VIEW } from "../constants";
import { noteLinks } from "./note-links";
import { renderProgressView } from "./progress-dom";
import type { ProgressHost } from "./view-host";

/** Waits this long after the last edit of a burst before drawing again. */
const RENDER_DELAY_MS = 150;
/** How often the view checks whether the day has changed. */
const DAY_CHECK_MS = 60_000;

/** The sidebar view: a shell that draws the selected roadmap's progress and redraws on change. */
export class ProgressView extends ItemView {
	private readonly expanded = new Set<string>();
	private readonly links = noteLinks(this.app, this);
	private readonly scheduleRender = debounce(() => this.render(), RENDER_DELAY_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: ProgressHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return PROGRESS_VIEW.type;
	}

	getDisplayText(): string {
		return PROGRESS_VIEW.name;
	}

	getIcon(): string {
		return PROGRESS_VIEW.icon;
	}

	async onOpen(): Promise<void> {
		this.registerEvent(this.host.tracker.onProgressChanged(() => this.scheduleRender()));
		// The Today card and the calendar turn at local midnight, with or without an edit.
		let day = this.host.practice?.today();
		this.registerInterval(window.setInterval(() => {
			const now = this.host.practice?.today();
			if (now === day) return;
			day = now;
			this.scheduleRender();
		}, DAY_CHECK_MS));
		this.render();
	}

	async onClose(): Promise<void> {
		this.scheduleRender.cancel();
		this.contentEl.empty();
	}

	/** Draws now, keeping what is expanded and where the learner had scrolled. */
	render(): void {
		const scroll = this.contentEl.scrollTop;
		const id = this.host.selectedRoadmap();
		const practice = this.host.practice;
		// renderProgressView replaces the content itself, keeping the focus on the control the learner used.
		this.contentEl.addClass("lr-view");
		renderProgressView(this.contentEl, this.host.tracker.progress(id), {
			expanded: this.expanded,
			roadmaps: this.host.tracker.choices(),
			selected: id,
			onOpen: Object.assign((path: string, line?: number, event?: MouseEvent) => this.links.open(path, line, event), { hover: this.links.hover }),
			onToggle: (key) => {
				if (this.expanded.has(key)) this.expanded.delete(key);
				else this.expanded.add(key);
				this.render();
			},
			onGenerate: () => void this.host.generateRoadmap(),
			indexing: !this.host.tracker.index.isBuilt(),
			pace: this.host.pace?.(id),
			onSelectRoadmap: (roadmapId) => void this.host.selectRoadmap(roadmapId),
			...(this.host.topicNotes ? { topicNotes: this.host.topicNotes } : {}),
			...(practice ? { practice: { summary: practice.summary(id), restDaysPerWeek: this.host.settings?.restDaysPerWeek ?? 1, onRevisit: (item) => void practice.revisit(item) } } : {}),
		});
		this.contentEl.scrollTop = scroll;
	}
}
