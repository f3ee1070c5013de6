/** The plugin's settings as stored in `data.json`. Keys are stable ids: never rename one. */
export interface LearningRoadmapSettings {
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
	recordCompletionDates: boolean;
	syncProgressProperties: boolean;
	showStatusBar: boolean;
	/** Roadmap id shown in the view and the status bar; empty for the first one. */
	selectedRoadmap: string;
}

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: LearningRoadmapSettings = {
	version: SETTINGS_VERSION,
	roadmapFolder: "Learning Roadmap",
	builtInRoadmap: true,
	roadmapFiles: [],
	reviewFolder: "Learning Roadmap/Reviews",
	reviewFileFormat: "yyyy-MM 'Monthly review'",
	reviewTemplate: "",
	recordCompletionDates: true,
	syncProgressProperties: true,
	showStatusBar: true,
	selectedRoadmap: "",
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
];

function pick<T>(value: unknown, fallback: T, isValid: (v: unknown) => v is T): T {
	return isValid(value) ? value : fallback;
}
const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

// data.json can be edited by hand or synced from elsewhere: a folder the settings tab would refuse
// (empty, outside the vault) falls back to the default, and a valid one is cleaned up as the tab does.
function pickFolder(value: unknown, fallback: string): string {
	if (!isString(value)) return fallback;
	const checked = checkFolderSetting(value);
	return checked.ok ? checked.value : fallback;
}

/** Turns whatever `loadData()` returned into valid current settings, keeping every valid value. */
export function migrateSettings(stored: unknown): LearningRoadmapSettings {
	const data: Record<string, unknown> =
		stored !== null && typeof stored === "object" && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
	const from = typeof data.version === "number" ? data.version : 0;
	for (const step of MIGRATIONS) {
		if (step.to > from) step.apply(data);
	}
	const d = DEFAULT_SETTINGS;
	return {
		version: SETTINGS_VERSION,
		roadmapFolder: pickFolder(data.roadmapFolder, d.roadmapFolder),
		builtInRoadmap: pick(data.builtInRoadmap, d.builtInRoadmap, isBoolean),
		roadmapFiles: pick(data.roadmapFiles, d.roadmapFiles, isStringArray),
		reviewFolder: pickFolder(data.reviewFolder, d.reviewFolder),
		reviewFileFormat: pick(data.reviewFileFormat, d.reviewFileFormat, isString),
		reviewTemplate: pick(data.reviewTemplate, d.reviewTemplate, isString),
		recordCompletionDates: pick(data.recordCompletionDates, d.recordCompletionDates, isBoolean),
		syncProgressProperties: pick(data.syncProgressProperties, d.syncProgressProperties, isBoolean),
		showStatusBar: pick(data.showStatusBar, d.showStatusBar, isBoolean),
		selectedRoadmap: pick(data.selectedRoadmap, d.selectedRoadmap, isString),
	};
}

export type SettingCheck = { ok: true; value: string } | { ok: false; message: string };

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
	return { ok: true, value: parts.join("/") };
}

/** Checks the roadmap files setting: one vault path per line, each a `.yaml` or `.yml` file. */
export function checkRoadmapFilesSetting(raw: string): { ok: true; value: string[] } | { ok: false; message: string } {
	const paths = raw
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== "");
	for (const path of paths) {
		if (!/\.ya?ml$/i.test(path)) return { ok: false, message: `"${path}" is not a YAML file: roadmap files end in .yaml or .yml.` };
		if (path.split(/[\\/]+/).includes("..")) return { ok: false, message: `"${path}" leaves the vault.` };
	}
	return { ok: true, value: [...new Set(paths)] };
}
