import { Notice, parseYaml, Platform, Plugin, type WorkspaceLeaf } from "obsidian";
import { COMMANDS, CODE_BLOCK_LANGUAGE, PROGRESS_VIEW } from "./constants";
import { readSettings, type LearningRoadmapSettings } from "./core/settings/settings";
import { generateWithNotices, noticeSettingsProblems, reviewWithNotices } from "./ui/commands";
import { LearningRoadmapSettingTab } from "./ui/settings-tab";
import { buildPortfolios, copyPortfolioReadme, createMissingPortfolios } from "./ui/portfolio-commands";
import { HOVER_SOURCE } from "./ui/note-links";
import { ProgressBlock } from "./ui/progress-block";
import { ProgressView } from "./ui/progress-view";
import { keepStatusBar } from "./ui/status-bar";
import { Practice } from "./ui/practice-commands";
import { TopicNotes } from "./ui/topic-note-commands";
import type { ProgressHost } from "./ui/view-host";
import { tickExtension } from "./editor/tick-extension";
import { localDateString } from "./core/progress/completion-dates";
import { whenCacheResolved } from "./vault/cache-ready";
import type { RoadmapGeneration } from "./vault/generator";
import { CanvasColourer } from "./vault/canvas-colours";
import { ProgressIndex } from "./vault/progress-index";
import { NoteSettler } from "./vault/note-settler";
import { describeRoadmapErrors, loadRoadmaps } from "./vault/roadmap-library";
import { RoadmapTracker } from "./vault/roadmap-tracker";
import { PaceKeeper } from "./vault/pace-keeper";
import { replanWithNotice } from "./ui/pace-commands";
import type { RoadmapPace } from "./core/pace/pace";

/** Wiring only: settings, commands, the view, the code block and the index's events. */
export default class LearningRoadmapPlugin extends Plugin implements ProgressHost {
	declare settings: LearningRoadmapSettings;
	tracker!: RoadmapTracker;
	practice!: Practice;
	topicNotes!: TopicNotes;
	private colourer!: CanvasColourer;
	private paceKeeper!: PaceKeeper;

	async onload(): Promise<void> {
		await this.loadSettings();
		const index = new ProgressIndex(this.app);
		this.tracker = new RoadmapTracker(this.app, index);
		this.practice = new Practice(this);
		this.topicNotes = new TopicNotes(this);
		const ticks = { options: () => this.tickOptions(), today: () => localDateString(new Date()), parse: parseYaml };
		const settler = new NoteSettler(this.app, ticks.options, ticks.today);
		this.registerEditorExtension(tickExtension(ticks));
		this.paceKeeper = new PaceKeeper(this.app, this.tracker, () => this.settings.hoursPerWeek, ticks.today);
		this.colourer = new CanvasColourer(this, this.tracker, (message) => new Notice(message, 0));

		this.registerView(PROGRESS_VIEW.type, (leaf) => new ProgressView(leaf, this));
		this.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => ctx.addChild(new ProgressBlock(el, source, this)));
		this.addRibbonIcon(PROGRESS_VIEW.icon, "Open roadmap progress", () => void this.openProgressView());
		this.addCommand({ ...COMMANDS.generate, callback: () => this.generateRoadmap() });
		this.addCommand({ ...COMMANDS.openProgress, callback: () => this.openProgressView() });
		this.addCommand({ ...COMMANDS.monthlyReview, callback: () => this.createReview("this") });
		this.addCommand({ ...COMMANDS.previousMonthlyReview, callback: () => this.createReview("previous") });
		this.addCommand({ ...COMMANDS.buildPortfolio, callback: () => buildPortfolios(this.app, this.tracker) });
		this.addCommand({ ...COMMANDS.revisitDue, callback: () => this.practice.openFirstDue() });
		this.addCommand({ ...COMMANDS.copyPortfolioReadme, callback: () => copyPortfolioReadme(this.app, this.tracker, this.selectedRoadmap()) });
		this.addCommand({ ...COMMANDS.replan, callback: () => replanWithNotice(this.paceKeeper, this.selectedRoadmap(), this.tracker.progress(this.selectedRoadmap()).title) });
		this.addCommand({ ...COMMANDS.openTopicNote, editorCallback: (editor, info) => this.topicNotes.fromEditor(editor, info) });
		this.registerEvent(this.app.workspace.on("editor-menu", (menu, editor, info) => this.topicNotes.addMenuItem(menu, editor, info)));
		this.addSettingTab(new LearningRoadmapSettingTab(this.app, this, this));
		// Obsidian mobile has no status bar: no item, and no setting for it (see the settings tab).
		const statusBar = Platform.isMobile ? undefined : this.addStatusBarItem();
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Learning roadmap progress", defaultMod: true });

		this.app.workspace.onLayoutReady(async () => {
			const errors = await this.reloadRoadmaps();
			if (errors.length > 0) new Notice(describeRoadmapErrors(errors));
			this.registerEvent(index.on("index-changed", () => this.tracker.invalidate()));
			if (statusBar) keepStatusBar(this, statusBar, this, () => this.settings.showStatusBar);
			this.colourer.start();
			this.registerEvent(index.on("note-updated", (update) => void settler.apply(update)));
			this.registerEvent(index.on("note-updated", (update) => void this.paceKeeper.noteUpdated(update)));
			for (const ref of index.watch()) this.registerEvent(ref);
			whenCacheResolved(this.app, this, (files) => void index.build(files));
		});
	}

	private tickOptions(): { recordCompletionDates: boolean; syncProgressProperties: boolean } {
		const { recordCompletionDates, syncProgressProperties } = this.settings;
		return { recordCompletionDates, syncProgressProperties };
	}

	async onExternalSettingsChange(): Promise<void> {
		await this.loadSettings();
		await this.reloadRoadmaps();
	}

	/** Reads data.json through the settings tab's checks; a refused value is named in a notice. */
	private async loadSettings(): Promise<void> {
		const read = readSettings(await this.loadData().catch(() => null));
		this.settings = read.settings;
		noticeSettingsProblems(read.problems);
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		// No notice here: the learner may still be typing a path; errors are shown when generating.
		await this.reloadRoadmaps();
	}

	pace(roadmapId: string): RoadmapPace {
		return this.paceKeeper.pace(roadmapId);
	}

	paceInStatusBar(): boolean {
		return this.settings.showPaceInStatusBar;
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
		// Before the vault is indexed, moved notes would not be found and would be generated twice.
		await this.tracker.index.whenBuilt();
		const results = await generateWithNotices(this.app, this.tracker.loaded(), errors, {
			countsOf: (id) => this.tracker.progress(id),
			onCanvas: (result) => this.colourer.generated(result),
		});
		// The portfolio joins the notes only where they could be written (not a refused or failed roadmap).
		await createMissingPortfolios(this.app, this.tracker, new Set(results.filter(wroteNotes).map((r) => r.id)));
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
		await reviewWithNotices(this.app, this.tracker, id, this.settings, which, id === "" ? undefined : this.pace(id));
	}
}

function wroteNotes(result: RoadmapGeneration): boolean {
	const report = result.report;
	return report !== undefined && report.refused === undefined && report.failed.length === 0;
}
