import {
	normalizePath,
	Platform,
	PluginSettingTab,
	Setting,
	type AbstractTextComponent,
	type App,
	type Plugin,
	type SettingDefinitionItem,
} from "obsidian";
import {
	checkFolderSetting,
	checkHoursPerWeekSetting,
	checkLearnerNameSetting,
	checkReviewFileFormatSetting,
	checkRoadmapFilesSetting,
	checkTemplateSetting,
	DEFAULT_SETTINGS,
	type LearningRoadmapSettings,
} from "../../core/settings/settings";
import { checkLadderSetting, checkRestDaysSetting, DEFAULT_PRACTICE_SETTINGS } from "../../core/settings/practice-settings";
import { inBackground } from "../background-work";

/** What the tab needs from the plugin. */
interface SettingsHost {
	settings: LearningRoadmapSettings;
	/** Saves the settings and reloads the roadmap files. */
	saveSettings(): Promise<void>;
	/** Why `data.json` could not be read, while it is left as it is. */
	readonly settingsFileProblem?: string | undefined;
}

type Row = { name: string; build: (setting: Setting) => void };
type Check<T> = (value: string) => { ok: true; value: T } | { ok: false; message: string };
type ToggleKey = "builtInRoadmap" | "recordCompletionDates" | "syncProgressProperties" | "showStatusBar" | "showPaceInStatusBar";

/**
 * The settings tab: every value goes through the same checks as `data.json` (src/core/settings),
 * a refused value says why in place of the description, and a text is saved — and the roadmap
 * files reloaded — when the field is left, not on every keystroke.
 */
