/**
 * A `data.json` the plugin cannot read, and one whose lists are huge, through the built plugin: the
 * learner is told, the file is never overwritten until a setting is changed knowingly in the tab, and
 * every notice stays a few lines long.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openSettingTab } from "../harness/app";
import { findSetting, typeInto } from "../harness/ui";
import { openLearnerVault, type LearnerVault } from "../plugin/built-plugin";
import { expectPlainWords, expectQuiet } from "./faults";

const DATA = ".obsidian/plugins/learning-roadmap/data.json";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const UNREADABLE: [string, string, RegExp][] = [
	["a trailing comma", '{\n  "roadmapFolder": "Study",\n  "hoursPerWeek": 6,\n}\n', /^it is not valid JSON \(.+\)$/u],
	["a list", "[]", /^it holds a list instead of a group of settings$/u],
	["a text", '""', /^it holds a text instead of a group of settings$/u],
	["an empty file", "", /^it is empty$/u],
];

describe("an unreadable data.json", () => {
	it.each(UNREADABLE)("%s: a notice that says the file is kept, the file untouched until a setting is changed in the tab", async (_name, raw, problem) => {
		vault = await openLearnerVault({ [DATA]: raw });
		const notice = vault.notices().find((n) => n.startsWith("Learning Roadmap can't read its settings file"));
		const said = /^Learning Roadmap can't read its settings file "\.obsidian\/plugins\/learning-roadmap\/data\.json": (.+)\. The default settings are used for now, and the file is left as it is until you change a setting in the plugin's settings tab, which saves all of them over it\.$/u.exec(notice ?? "");
		expect(said?.[1], notice).toMatch(problem);
		expectPlainWords(notice);

		// Working with the plugin is no knowing save: generating and picking a roadmap leave the file alone.
		await vault.run("generate-roadmap");
		await vault.plugin.selectRoadmap("python-data-engineering");
		await vault.settle();
		expect(vault.read(DATA)).toBe(raw);

		// The tab says so before its first field; a change there saves every setting over the file.
		const tab = openSettingTab(vault.app, "learning-roadmap");
		expect(tab.querySelector(".mod-warning")?.textContent).toMatch(/^The settings file can't be read \(.+\), so the defaults are shown\. It is left as it is until you change a setting here: that saves all of these settings over it\.$/u);
		const input = findSetting(tab, "Roadmap folder").querySelector("input");
		if (!input) throw new Error("no Roadmap folder input");
		typeInto(input, "Study");
		await vault.settle();
		expect(JSON.parse(vault.read(DATA))).toMatchObject({ roadmapFolder: "Study" });
		await expectQuiet(vault);
	});
});

describe("notices stay short", () => {
	it("200,000 roadmap files that are missing: the first few and a count, at load and at Generate", async () => {
		const roadmapFiles = Array.from({ length: 200_000 }, (_, i) => `Roadmaps/r${i}.yaml`);
		vault = await openLearnerVault({}, { roadmapFiles });
		const atLoad = vault.notices().find((n) => n.startsWith("Some roadmap files cannot be used:")) ?? "";
		expect(atLoad.split("\n")).toEqual([
			"Some roadmap files cannot be used:",
			...roadmapFiles.slice(0, 5).map((p) => `${p}: roadmap file not found`),
			"and 199,995 more",
		]);
		expectPlainWords(atLoad);

		await vault.run("generate-roadmap");
		const atGenerate = vault.notices().filter((n) => n.startsWith("Some roadmap files cannot be used:"));
		expect(atGenerate.length).toBeGreaterThanOrEqual(2);
		for (const notice of atGenerate) expect(notice.length).toBeLessThan(400);
		await expectQuiet(vault);
	});
});
