import type { App, Plugin } from "obsidian";
import { COMMANDS, PROGRESS_VIEW } from "../constants";
import type { RoadmapPace } from "../core/pace/pace";
import type { LearningRoadmapSettings } from "../core/settings/settings";
import type { PaceKeeper } from "../vault/pace/pace-keeper";
import { inBackground } from "./background-work";
import { reviewWithNotices } from "./command-notices";
import { RoadmapImporter, type ImportHost } from "./import/import-commands";
import { replanWithNotice } from "./pace/replan-notice";
import { buildPortfolios, copyPortfolioReadme } from "./portfolio/portfolio-commands";
import type { Practice } from "./practice/practice-service";
import type { TopicNotes } from "./topics/topic-note-commands";
import { openProgressView } from "./view/progress-view";

/** What the commands act on: the plugin's features and the roadmap the learner is looking at. */
interface CommandsHost extends Plugin, ImportHost {
	readonly app: App;
	readonly settings: LearningRoadmapSettings;
	readonly practice: Practice;
	readonly topicNotes: TopicNotes;
	selectedRoadmap(): string;
	generateRoadmap(): Promise<void>;
	pace(roadmapId: string): RoadmapPace;
}

/** The ribbon icon, every command and the file and editor menus' items, each handed to its feature. */
export function addCommands(plugin: CommandsHost, paceKeeper: PaceKeeper): void {
	const { workspace } = plugin.app;
	plugin.addRibbonIcon(PROGRESS_VIEW.icon, "Open roadmap progress", () => inBackground("open the progress view", openProgressView(workspace)));
	plugin.addCommand({ ...COMMANDS.generate, callback: () => plugin.generateRoadmap() });
	plugin.addCommand({ ...COMMANDS.openProgress, callback: () => openProgressView(workspace) });
	plugin.addCommand({ ...COMMANDS.monthlyReview, callback: () => createReview(plugin, "this") });
	plugin.addCommand({ ...COMMANDS.previousMonthlyReview, callback: () => createReview(plugin, "previous") });
	plugin.addCommand({ ...COMMANDS.buildPortfolio, callback: () => buildPortfolios(plugin.app, plugin.tracker) });
	plugin.addCommand({ ...COMMANDS.revisitDue, callback: () => plugin.practice.openFirstDue() });
	plugin.addCommand({ ...COMMANDS.copyPortfolioReadme, callback: () => copyPortfolioReadme(plugin.app, plugin.tracker, plugin.selectedRoadmap()) });
	const importer = new RoadmapImporter(plugin);
	plugin.addCommand({ ...COMMANDS.importRoadmap, callback: () => importer.chooseSource() });
	plugin.registerEvent(workspace.on("file-menu", (menu, file) => importer.addToMenu(menu, file)));
	plugin.addCommand({ ...COMMANDS.replan, callback: () => replanWithNotice(paceKeeper, plugin.selectedRoadmap(), plugin.tracker.progress(plugin.selectedRoadmap()).title) });
	plugin.addCommand({ ...COMMANDS.openTopicNote, editorCallback: (editor, info) => plugin.topicNotes.fromEditor(editor, info) });
	plugin.registerEvent(workspace.on("editor-menu", (menu, editor, info) => plugin.topicNotes.addMenuItem(menu, editor, info)));
}

/** The review commands: the selected roadmap's review, with its pace (none while there is no roadmap). */
async function createReview(plugin: CommandsHost, which: "this" | "previous"): Promise<void> {
	const id = plugin.selectedRoadmap();
	await reviewWithNotices(plugin.app, plugin.tracker, { roadmapId: id, settings: plugin.settings, which, pace: id === "" ? undefined : plugin.pace(id) });
}
