import { Notice, parseYaml, Platform, Plugin, type WorkspaceLeaf } from "obsidian";
import { COMMANDS, CODE_BLOCK_LANGUAGE, PROGRESS_VIEW } from "./constants";
import { readSettings, type LearningRoadmapSettings } from "./core/settings/settings";
import { readSettingsFileOf, settingsFilePath } from "./vault/settings/settings-file";
import { unreadableSettingsNotice } from "./core/settings/settings-file";
import { generateWithNotices, noticeSettingsProblems, reviewWithNotices } from "./ui/command-notices";
import { LearningRoadmapSettingTab } from "./ui/settings/settings-tab";
import { buildPortfolios, copyPortfolioReadme, createMissingPortfolios } from "./ui/portfolio/portfolio-commands";
import { HOVER_SOURCE } from "./ui/view/note-links";
import { inBackground } from "./ui/background-work";
import { ProgressBlock } from "./ui/progress/progress-block";
import { ProgressView } from "./ui/view/progress-view";
import { keepStatusBar } from "./ui/progress/status-bar";
import { Practice } from "./ui/practice/practice-service";
import { TopicNotes } from "./ui/topics/topic-note-commands";
import type { ProgressHost } from "./ui/view/view-host";
import { tickExtension } from "./editor/tick-extension";
import { localDateString } from "./core/dates/calendar-dates";
import { whenCacheResolved } from "./vault/index/cache-ready";
import { generateRoadmaps, type RoadmapGeneration } from "./vault/notes/generator";
import { RoadmapImporter } from "./ui/import/import-commands";
import { CanvasColourer } from "./vault/canvas/canvas-colourer";
import { ProgressIndex } from "./vault/index/progress-index";
import { NoteSettler } from "./vault/notes/note-settler";
import { describeRoadmapErrors, loadRoadmaps } from "./vault/roadmaps/roadmap-library";
import { RoadmapTracker } from "./vault/index/roadmap-tracker";
import { PaceKeeper } from "./vault/pace/pace-keeper";
import { replanWithNotice } from "./ui/pace/replan-notice";
import type { RoadmapPace } from "./core/pace/pace";

/** Wiring only: settings, commands, the view, the code block and the index's events. */
export default class LearningRoadmapPlugin extends Plugin implements ProgressHost {
	declare settings: LearningRoadmapSettings;
	/** Why data.json could not be read; while set, only a change in the settings tab writes the file. */
	settingsFileProblem: string | undefined;
	tracker!: RoadmapTracker;
	practice!: Practice;
	topicNotes!: TopicNotes;
	private colourer!: CanvasColourer;
	private paceKeeper!: PaceKeeper;
	/** False once the plugin is switched off: start-up work still on its way then registers nothing. */
	private running = true;

	async onload(): Promise<void> {
		await this.loadSettings();
		const index = new ProgressIndex(this.app, () => this.settings.syncProgressProperties);
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
		this.addRibbonIcon(PROGRESS_VIEW.icon, "Open roadmap progress", () => inBackground("open the progress view", this.openProgressView()));
		this.addCommand({ ...COMMANDS.generate, callback: () => this.generateRoadmap() });
		this.addCommand({ ...COMMANDS.openProgress, callback: () => this.openProgressView() });
		this.addCommand({ ...COMMANDS.monthlyReview, callback: () => this.createReview("this") });
		this.addCommand({ ...COMMANDS.previousMonthlyReview, callback: () => this.createReview("previous") });
		this.addCommand({ ...COMMANDS.buildPortfolio, callback: () => buildPortfolios(this.app, this.tracker) });
		this.addCommand({ ...COMMANDS.revisitDue, callback: () => this.practice.openFirstDue() });
		this.addCommand({ ...COMMANDS.copyPortfolioReadme, callback: () => copyPortfolioReadme(this.app, this.tracker, this.selectedRoadmap()) });
		const importer = new RoadmapImporter(this);
		this.addCommand({ ...COMMANDS.importRoadmap, callback: () => importer.chooseSource() });
		this.registerEvent(this.app.workspace.on("file-menu", (menu, file) => importer.addToMenu(menu, file)));
		this.addCommand({ ...COMMANDS.replan, callback: () => replanWithNotice(this.paceKeeper, this.selectedRoadmap(), this.tracker.progress(this.selectedRoadmap()).title) });
		this.addCommand({ ...COMMANDS.openTopicNote, editorCallback: (editor, info) => this.topicNotes.fromEditor(editor, info) });
		this.registerEvent(this.app.workspace.on("editor-menu", (menu, editor, info) => this.topicNotes.addMenuItem(menu, editor, info)));
		this.addSettingTab(new LearningRoadmapSettingTab(this.app, this, this));
		// Obsidian mobile has no status bar: no item, and no setting for it (see the settings tab).
		const statusBar = Platform.isMobile ? undefined : this.addStatusBarItem();
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Learning roadmap progress", defaultMod: true });

		this.app.workspace.onLayoutReady(() => inBackground("start", this.start(index, settler, statusBar)));
	}

