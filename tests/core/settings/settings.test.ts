import { describe, expect, it } from "vitest";
import {
	checkFolderSetting,
	checkHoursPerWeekSetting,
	checkLearnerNameSetting,
	checkRoadmapFilesSetting,
	checkTemplateSetting,
	DEFAULT_SETTINGS,
	migrateSettings,
	readSettings,
} from "../../../src/core/settings/settings";
import { checkLadderSetting, checkRestDaysSetting } from "../../../src/core/settings/practice-settings";

describe("settings read from data.json", () => {
	it("keeps every valid value and reports nothing", () => {
		const stored = { ...DEFAULT_SETTINGS, reviewFileFormat: "MMMM yyyy", roadmapFiles: ["Roadmaps/sql.yaml"], showStatusBar: false };
		expect(readSettings(stored)).toEqual({ settings: stored, problems: [] });
	});

	it.each([
		["yyyy/MM", '"/"'],
		["'../../../x'yyyy-MM", '"/"'],
		["yyyy\\MM", '"\\"'],
		["'..'yyyy-MM", "can't be used"],
	])("refuses the review file name format %j, falling back to the default with the reason", (format, reason) => {
		const { settings, problems } = readSettings({ reviewFileFormat: format });
		expect(settings.reviewFileFormat).toBe(DEFAULT_SETTINGS.reviewFileFormat);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(`Review file name "${format}"`);
		expect(problems[0]).toContain(reason);
		expect(problems[0]).toContain(`Using "${DEFAULT_SETTINGS.reviewFileFormat}"`);
	});

	it.each(["../outside", "/etc", "C:\\Users", "notes/../../x", "~/vault", "Reviews/CON", "Reviews."])(
		"refuses the folder %j in both folder settings",
		(folder) => {
			const { settings, problems } = readSettings({ roadmapFolder: folder, reviewFolder: folder });
			expect(settings.roadmapFolder).toBe(DEFAULT_SETTINGS.roadmapFolder);
			expect(settings.reviewFolder).toBe(DEFAULT_SETTINGS.reviewFolder);
			expect(problems).toHaveLength(2);
			expect(checkFolderSetting(folder).ok).toBe(false);
		},
	);

	it("drops only the roadmap files that leave the vault", () => {
		const { settings, problems } = readSettings({ roadmapFiles: ["Roadmaps/a.yaml", "../b.yaml", "/c.yaml", "d.txt", 7, "Roadmaps/a.yaml"] });
		expect(settings.roadmapFiles).toEqual(["Roadmaps/a.yaml"]);
		expect(problems).toHaveLength(4);
	});

	it.each(["../Templates/review.md", "/Templates/review.md", "C:/review.md"])("refuses the review template %j", (template) => {
		const { settings, problems } = readSettings({ reviewTemplate: template });
		expect(settings.reviewTemplate).toBe("");
		expect(problems).toHaveLength(1);
		expect(checkTemplateSetting(template).ok).toBe(false);
	});

	it("names a value of the wrong type and uses the default", () => {
		const { settings, problems } = readSettings({ showStatusBar: "yes", roadmapFolder: 3, roadmapFiles: "a.yaml" });
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems).toEqual([
			"Roadmap folder: expected text, found 3; using \"Learning Roadmap\".",
			'Roadmap files: expected a list of paths, found "a.yaml"; using none.',
			'Show status bar item: expected true or false, found "yes"; using true.',
		]);
	});

	it("keeps your name trimmed, empty by default, and refuses one that is not a line of text", () => {
		expect(DEFAULT_SETTINGS.learnerName).toBe("");
		expect(readSettings({ learnerName: "  Ada Lovelace " })).toMatchObject({ settings: { learnerName: "Ada Lovelace" }, problems: [] });
		expect(readSettings({ learnerName: 42 }).problems).toEqual(['Your name: expected text, found 42; using nothing.']);
		expect(readSettings({ learnerName: "Ada\nLovelace" })).toMatchObject({ settings: { learnerName: "" }, problems: ['Your name "Ada\nLovelace": Enter your name on one line. Using nothing.'] });
		expect(checkLearnerNameSetting("x".repeat(101)).ok).toBe(false);
		expect(checkLearnerNameSetting("")).toEqual({ ok: true, value: "" });
	});

	it("checks the roadmap files typed in the tab with the same rule", () => {
		expect(checkRoadmapFilesSetting("Roadmaps/a.yaml\n/abs.yaml").ok).toBe(false);
		expect(checkRoadmapFilesSetting("Roadmaps/a.yaml\n\nRoadmaps/b.yml")).toEqual({ ok: true, value: ["Roadmaps/a.yaml", "Roadmaps/b.yml"] });
	});

	it("keeps hours per week as a number, empty as the roadmap's own, and migrates older settings to it", () => {
		expect(readSettings({ version: 1, showStatusBar: false }).settings).toMatchObject({ version: 2, hoursPerWeek: null, showStatusBar: false });
		expect(readSettings({ hoursPerWeek: 8 })).toMatchObject({ settings: { hoursPerWeek: 8 }, problems: [] });
		expect(readSettings({ hoursPerWeek: "7,5" }).settings.hoursPerWeek).toBe(7.5);
		expect(checkHoursPerWeekSetting("  ")).toEqual({ ok: true, value: null });
		expect(checkHoursPerWeekSetting("12")).toEqual({ ok: true, value: 12 });
	});

	it.each([["a lot", "not a number"], ["0", "between 0.5 and 100"], ["-4", "not a number"], ["500", "between 0.5 and 100"], [true, "expected a number"]])(
		"refuses %j hours per week with a reason and plans with the roadmap's own",
		(value, reason) => {
			const { settings, problems } = readSettings({ hoursPerWeek: value });
			expect(settings.hoursPerWeek).toBeNull();
			expect(problems).toHaveLength(1);
			expect(problems[0]).toContain("Hours per week");
			expect(problems[0]).toContain(reason);
			if (typeof value === "string") expect(checkHoursPerWeekSetting(value).ok).toBe(false);
		},
	);
});