export class LearningRoadmapSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	display(): void {
		this.containerEl.empty();
		const problem = this.host.settingsFileProblem;
		if (problem !== undefined) {
			// Said before the first field: any change below saves every setting over the unreadable file.
			this.containerEl.createEl("p", {
				cls: "mod-warning",
				text: `The settings file can't be read (${problem}), so the defaults are shown. It is left as it is until you change a setting here: that saves all of these settings over it.`,
			});
		}
		for (const row of this.rows()) row.build(new Setting(this.containerEl).setName(row.name));
	}

	// Obsidian 1.13+ lists these in its settings search; older versions call display().
	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.rows().map((row) => ({ name: row.name, render: (setting: Setting) => row.build(setting) }));
	}

	private rows(): Row[] {
		return [
			{ name: "Your name", build: (st) => this.learnerNameRow(st) },
			{ name: "Roadmap folder", build: (st) => this.roadmapFolderRow(st) },
			{ name: "Built-in roadmap", build: (st) => this.toggleRow(st, "builtInRoadmap", "Generate and track the bundled roadmap.") },
			{ name: "Roadmap files", build: (st) => this.roadmapFilesRow(st) },
			{ name: "Review folder", build: (st) => this.reviewFolderRow(st) },
			{ name: "Review file name", build: (st) => this.reviewFileNameRow(st) },
			{ name: "Review template", build: (st) => this.reviewTemplateRow(st) },
			{ name: "Topic note template", build: (st) => this.topicNoteTemplateRow(st) },
			{ name: "Record completion dates", build: (st) => this.toggleRow(st, "recordCompletionDates", "Add ✅ and the date to a roadmap box when you tick it.") },
			{ name: "Keep progress properties in sync", build: (st) => this.toggleRow(st, "syncProgressProperties", "Update done, total, progress and status in each roadmap note.") },
			{ name: "Hours per week", build: (st) => this.hoursPerWeekRow(st) },
			{ name: "Revisit ladder", build: (st) => this.revisitLadderRow(st) },
			{ name: "Rest days per week", build: (st) => this.restDaysRow(st) },
			// Obsidian mobile has no status bar.
			...(Platform.isMobile ? [] : [{ name: "Show status bar item", build: (st: Setting) => this.toggleRow(st, "showStatusBar", "Show the overall percentage in the status bar.") }]),
			...(Platform.isMobile ? [] : [{ name: "Show pace in the status bar", build: (st: Setting) => this.toggleRow(st, "showPaceInStatusBar", "Follow the percentage with the pace against the plan, such as \u201con track\u201d.") }]),
		];
	}

	private learnerNameRow(setting: Setting): void {
		const desc = "Shown as \u201cCreated for\u201d in a new roadmap overview and in a new portfolio's heading. Leave it empty to show no name.";
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.learnerName, "", checkLearnerNameSetting, (v) => (this.host.settings.learnerName = v)));
	}

	private roadmapFolderRow(setting: Setting): void {
		const desc = "Where the roadmap notes are generated. Your own roadmaps get a folder inside it.";
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.roadmapFolder, DEFAULT_SETTINGS.roadmapFolder, checkFolderSetting, (v) => (this.host.settings.roadmapFolder = v)));
	}

	private roadmapFilesRow(setting: Setting): void {
		const desc = "Your own roadmaps: vault paths of YAML files, one per line.";
		setting.addTextArea((text) => this.checkedText(setting, text, desc, this.host.settings.roadmapFiles.join("\n"), "Roadmaps/rust.yaml", checkRoadmapFilesSetting, (v) => (this.host.settings.roadmapFiles = v)));
	}

	private reviewFolderRow(setting: Setting): void {
		const desc = "Where monthly reviews are created.";
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.reviewFolder, DEFAULT_SETTINGS.reviewFolder, checkFolderSetting, (v) => (this.host.settings.reviewFolder = v)));
	}

	private reviewFileNameRow(setting: Setting): void {
		const desc = "A date format (date-fns tokens) for the review's name; text in single quotes is kept as is.";
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.reviewFileFormat, DEFAULT_SETTINGS.reviewFileFormat, checkReviewFileFormatSetting, (v) => (this.host.settings.reviewFileFormat = v)));
	}

	private reviewTemplateRow(setting: Setting): void {
		const desc = "A note to use instead of the roadmap's own template. Leave empty for the built-in one.";
		const check = this.templateCheck();
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.reviewTemplate, "Templates/Monthly review.md", check, (v) => (this.host.settings.reviewTemplate = v)));
	}

	// A template setting: a vault note that exists, or empty for the built-in template.
	private templateCheck(): Check<string> {
		return (value) => {
			const checked = checkTemplateSetting(value);
			if (!checked.ok || checked.value === "" || this.templateExists(checked.value)) return checked;
			return { ok: false, message: `There is no note at "${checked.value}": create it first, or leave the field empty for the built-in template.` };
		};
	}

	private topicNoteTemplateRow(setting: Setting): void {
		const desc = "A note to start each topic note from, with {{topic}}, {{phase}}, {{section}}, {{date}} and {{phase_link}}. Leave empty for the built-in one.";
		const check = this.templateCheck();
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.topicNoteTemplate, "Templates/Topic note.md", check, (v) => (this.host.settings.topicNoteTemplate = v)));
	}

	private hoursPerWeekRow(setting: Setting): void {
		const desc = "How many hours a week you study: the plan stretches or shrinks against the roadmap's own commitment. Leave empty to use the roadmap's.";
		const current = this.host.settings.hoursPerWeek === null ? "" : String(this.host.settings.hoursPerWeek);
		setting.addText((text) => this.checkedText(setting, text, desc, current, "Roadmap's own", checkHoursPerWeekSetting, (v) => (this.host.settings.hoursPerWeek = v)));
	}

	private revisitLadderRow(setting: Setting): void {
		const desc = "Days after a topic's completion date when it comes back to be revisited, separated by commas. After the last one it graduates.";
		const placeholder = DEFAULT_PRACTICE_SETTINGS.revisitLadder.join(", ");
		setting.addText((text) => this.checkedText(setting, text, desc, this.host.settings.revisitLadder.join(", "), placeholder, checkLadderSetting, (v) => (this.host.settings.revisitLadder = v)));
	}

	private restDaysRow(setting: Setting): void {
		const desc = "Days without a completion or a revisit that a streak allows in any seven days in a row (0 to 6).";
		setting.addText((text) => this.checkedText(setting, text, desc, String(this.host.settings.restDaysPerWeek), String(DEFAULT_PRACTICE_SETTINGS.restDaysPerWeek), checkRestDaysSetting, (v) => (this.host.settings.restDaysPerWeek = v)));
	}

	private templateExists(path: string): boolean {
		const normalized = normalizePath(path);
		return this.app.vault.getFileByPath(normalized) !== null || this.app.vault.getFileByPath(`${normalized}.md`) !== null;
	}

	/**
	 * A text field checked as it is typed (a refused value says why) and saved when it is left; a
	 * refused value is never saved, so the last good one stays.
	 */
	private checkedText<T>(
		setting: Setting,
		text: AbstractTextComponent<HTMLInputElement | HTMLTextAreaElement>,
		desc: string,
		value: string,
		placeholder: string,
		check: Check<T>,
		store: (value: T) => void,
	): void {
		setting.setDesc(desc);
		text.setPlaceholder(placeholder).setValue(value);
		text.onChange((typed) => {
			const checked = check(typed);
			if (checked.ok) this.accept(setting, desc);
			else this.refuse(setting, checked.message);
		});
		text.inputEl.addEventListener("change", () => {
			const checked = check(text.getValue());
			if (!checked.ok) return;
			store(checked.value);
			inBackground("save the settings", this.host.saveSettings());
		});
	}

	private toggleRow(setting: Setting, key: ToggleKey, desc: string): void {
		setting.setDesc(desc);
		setting.addToggle((toggle) =>
			toggle.setValue(this.host.settings[key]).onChange(async (value) => {
				this.host.settings[key] = value;
				await this.host.saveSettings();
			}),
		);
	}

	/** Shows why a value is refused, in place of the setting's description; the saved value stays. */
	private refuse(setting: Setting, message: string): void {
		setting.setDesc(message);
		setting.descEl.addClass("lr-setting-error");
	}

	private accept(setting: Setting, desc: string): void {
		setting.setDesc(desc);
		setting.descEl.removeClass("lr-setting-error");
	}
}