	onunload(): void {
		this.running = false;
	}

	// After the layout is ready: the roadmap files are read, then the events are registered, unless
	// the plugin was switched off while they were read (a registration then would outlive it).
	private async start(index: ProgressIndex, settler: NoteSettler, statusBar: HTMLElement | undefined): Promise<void> {
		const errors = await this.reloadRoadmaps();
		if (!this.running) return;
		if (errors.length > 0) new Notice(describeRoadmapErrors(errors));
		this.registerEvent(index.on("index-changed", (roadmaps) => this.tracker.invalidate(roadmaps)));
		if (statusBar) keepStatusBar(this, statusBar, this, () => this.settings.showStatusBar);
		this.colourer.start();
		this.registerEvent(index.on("note-updated", (update) => inBackground(`update "${update.path}"`, settler.apply(update))));
		this.paceKeeper.checkStartsOn(this, inBackground);
		this.registerEvent(index.on("note-updated", (update) => this.paceKeeper.noteUpdated(update)));
		for (const ref of index.watch()) this.registerEvent(ref);
		whenCacheResolved(this.app, this, (files) => inBackground("read the roadmap notes", index.build(files)));
	}

	private tickOptions(): { recordCompletionDates: boolean; syncProgressProperties: boolean } {
		const { recordCompletionDates, syncProgressProperties } = this.settings;
		return { recordCompletionDates, syncProgressProperties };
	}

	async onExternalSettingsChange(): Promise<void> {
		await this.loadSettings();
		await this.reloadRoadmaps();
	}

	/**
	 * Reads data.json through the settings tab's checks; a refused value is named in a notice. A file
	 * that can't be read at all is left as it is (see `settingsFileProblem`) and the defaults are used.
	 */
	private async loadSettings(): Promise<void> {
		const file = await readSettingsFileOf(this);
		this.settingsFileProblem = file.ok ? undefined : file.problem;
		if (!file.ok) new Notice(unreadableSettingsNotice(settingsFilePath(this) ?? "data.json", file.problem), 0);
		const read = readSettings(file.ok ? file.data : null);
		this.settings = read.settings;
		noticeSettingsProblems(read.problems);
	}

	/** Saves from the settings tab: the learner changed a setting there, seeing any warning about the file. */
	async saveSettings(): Promise<void> {
		this.settingsFileProblem = undefined;
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
		// Picking a roadmap in the view is no knowing save over a settings file that can't be read.
		if (this.settingsFileProblem === undefined) await this.saveData(this.settings);
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

	/** One roadmap's notes, as *Generate roadmap notes* writes them, for the import's own notice. */
	async generateOne(roadmapId: string): Promise<RoadmapGeneration | undefined> {
		await this.reloadRoadmaps();
		await this.tracker.index.whenBuilt();
		const loaded = this.tracker.loaded().filter((r) => r.roadmap.id === roadmapId);
		const [result] = await generateRoadmaps(this.app, loaded, { countsOf: (id) => this.tracker.progress(id) });
		if (result?.report?.canvas) this.colourer.generated(result.report.canvas);
		if (result && wroteNotes(result)) await createMissingPortfolios(this.app, this.tracker, new Set([roadmapId]));
		return result;
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
		await reviewWithNotices(this.app, this.tracker, { roadmapId: id, settings: this.settings, which, pace: id === "" ? undefined : this.pace(id) });
	}
}

function wroteNotes(result: RoadmapGeneration): boolean {
	const report = result.report;
	return report !== undefined && report.refused === undefined && report.failed.length === 0;
}