describe("practice settings", () => {
	it("are the defaults in settings saved before they existed (1, 7, 30, 90 and one rest day)", () => {
		const { settings, problems } = readSettings({ version: 1, roadmapFolder: "Roadmap" });
		expect(settings).toMatchObject({ roadmapFolder: "Roadmap", revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 });
		expect(migrateSettings({ version: 1 })).toMatchObject({ revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 });
		expect(problems).toEqual([]);
	});

	it("keep a valid ladder and rest days from data.json", () => {
		expect(readSettings({ revisitLadder: [2, 5, 14], restDaysPerWeek: 0 })).toMatchObject({ settings: { revisitLadder: [2, 5, 14], restDaysPerWeek: 0 }, problems: [] });
	});

	it("refuse a falling ladder and rest days out of range, with the reason and the default used", () => {
		const { settings, problems } = readSettings({ revisitLadder: [7, 1], restDaysPerWeek: 7 });
		expect(settings).toMatchObject({ revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 });
		expect(problems).toEqual([
			"Revisit ladder: Each rung must come after the one before: 1 follows 7. Using 1, 7, 30, 90.",
			"Rest days per week: expected a whole number from 0 to 6, found 7; using 1.",
		]);
		expect(readSettings({ revisitLadder: "1, 7" }).problems).toEqual(["Revisit ladder: expected a list of numbers of days. Using 1, 7, 30, 90."]);
	});

	it("are checked as typed in the settings tab", () => {
		expect(checkLadderSetting("1, 3, 10")).toEqual({ ok: true, value: [1, 3, 10] });
		expect(checkLadderSetting("1, a week")).toEqual({ ok: false, message: "Enter whole numbers of days separated by commas, e.g. 1, 7, 30, 90." });
		expect(checkLadderSetting("1, 1")).toMatchObject({ ok: false });
		expect(checkRestDaysSetting(" 2 ")).toEqual({ ok: true, value: 2 });
		expect(checkRestDaysSetting("-1")).toMatchObject({ ok: false });
		expect(checkRestDaysSetting("1.5")).toMatchObject({ ok: false });
	});
});
