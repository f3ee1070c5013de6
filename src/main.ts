import { Notice, parseYaml, Platform, Plugin } from "obsidian";
import { CODE_BLOCK_LANGUAGE, PROGRESS_VIEW } from "./constants";
import { localDateString } from "./core/dates/calendar-dates";
import type { LearningRoadmapSettings } from "./core/settings/settings";
import { tickExtension } from "./editor/tick-extension";
import { CanvasColourer } from "./vault/canvas/canvas-colourer";
import { whenCacheResolved } from "./vault/index/cache-ready";
import { ProgressIndex } from "./vault/index/progress-index";
import { RoadmapTracker } from "./vault/index/roadmap-tracker";
import { NoteSettler } from "./vault/notes/note-settler";
import { PaceKeeper } from "./vault/pace/pace-keeper";
import { describeRoadmapErrors } from "./vault/roadmaps/roadmap-library";
import { inBackground } from "./ui/background-work";
import { addCommands } from "./ui/commands";
import { NoteGenerator } from "./ui/generate-notes";
import { Practice } from "./ui/practice/practice-service";
import { ProgressBlock } from "./ui/progress/progress-block";
import { keepStatusBar } from "./ui/progress/status-bar";
import { LearningRoadmapSettingTab } from "./ui/settings/settings-tab";
import { loadSettings, reloadSettings, saveChangedSettings, saveSelectedRoadmap, tickOptions } from "./ui/settings/settings-store";
import { TopicNotes } from "./ui/topics/topic-note-commands";
import { HOVER_SOURCE } from "./ui/view/note-links";
import { ProgressView } from "./ui/view/progress-view";
import type { ProgressHost } from "./ui/view/view-host";

/** Wiring only: settings, commands, the view, the code block and the index's events. */
export default class LearningRoadmapPlugin extends Plugin implements ProgressHost {
	declare settings: LearningRoadmapSettings;
	/** Why data.json could not be read; while set, only a change in the settings tab writes the file. */
	settingsFileProblem: string | undefined;
	tracker!: RoadmapTracker;
	practice!: Practice;
	topicNotes!: TopicNotes;
	private generator!: NoteGenerator;
	private paceKeeper!: PaceKeeper;
	/** False once the plugin is switched off: start-up work still on its way then registers nothing. */
	private running = true;

	async onload(): Promise<void> {
		await loadSettings(this);
		const index = new ProgressIndex(this.app, () => this.settings.syncProgressProperties);
		this.tracker = new RoadmapTracker(this.app, index);
		this.practice = new Practice(this);
		this.topicNotes = new TopicNotes(this);
		const ticks = { options: () => tickOptions(this.settings), today: () => localDateString(new Date()), parse: parseYaml };
		const settler = new NoteSettler(this.app, ticks.options, ticks.today);
		this.registerEditorExtension(tickExtension(ticks));
		this.paceKeeper = new PaceKeeper(this.app, this.tracker, () => this.settings.hoursPerWeek, ticks.today);
		const colourer = new CanvasColourer(this, this.tracker, (message) => new Notice(message, 0));
		this.generator = new NoteGenerator(this, colourer);

		this.registerView(PROGRESS_VIEW.type, (leaf) => new ProgressView(leaf, this));
		this.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => ctx.addChild(new ProgressBlock(el, source, this)));
		addCommands(this, this.paceKeeper);
		this.addSettingTab(new LearningRoadmapSettingTab(this.app, this, this));
		// Obsidian mobile has no status bar: no item, and no setting for it (see the settings tab).
		const statusBar = Platform.isMobile ? undefined : this.addStatusBarItem();
		this.registerHoverLinkSource(HOVER_SOURCE, { display: "Learning roadmap progress", defaultMod: true });

		this.app.workspace.onLayoutReady(() => inBackground("start", this.start(index, settler, colourer, statusBar)));
	}

	onunload(): void {
		this.running = false;
	}

	// After the layout is ready: the roadmap files are read, then the events are registered, unless
	// the plugin was switched off while they were read (a registration then would outlive it).
	private async start(index: ProgressIndex, settler: NoteSettler, colourer: CanvasColourer, statusBar: HTMLElement | undefined): Promise<void> {
		const errors = await this.tracker.reloadRoadmaps(this.settings);
		if (!this.running) return;
		if (errors.length > 0) new Notice(describeRoadmapErrors(errors));
		this.registerEvent(index.on("index-changed", (roadmaps) => this.tracker.invalidate(roadmaps)));
		if (statusBar) keepStatusBar(this, statusBar, this, () => this.settings.showStatusBar);
		colourer.start();
		this.registerEvent(index.on("note-updated", (update) => inBackground(`update "${update.path}"`, settler.apply(update))));
		this.paceKeeper.checkStartsOn(this, inBackground);
		this.registerEvent(index.on("note-updated", (update) => this.paceKeeper.noteUpdated(update)));
		for (const ref of index.watch()) this.registerEvent(ref);
		whenCacheResolved(this.app, this, (files) => inBackground("read the roadmap notes", index.build(files)));
	}

	async onExternalSettingsChange(): Promise<void> {
		await reloadSettings(this);
	}

	// What the view, the code block, the status bar, the settings tab and the import ask of the plugin.
	readonly saveSettings = () => saveChangedSettings(this);
	readonly selectRoadmap = (id: string) => saveSelectedRoadmap(this, id);
	readonly selectedRoadmap = () => this.tracker.resolveSelection(this.settings.selectedRoadmap);
	readonly generateRoadmap = () => this.generator.generateAll();
	readonly generateOne = (id: string) => this.generator.generateOne(id);
	readonly pace = (id: string) => this.paceKeeper.pace(id);
	readonly paceInStatusBar = () => this.settings.showPaceInStatusBar;
}
