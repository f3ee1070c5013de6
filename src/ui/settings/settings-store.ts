import { Notice, type Plugin } from "obsidian";
import { readSettings, type LearningRoadmapSettings } from "../../core/settings/settings";
import { unreadableSettingsNotice } from "../../core/settings/settings-file";
import type { TickOptions } from "../../core/ticks/settle-ticks";
import type { RoadmapTracker } from "../../vault/index/roadmap-tracker";
import { readSettingsFileOf, settingsFilePath } from "../../vault/settings/settings-file";
import { noticeSettingsProblems } from "../command-notices";

/** The plugin, where Obsidian keeps a plugin's settings, with the tracker of the roadmaps they name. */
interface SettingsOwner extends Plugin {
	settings: LearningRoadmapSettings;
	/** Why data.json could not be read; while set, only a change in the settings tab writes the file. */
	settingsFileProblem: string | undefined;
	readonly tracker: RoadmapTracker;
}

/**
 * Reads data.json through the settings tab's checks; a refused value is named in a notice. A file
 * that can't be read at all is left as it is (see `settingsFileProblem`) and the defaults are used.
 */
export async function loadSettings(owner: SettingsOwner): Promise<void> {
	const file = await readSettingsFileOf(owner);
	owner.settingsFileProblem = file.ok ? undefined : file.problem;
	if (!file.ok) new Notice(unreadableSettingsNotice(settingsFilePath(owner) ?? "data.json", file.problem), 0);
	const read = readSettings(file.ok ? file.data : null);
	owner.settings = read.settings;
	noticeSettingsProblems(read.problems);
}

/** Settings synced from another device: read again, and the roadmap files they name with them. */
export async function reloadSettings(owner: SettingsOwner): Promise<void> {
	await loadSettings(owner);
	await owner.tracker.reloadRoadmaps(owner.settings);
}

/** Saves from the settings tab: the learner changed a setting there, seeing any warning about the file. */
export async function saveChangedSettings(owner: SettingsOwner): Promise<void> {
	owner.settingsFileProblem = undefined;
	await owner.saveData(owner.settings);
	// No notice here: the learner may still be typing a path; errors are shown when generating.
	await owner.tracker.reloadRoadmaps(owner.settings);
}

/** Keeps the roadmap the learner picked in the view, and shows its progress. */
export async function saveSelectedRoadmap(owner: SettingsOwner, roadmapId: string): Promise<void> {
	owner.settings.selectedRoadmap = roadmapId;
	// Picking a roadmap in the view is no knowing save over a settings file that can't be read.
	if (owner.settingsFileProblem === undefined) await owner.saveData(owner.settings);
	owner.tracker.invalidate();
}

/** What a tick reads of the settings: read at every tick, so a change in the tab counts at once. */
export function tickOptions(settings: LearningRoadmapSettings): TickOptions {
	const { recordCompletionDates, syncProgressProperties } = settings;
	return { recordCompletionDates, syncProgressProperties };
}
