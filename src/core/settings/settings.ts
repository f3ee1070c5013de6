import { notePathProblem } from "../notes/note-names";
import { DEFAULT_REVIEW_FILE_FORMAT, validateReviewFileFormat } from "../review/review";
import { DEFAULT_PRACTICE_SETTINGS, readPracticeSettings, type PracticeSettings } from "./practice-settings";

/** The plugin's settings as stored in `data.json`. Keys are stable ids: never rename one. */
export interface LearningRoadmapSettings extends PracticeSettings {
	/** Settings layout version, advanced by `migrateSettings`. */
	version: number;
	/** Vault folder that receives the built-in roadmap's notes. */
	roadmapFolder: string;
	/** Whether the bundled roadmap is generated and tracked. */
	builtInRoadmap: boolean;
	/** Vault paths of the learner's own YAML roadmap files. */
	roadmapFiles: string[];
	reviewFolder: string;
	/** date-fns format of the review note's file name (without `.md`). */
	reviewFileFormat: string;
	/** Vault path of a note that replaces the built-in review template; empty for the built-in one. */
	reviewTemplate: string;
	/** Vault path of a note that replaces the built-in topic note template; empty for the built-in one. */
	topicNoteTemplate: string;
	recordCompletionDates: boolean;
	syncProgressProperties: boolean;
	showStatusBar: boolean;
	/** Roadmap id shown in the view and the status bar; empty for the first one. */
	selectedRoadmap: string;
	/** Pace: the learner's hours per week; null plans with the roadmap's own commitment. */
	hoursPerWeek: number | null;
	/** Pace: add the pace to the status bar item (`Roadmap 15% · on track`). */
	showPaceInStatusBar: boolean;
	/** The learner's name for the overview's `Created for` line and the portfolio's heading; empty leaves both out. */
	learnerName: string;
}

const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: LearningRoadmapSettings = {
	version: SETTINGS_VERSION,
	roadmapFolder: "Learning Roadmap",
	builtInRoadmap: true,
	roadmapFiles: [],
	reviewFolder: "Learning Roadmap/Reviews",
	reviewFileFormat: DEFAULT_REVIEW_FILE_FORMAT,
	reviewTemplate: "",
	topicNoteTemplate: "",
	recordCompletionDates: true,
	syncProgressProperties: true,
	showStatusBar: true,
	selectedRoadmap: "",
	hoursPerWeek: null,
	showPaceInStatusBar: false,
	learnerName: "",
	// Practice (revisits and streaks): absent from older data.json, they read as these defaults.
	...DEFAULT_PRACTICE_SETTINGS,
};

type Migration = { name: string; to: number; apply: (data: Record<string, unknown>) => void };

/** Named steps from older layouts to the current one; append a step for every change of layout. */
const MIGRATIONS: Migration[] = [
	{
		name: "version the settings",
		to: 1,
		apply: () => {
			// Layout 0 had no version field; its keys are already those of layout 1.
		},
	},
	{
		name: "pace: hours per week",
		to: 2,
		apply: (data) => {
			// Until the learner says otherwise, the plan keeps the roadmap's own weekly commitment.
			if (!("hoursPerWeek" in data)) data.hoursPerWeek = null;
			if (!("showPaceInStatusBar" in data)) data.showPaceInStatusBar = false;
		},
	},
];

const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";

/** Settings as read from `data.json`, with what was refused in it (one plain sentence each). */
interface SettingsRead {
	settings: LearningRoadmapSettings;
	/** Values that were refused and replaced by the default, with why. */
	problems: string[];
}

/** Turns whatever `loadData()` returned into valid current settings, keeping every valid value. */
export function migrateSettings(stored: unknown): LearningRoadmapSettings {
	return readSettings(stored).settings;
}

/**
 * Reads settings from `data.json` (hand-edited or synced from another device) through the same
 * checks as the settings tab: a value the tab would refuse falls back to the default, and the
 * reason is returned so the learner can be told.
 */
