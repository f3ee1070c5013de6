import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { LearningRoadmapSettings } from "../../src/core/settings/settings";
import { openSettingTab } from "../harness/app";
import { findSetting, typeInto } from "../harness/ui";
import { openLearnerVault, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;

function settingsOf(v: LearnerVault): LearningRoadmapSettings {
	return v.plugin.settings as LearningRoadmapSettings;
}
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const DATA_JSON = ".obsidian/plugins/learning-roadmap/data.json";
const EXAMPLE = "Roadmaps/sql.yaml";

/** Typing without leaving the field: `input` events only, as each keystroke sends. */
function typeWithoutLeaving(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	for (let i = 1; i <= value.length; i++) {
		el.value = value.slice(0, i);
		el.dispatchEvent(new Event("input", { bubbles: true }));
	}
}

function description(setting: HTMLElement): string {
	return setting.find(".setting-item-description")?.textContent ?? "";
}

describe("the settings tab", () => {
	it("saves the roadmap files, and reloads them, when the field is left, not on each keystroke", async () => {
		vault = await openLearnerVault({ [EXAMPLE]: '{"id":"sql","title":"SQL","phases":[{"number":1,"title":"Q","duration":"1 week","level":"B","sections":[{"id":"1.1","title":"S","topics":["a"]}]}]}' });
		const files = findSetting(openSettingTab(vault.app, "learning-roadmap"), "Roadmap files");
		const textarea = files.find("textarea") as HTMLTextAreaElement;
		const reads = vault.app.vault.totalReads;

		typeWithoutLeaving(textarea, EXAMPLE);
		await vault.settle();
		expect(existsSync(path.join(vault.dir, DATA_JSON))).toBe(false);
		expect(vault.app.vault.totalReads).toBe(reads);
		expect(settingsOf(vault).roadmapFiles).toEqual([]);

		textarea.dispatchEvent(new Event("change", { bubbles: true }));
		await vault.settle();
		expect(settingsOf(vault).roadmapFiles).toEqual([EXAMPLE]);
		expect(vault.plugin.tracker.loaded().map((r: { roadmap: { id: string } }) => r.roadmap.id)).toContain("sql");
	});

	it("refuses a review template that does not exist, and keeps the last good one", async () => {
		vault = await openLearnerVault({ "Templates/Review.md": "# {{month}}\n" });
		const setting = findSetting(openSettingTab(vault.app, "learning-roadmap"), "Review template");
		const input = setting.find("input") as HTMLInputElement;

		typeInto(input, "Templates/Review");
		await vault.settle();
		expect(settingsOf(vault).reviewTemplate).toBe("Templates/Review");
		expect(description(setting)).toContain("A note to use instead");

		typeInto(input, "Templates/Nothing here.md");
		await vault.settle();
		expect(description(setting)).toBe('There is no note at "Templates/Nothing here.md": create it first, or leave the field empty for the built-in template.');
		expect(settingsOf(vault).reviewTemplate).toBe("Templates/Review");

		typeInto(input, "../outside.md");
		await vault.settle();
		expect(description(setting)).toContain("leaves the vault");
		expect(settingsOf(vault).reviewTemplate).toBe("Templates/Review");
	});

	it("refuses a review file name format that would make folders or leave the vault", async () => {
		vault = await openLearnerVault();
		const setting = findSetting(openSettingTab(vault.app, "learning-roadmap"), "Review file name");
		const input = setting.find("input") as HTMLInputElement;
		for (const format of ["yyyy/MM", "'../../../x'yyyy-MM", "'..'yyyy-MM"]) {
			typeInto(input, format);
			await vault.settle();
			expect(setting.find(".setting-item-description")?.hasClass("lr-setting-error"), format).toBe(true);
			expect(settingsOf(vault).reviewFileFormat, format).toBe("yyyy-MM 'Monthly review'");
		}
	});
});
