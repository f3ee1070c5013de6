import { debounce, ItemView, type Workspace, type WorkspaceLeaf } from "obsidian";
import { PROGRESS_VIEW } from "../../constants";
import type { RoadmapProgress } from "../../core/progress/progress-model";
import { noteLinks } from "./note-links";
import { renderProgressView, updateProgressView, type ProgressViewOptions } from "./progress-dom";
import { forgetDrawing, type UpdateStats } from "./view-tree";
import type { ProgressHost } from "./view-host";
import { inBackground } from "../background-work";
import type { DueRevisit } from "../../core/practice/practice";

/** Waits this long after the last edit of a burst before drawing again. */
const RENDER_DELAY_MS = 150;
/** How often the view checks whether the day has changed. */
const DAY_CHECK_MS = 60_000;

/**
 * The sidebar view: draws the selected roadmap's progress whole when it opens and when the day turns,
 * and on every other change updates its elements in place, once per burst of changes.
 */
export class ProgressView extends ItemView {
	private readonly expanded = new Set<string>();
	private readonly links = noteLinks(this.app, this);
	private readonly scheduleUpdate = debounce(() => this.update(), RENDER_DELAY_MS, true);
	// The same handlers at every drawing: a part whose data did not change is then not described again.
	private readonly openNote = Object.assign((path: string, line?: number, event?: MouseEvent) => this.links.open(path, line, event), { hover: this.links.hover });
	private readonly onToggle = (key: string): void => {
		if (this.expanded.has(key)) this.expanded.delete(key);
		else this.expanded.add(key);
		this.update();
	};
	private readonly onGenerate = (): void => inBackground("generate the roadmap notes", this.host.generateRoadmap());
	private readonly onSelectRoadmap = (roadmapId: string): void => inBackground("save the chosen roadmap", this.host.selectRoadmap(roadmapId));
	private readonly onRevisit = (item: DueRevisit): void => {
		const practice = this.host.practice;
		if (practice) inBackground(`mark "${item.text}" revisited`, practice.revisit(item));
	};

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
		this.registerEvent(this.host.tracker.onProgressChanged(() => this.scheduleUpdate()));
		// The Today card and the calendar turn at local midnight, with or without an edit.
		let day = this.host.practice?.today();
		this.registerInterval(window.setInterval(() => {
			const now = this.host.practice?.today();
			if (now === day) return;
			day = now;
			this.scheduleUpdate.cancel();
			this.render();
		}, DAY_CHECK_MS));
		this.render();
	}

	async onClose(): Promise<void> {
		this.scheduleUpdate.cancel();
		this.completing?.();
		forgetDrawing(this.contentEl);
		this.contentEl.empty();
	}

	/**
	 * Draws the view now, from nothing: what the first frame shows at once, and the rest (the far
	 * phases' details, the calendar's squares) by an update right after that frame.
	 */
	render(): UpdateStats {
		this.contentEl.addClass("lr-view");
		const [progress, options] = this.drawing();
		const stats = renderProgressView(this.contentEl, progress, { ...options, firstFrame: true });
		this.completeAfterFrame();
		return stats;
	}

	/** Cancels the update that completes the view's first frame, while one is waiting. */
	private completing: (() => void) | undefined;

	private completeAfterFrame(): void {
		this.completing?.();
		const win = this.contentEl.win;
		let timer: number | undefined;
		// A task queued from the frame's callback runs once that frame is painted.
		const frame = win.requestAnimationFrame(() => {
			timer = win.setTimeout(() => {
				this.completing = undefined;
				this.update();
			}, 0);
		});
		this.completing = () => {
			win.cancelAnimationFrame(frame);
			win.clearTimeout(timer);
			this.completing = undefined;
		};
	}

	/** Brings the view up to date now, keeping its elements: only what changed is written. */
	update(): UpdateStats {
		return updateProgressView(this.contentEl, ...this.drawing());
	}

	/** What the view shows now: the selected roadmap's progress and the view's state and actions. */
	private drawing(): [RoadmapProgress, ProgressViewOptions] {
		const id = this.host.selectedRoadmap();
		const practice = this.host.practice;
		return [this.host.tracker.progress(id), {
			expanded: this.expanded,
			roadmaps: this.host.tracker.choices(),
			selected: id,
			onOpen: this.openNote,
			onToggle: this.onToggle,
			onGenerate: this.onGenerate,
			indexing: !this.host.tracker.index.isBuilt(),
			pace: this.host.pace?.(id),
			...(this.host.topicNotes ? { topicNotes: this.host.topicNotes } : {}),
			onSelectRoadmap: this.onSelectRoadmap,
			...(practice ? { practice: { summary: practice.summary(id), restDaysPerWeek: this.host.settings?.restDaysPerWeek ?? 1, onRevisit: this.onRevisit } } : {}),
		}];
	}
}

/** Shows the progress view: the open one, else a new one in the right sidebar. */
export async function openProgressView(workspace: Workspace): Promise<void> {
	let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(PROGRESS_VIEW.type)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		await leaf?.setViewState({ type: PROGRESS_VIEW.type, active: true });
	}
	if (leaf) await workspace.revealLeaf(leaf);
}