export function readSettings(stored: unknown): SettingsRead {
	const data: Record<string, unknown> =
		stored !== null && typeof stored === "object" && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
	const from = typeof data.version === "number" ? data.version : 0;
	for (const step of MIGRATIONS) {
		if (step.to > from) step.apply(data);
	}
	const d = DEFAULT_SETTINGS;
	const problems: string[] = [];
	const checked = (name: string, key: keyof LearningRoadmapSettings, check: (value: string) => SettingCheck): string => {
		const fallback = d[key] as string;
		const value = data[key];
		if (value === undefined) return fallback;
		if (!isString(value)) {
			problems.push(`${name}: expected text, found ${describeStored(value)}; using ${show(fallback)}.`);
			return fallback;
		}
		const result = check(value);
		if (result.ok) return result.value;
		problems.push(`${name} ${show(value)}: ${result.message} Using ${show(fallback)}.`);
		return fallback;
	};
	const flag = (name: string, key: "builtInRoadmap" | "recordCompletionDates" | "syncProgressProperties" | "showStatusBar" | "showPaceInStatusBar"): boolean => {
		const value = data[key];
		if (value === undefined || isBoolean(value)) return value ?? d[key];
		problems.push(`${name}: expected true or false, found ${describeStored(value)}; using ${String(d[key])}.`);
		return d[key];
	};
	return {
		settings: {
			version: SETTINGS_VERSION,
			roadmapFolder: checked("Roadmap folder", "roadmapFolder", checkFolderSetting),
			builtInRoadmap: flag("Built-in roadmap", "builtInRoadmap"),
			roadmapFiles: readRoadmapFiles(data.roadmapFiles, problems),
			reviewFolder: checked("Review folder", "reviewFolder", checkFolderSetting),
			reviewFileFormat: checked("Review file name", "reviewFileFormat", checkReviewFileFormatSetting),
			reviewTemplate: checked("Review template", "reviewTemplate", checkTemplateSetting),
			topicNoteTemplate: checked("Topic note template", "topicNoteTemplate", checkTemplateSetting),
			recordCompletionDates: flag("Record completion dates", "recordCompletionDates"),
			syncProgressProperties: flag("Keep progress properties in sync", "syncProgressProperties"),
			showStatusBar: flag("Show status bar item", "showStatusBar"),
			selectedRoadmap: checked("Selected roadmap", "selectedRoadmap", (v) => ({ ok: true, value: v })),
			hoursPerWeek: readHoursPerWeek(data.hoursPerWeek, problems),
			showPaceInStatusBar: flag("Show pace in the status bar", "showPaceInStatusBar"),
			learnerName: checked("Your name", "learnerName", checkLearnerNameSetting),
			...readPracticeSettings(data, problems),
		},
		problems,
	};
}

// A stored value as the learner would recognise it in data.json.
function describeStored(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "object") return "keys and values";
	return JSON.stringify(value);
}

function show(value: string): string {
	return value === "" ? "nothing" : `"${value}"`;
}

// Each path is checked on its own, so one bad line never costs the learner the other roadmaps.
function readRoadmapFiles(value: unknown, problems: string[]): string[] {
	if (value === undefined) return [...DEFAULT_SETTINGS.roadmapFiles];
	if (!Array.isArray(value)) {
		problems.push(`Roadmap files: expected a list of paths, found ${describeStored(value)}; using none.`);
		return [];
	}
	const kept = new Set<string>();
	for (const item of value) {
		if (!isString(item)) {
			problems.push(`Roadmap files: ${describeStored(item)} is not a path; left out.`);
			continue;
		}
		const checked = checkRoadmapFilesSetting(item);
		if (!checked.ok) problems.push(`Roadmap files: ${checked.message} Left out.`);
		else for (const path of checked.value) kept.add(path);
	}
	return [...kept];
}

type SettingCheck = { ok: true; value: string } | { ok: false; message: string };

/**
 * Checks a folder typed in the settings: it must name a folder inside the vault. Returns the
 * cleaned path (slashes collapsed, no leading or trailing slash) or why it is refused.
 */
export function checkFolderSetting(raw: string): SettingCheck {
	const trimmed = raw.trim();
	if (trimmed === "") return { ok: false, message: "Enter a folder name: the notes need a folder of their own." };
	if (/^([a-z]:)?[\\/]/i.test(trimmed) || trimmed.startsWith("~")) {
		return { ok: false, message: "Enter a folder inside the vault, not a path on the computer." };
	}
	const parts = trimmed.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
	if (parts.some((p) => p === "..")) return { ok: false, message: 'A folder path cannot leave the vault (no ".." allowed).' };
	if (parts.length === 0) return { ok: false, message: "Enter a folder name: the notes need a folder of their own." };
	if (parts[0]?.startsWith(".")) return { ok: false, message: "Folders starting with a dot are hidden from Obsidian; choose another name." };
	const value = parts.join("/");
	const problem = notePathProblem(value);
	if (problem !== undefined) return { ok: false, message: problem };
	return { ok: true, value };
}

