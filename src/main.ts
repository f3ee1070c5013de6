import { Notice, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import { COMMANDS, CODE_BLOCK_LANGUAGE, PROGRESS_VIEW } from "./constants";
import { migrateSettings, type LearningRoadmapSettings } from "./core/settings";
import { LearningRoadmapSettingTab } from "./ui/settings-tab";
import { ProgressBlock } from "./ui/progress-block";
import { ProgressView } from "./ui/progress-view";
import { renderStatusBar } from "./ui/status-bar";
import type { ProgressHost } from "./ui/view-host";
import { DateStamper } from "./vault/date-stamper";
import { describeGeneration, generateRoadmapNotes } from "./vault/generator";
import { ProgressIndex } from "./vault/progress-index";
import { syncProgressProperties } from "./vault/progress-properties";
import { writeMonthlyReview } from "./vault/review-writer";
import { loadRoadmaps } from "./vault/roadmap-library";
import { RoadmapTracker } from "./vault/roadmap-tracker";

/** Wiring only: settings, commands, the view, the code block and the index's events. */
export default class LearningRoadmapPlugin extends Plugin implements ProgressHost {
	declare settings: LearningRoadmapSettings;
	tracker!: RoadmapTracker;

	async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const index = new ProgressIndex(this.app);
		this.tracker = new RoadmapTracker(this.app, index);
		const stamper = new DateStamper(this.app);

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
			await this.reloadRoadmaps(false);
			this.registerEvent(index.on("index-changed", () => this.tracker.invalidate()));
			this.registerEvent(this.tracker.onProgressChanged(() => this.settings.showStatusBar ? renderStatusBar(statusBar, this) : statusBar.empty()));
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
		await this.reloadRoadmaps(false);
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		// Quiet: the learner may still be typing a path; errors are shown when generating.
		await this.reloadRoadmaps(true);
	}

	selectedRoadmap(): string {
		return this.tracker.resolveSelection(this.settings.selectedRoadmap);
	}

	async selectRoadmap(id: string): Promise<void> {
		this.settings.selectedRoadmap = id;
		await this.saveData(this.settings);
		this.tracker.invalidate();
	}

	/** Loads the roadmap files; problems become a notice naming file, line and path. */
	private async reloadRoadmaps(quiet: boolean): Promise<string[]> {
		const { roadmaps, errors } = await loadRoadmaps(this.app.vault, this.settings);
		this.tracker.setRoadmaps(roadmaps);
		if (!quiet && errors.length > 0) new Notice(`Some roadmap files cannot be used:\n${errors.join("\n")}`, 0);
		return errors;
	}

	async generateRoadmap(): Promise<void> {
		await this.reloadRoadmaps(false);
		const roadmaps = this.tracker.loaded();
		if (roadmaps.length === 0) {
			new Notice("No roadmap to generate: switch on the built-in roadmap or add a roadmap file in the settings.");
			return;
		}
		for (const loaded of roadmaps) {
			try {
				const report = await generateRoadmapNotes(this.app, loaded);
				const name = roadmaps.length > 1 ? `${loaded.roadmap.title}: ` : "";
				new Notice(`${name}${describeGeneration(report)}`);
			} catch (e) {
				new Notice(`Could not generate "${loaded.roadmap.title}": ${e instanceof Error ? e.message : String(e)}`);
			}
		}
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
		const id = this.selectedRoadmap();
		const loaded = this.tracker.loaded().find((r) => r.roadmap.id === id);
		if (!loaded) {
			new Notice("No roadmap to review yet: generate the roadmap notes first.");
			return;
		}
		const outcome = await writeMonthlyReview(this.app, {
			which,
			now: new Date(),
			roadmap: loaded.roadmap,
			progress: this.tracker.progress(id),
			notes: this.tracker.notesOf(id),
			settings: this.settings,
		});
		if (outcome.status === "error") {
			new Notice(outcome.message);
			return;
		}
		if (outcome.status === "exists") new Notice(`${outcome.file.basename} already exists: opened it.`);
		else new Notice(`Created ${outcome.file.basename}.`);
		if (outcome.file instanceof TFile) await this.app.workspace.getLeaf(false).openFile(outcome.file);
	}
}
