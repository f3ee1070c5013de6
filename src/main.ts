import { Notice, Plugin, type WorkspaceLeaf } from "obsidian";
import { COMMANDS, CODE_BLOCK_LANGUAGE, PROGRESS_VIEW } from "./constants";
import { migrateSettings, type LearningRoadmapSettings } from "./core/settings/settings";
import { LearningRoadmapSettingTab } from "./ui/settings-tab";
import { ProgressBlock } from "./ui/progress-block";
import { ProgressView } from "./ui/progress-view";
import { renderStatusBar } from "./ui/status-bar";
import type { ProgressHost } from "./ui/view-host";
import { CanvasColourer } from "./vault/canvas-colours";
import { DateStamper } from "./vault/date-stamper";
import { generateRoadmaps } from "./vault/generator";
import { ProgressIndex } from "./vault/progress-index";
import { syncProgressProperties } from "./vault/progress-properties";
import { createMonthlyReview } from "./vault/review-writer";
import { describeRoadmapErrors, loadRoadmaps } from "./vault/roadmap-library";
import { RoadmapTracker } from "./vault/roadmap-tracker";

/** Wiring only: settings, commands, the view, the code block and the index's events. */
export default class LearningRoadmapPlugin extends Plugin implements ProgressHost {
	declare settings: LearningRoadmapSettings;
	tracker!: RoadmapTracker;
	private colourer!: CanvasColourer;

	async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const index = new ProgressIndex(this.app);
		this.tracker = new RoadmapTracker(this.app, index);
		const stamper = new DateStamper(this.app);
		this.colourer = new CanvasColourer(this, this.tracker, (message) => new Notice(message, 0));

		this.registerView(PROGRESS_VIEW.type, (leaf) => new ProgressView(leaf, this));
		this.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => ctx.addChild(new ProgressBlock(el, source, this)));
		this.addRibbonIcon(PROGRESS_VIEW.icon, "Open roadmap progress", () => void this.openProgressView());
		this.addCommand({ ...COMMANDS.generate, callback: () => this.generateRoadmap() });
		this.addCommand({ ...COMMANDS.openProgress, callback: () => this.openProgressView() });
		this.addCommand({ ...COMMANDS.monthlyReview, callback: () => this.createReview("this") });
		this.addCommand({ ...COMMANDS.previousMonthlyReview, callback: () => this.createReview("previous") });
		this.addSettingTab(new LearningRoadmapSettingTab(this.app, this, this));
		const statusBar = this.addStatusBarItem();

		this.app.workspace.onLayoutReady(async () => {
			const errors = await this.reloadRoadmaps();
			if (errors.length > 0) new Notice(describeRoadmapErrors(errors));
			this.registerEvent(index.on("index-changed", () => this.tracker.invalidate()));
			this.registerEvent(this.tracker.onProgressChanged(() => this.settings.showStatusBar ? renderStatusBar(statusBar, this) : statusBar.empty()));
			this.colourer.start();
			this.registerEvent(index.on("note-updated", (update) => {
				if (this.settings.recordCompletionDates) void stamper.apply(update);
				if (this.settings.syncProgressProperties) void syncProgressProperties(this.app, update);
			}));
			for (const ref of index.watch()) this.registerEvent(ref);
			await index.build();
		});
	}

	async onExternalSettingsChange(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		await this.reloadRoadmaps();
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		// No notice here: the learner may still be typing a path; errors are shown when generating.
		await this.reloadRoadmaps();
	}

	selectedRoadmap(): string {
		return this.tracker.resolveSelection(this.settings.selectedRoadmap);
	}

	async selectRoadmap(id: string): Promise<void> {
		this.settings.selectedRoadmap = id;
		await this.saveData(this.settings);
		this.tracker.invalidate();
	}

	/** Loads the roadmap files; returns the problems (file, line and path) of those that can't be used. */
	private async reloadRoadmaps(): Promise<string[]> {
		const { roadmaps, errors } = await loadRoadmaps(this.app.vault, this.settings);
		this.tracker.setRoadmaps(roadmaps);
		return errors;
	}

	async generateRoadmap(): Promise<void> {
		const errors = await this.reloadRoadmaps();
		await generateRoadmaps(this.app, this.tracker.loaded(), errors, {
			countsOf: (id) => this.tracker.progress(id),
			onCanvas: (result) => this.colourer.generated(result),
		});
	}

	private async openProgressView(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(PROGRESS_VIEW.type)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			await leaf?.setViewState({ type: PROGRESS_VIEW.type, active: true });
		}
		if (leaf) await workspace.revealLeaf(leaf);
	}

	private async createReview(which: "this" | "previous"): Promise<void> {
		await createMonthlyReview(this.app, this.tracker, this.selectedRoadmap(), this.settings, which);
	}
}