/** Checks a vault path typed in the settings: inside the vault (no `..`, not absolute, no leading `/`). */
function vaultPathProblem(path: string): string | undefined {
	if (/^([a-z]:)?[\\/]/i.test(path) || path.startsWith("~")) return `"${path}" is a path on the computer; enter a path inside the vault.`;
	if (path.split(/[\\/]+/).includes("..")) return `"${path}" leaves the vault (no ".." allowed).`;
	return undefined;
}

/** Checks a template setting (review, topic note): empty (the built-in template) or a path inside the vault. */
export function checkTemplateSetting(raw: string): SettingCheck {
	const path = raw.trim();
	if (path === "") return { ok: true, value: "" };
	const problem = vaultPathProblem(path);
	return problem === undefined ? { ok: true, value: path } : { ok: false, message: problem };
}

/** Checks the review file name format: a date-fns format giving one safe note name per month. */
export function checkReviewFileFormatSetting(raw: string): SettingCheck {
	const problem = validateReviewFileFormat(raw);
	return problem === null ? { ok: true, value: raw } : { ok: false, message: problem };
}

/** Checks the roadmap files setting: one vault path per line, each a `.yaml` or `.yml` file. */
export function checkRoadmapFilesSetting(raw: string): { ok: true; value: string[] } | { ok: false; message: string } {
	const paths = raw
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== "");
	for (const path of paths) {
		if (!/\.ya?ml$/i.test(path)) return { ok: false, message: `"${path}" is not a YAML file: roadmap files end in .yaml or .yml.` };
		const problem = vaultPathProblem(path);
		if (problem !== undefined) return { ok: false, message: problem };
	}
	return { ok: true, value: [...new Set(paths)] };
}

/** Longest name the overview and the portfolio heading take; more is a paste gone wrong, not a name. */
export const MAX_NAME_LENGTH = 100;

/** Checks the *Your name* setting: empty (no name anywhere) or one line of at most 100 characters. */
export function checkLearnerNameSetting(raw: string): SettingCheck {
	const name = raw.trim();
	if (/[\r\n]/u.test(name)) return { ok: false, message: "Enter your name on one line." };
	if (name.length > MAX_NAME_LENGTH) return { ok: false, message: `Enter at most ${MAX_NAME_LENGTH} characters.` };
	return { ok: true, value: name };
}

/** Most hours a week can hold; a larger number is a typo, not a plan. */
const MAX_HOURS_PER_WEEK = 100;

/** Checks the hours per week typed in the settings: empty (the roadmap's own commitment) or a number from 0.5 to 100. */
export function checkHoursPerWeekSetting(raw: string): { ok: true; value: number | null } | { ok: false; message: string } {
	const text = raw.trim().replace(",", ".");
	if (text === "") return { ok: true, value: null };
	const hours = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
	if (!Number.isFinite(hours)) return { ok: false, message: `"${raw.trim()}" is not a number of hours: enter one such as 8, or leave it empty for the roadmap's own.` };
	if (hours < 0.5 || hours > MAX_HOURS_PER_WEEK) return { ok: false, message: `Enter between 0.5 and ${MAX_HOURS_PER_WEEK} hours a week, or leave it empty for the roadmap's own.` };
	return { ok: true, value: hours };
}

// data.json may hold a number (the tab's own) or, hand-edited, the text the tab would accept.
function readHoursPerWeek(value: unknown, problems: string[]): number | null {
	if (value === undefined || value === null) return null;
	const checked = typeof value === "number" ? checkHoursPerWeekSetting(String(value)) : typeof value === "string" ? checkHoursPerWeekSetting(value) : undefined;
	if (checked?.ok) return checked.value;
	const why = checked ? checked.message : `expected a number, found ${describeStored(value)}.`;
	problems.push(`Hours per week: ${why} Using the roadmap's own.`);
	return null;
}
