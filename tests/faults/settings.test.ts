import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, type LearningRoadmapSettings } from "../../src/core/settings/settings";
import { openLearnerVault, type LearnerVault } from "../plugin/built-plugin";
import { expectPlainWords, expectQuiet } from "./faults";

let vault: LearnerVault | undefined;

function settingsOf(v: LearnerVault): LearningRoadmapSettings {
	return v.plugin.settings as LearningRoadmapSettings;
}
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const NAMES: Record<string, string> = {
	roadmapFolder: "Roadmap folder",
	builtInRoadmap: "Built-in roadmap",
	roadmapFiles: "Roadmap files",
	reviewFolder: "Review folder",
	reviewFileFormat: "Review file name",
	reviewTemplate: "Review template",
	recordCompletionDates: "Record completion dates",
	syncProgressProperties: "Keep progress properties in sync",
	showStatusBar: "Show status bar item",
	selectedRoadmap: "Selected roadmap",
	hoursPerWeek: "Hours per week",
	showPaceInStatusBar: "Show pace in the status bar",
	revisitLadder: "Revisit ladder",
	restDaysPerWeek: "Rest days per week",
};

const WRONG_TYPES_FOR_TEXT: unknown[] = [42, true, null, ["a"], { a: 1 }];
const WRONG_TYPES_FOR_FLAG: unknown[] = ["yes", 1, null, [], { on: true }];
const WRONG_VALUES: Record<string, unknown[]> = {
	roadmapFolder: [...WRONG_TYPES_FOR_TEXT, "", "/", "../Outside", "/etc/notes", "C:\\Notes", "~/Notes", "a/../../b", ".hidden", "Study/CON", "Folder."],
	reviewFolder: [...WRONG_TYPES_FOR_TEXT, "", "../../x", "/abs", "D:/Reviews", "notes/../../x", "Reviews/aux"],
	reviewFileFormat: [...WRONG_TYPES_FOR_TEXT, "", "yyyy/MM", "'../../../x'yyyy-MM", "yyyy\\MM", "'..'yyyy-MM", "YYYY-MM", "'Review'", "MMMM", "yyyy-MM 'a:b'", "'CON.'yyyy-MM", "yyyy-MM'"],
	reviewTemplate: [...WRONG_TYPES_FOR_TEXT, "../Templates/review.md", "/Templates/review.md", "C:\\review.md"],
	roadmapFiles: [...WRONG_TYPES_FOR_TEXT.filter((v) => !Array.isArray(v)), "a.yaml", [42], ["../x.yaml"], ["/abs.yaml"], ["x.json"], [null]],
	selectedRoadmap: WRONG_TYPES_FOR_TEXT,
	builtInRoadmap: WRONG_TYPES_FOR_FLAG,
	recordCompletionDates: WRONG_TYPES_FOR_FLAG,
	syncProgressProperties: WRONG_TYPES_FOR_FLAG,
	showStatusBar: WRONG_TYPES_FOR_FLAG,
	showPaceInStatusBar: WRONG_TYPES_FOR_FLAG,
	hoursPerWeek: [true, ["8"], { h: 8 }, "a lot", 0, -3, 1000, "Infinity"],
	revisitLadder: ["1, 7", [], [7, 1], [0, 7], [1.5], null],
	restDaysPerWeek: ["1", 7, -1, 1.5, null],
};
const CASES = Object.entries(WRONG_VALUES).flatMap(([key, values]) => values.map((value): [string, unknown] => [key, value]));

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string, prefix = ""): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
	);
}

describe("settings from data.json, every field wrong in every way", () => {
	it("counts its cases", () => {
		expect(CASES).toHaveLength(109);
	});

	it.each(CASES)("%s = %j: refused with its reason, the default used, nothing written outside the vault", async (key, value) => {
		vault = await openLearnerVault({}, { [key]: value });

		const notice = vault.notices().find((n) => n.startsWith("Some Learning Roadmap settings were refused"));
		expect(notice).toContain(NAMES[key]);
		expectPlainWords(notice);
		expect(settingsOf(vault)[key as keyof LearningRoadmapSettings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);

		await vault.run("create-monthly-review");
		expect(vault.notices().at(-1)).toMatch(/^Created \d{4}-\d{2} Monthly review\.$/u);
		const written = filesUnder(vault.dir).filter((p) => !p.startsWith(".obsidian/"));
		expect(written).toHaveLength(1);
		expect(written[0]).toMatch(/^Learning Roadmap\/Reviews\/\d{4}-\d{2} Monthly review\.md$/u);
		await expectQuiet(vault);
	});

	it.each([null, "not json", [1, 2], 42])("a data.json holding %j gives the defaults and a working plugin", async (data) => {
		vault = await openLearnerVault({ ".obsidian/plugins/learning-roadmap/data.json": typeof data === "string" ? data : JSON.stringify(data) });
		expect(settingsOf(vault)).toEqual(DEFAULT_SETTINGS);
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 50, updated 0, unchanged 0");
		expect(existsSync(path.join(vault.dir, "Learning Roadmap"))).toBe(true);
		await expectQuiet(vault);
	});

	it("refuses the same values in the settings tab as in data.json", async () => {
		const { checkFolderSetting, checkReviewFileFormatSetting, checkTemplateSetting } = await import("../../src/core/settings/settings");
		for (const value of WRONG_VALUES.roadmapFolder.filter((v): v is string => typeof v === "string")) expect(checkFolderSetting(value).ok, value).toBe(false);
		for (const value of WRONG_VALUES.reviewFileFormat.filter((v): v is string => typeof v === "string")) expect(checkReviewFileFormatSetting(value).ok, value).toBe(false);
		for (const value of WRONG_VALUES.reviewTemplate.filter((v): v is string => typeof v === "string")) expect(checkTemplateSetting(value).ok, value).toBe(false);
	});
});
