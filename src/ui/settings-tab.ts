import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { validateReviewFileFormat } from "../core/review/review";
import {
	checkFolderSetting,
	checkRoadmapFilesSetting,
	DEFAULT_SETTINGS,
	type LearningRoadmapSettings,
} from "../core/settings/settings";

/** What the tab needs from the plugin. */
export interface SettingsHost {
	settings: LearningRoadmapSettings;
	saveSettings(): Promise<void>;
}

type Row = { name: string; build: (setting: Setting) => void };

/** The settings tab: every value is checked before it is saved; a refused value says why. */
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
		for (const row of this.rows()) row.build(new Setting(this.containerEl).setName(row.name));
	}

	// Obsidian 1.13+ lists these in its settings search; older versions call display().
	getSettingDefinitions(): SettingDefinitionItem[] {
		return this.rows().map((row) => ({ name: row.name, render: (setting: Setting) => row.build(setting) }));
	}

	private rows(): Row[] {
		const s = this.host.settings;
		return [
			{ name: "Roadmap folder", build: (st) => this.folderRow(st, "roadmapFolder", "Where the roadmap notes are generated. Your own roadmaps get a folder inside it.") },
			{ name: "Built-in roadmap", build: (st) => this.toggleRow(st, "builtInRoadmap", "Generate and track the bundled roadmap.") },
			{
				name: "Roadmap files",
				build: (st) => {
					st.setDesc("Your own roadmaps: vault paths of YAML files, one per line.");
					st.addTextArea((text) =>
						text
							.setPlaceholder("Roadmaps/rust.yaml")
							.setValue(s.roadmapFiles.join("\n"))
							.onChange(async (value) => {
								const checked = checkRoadmapFilesSetting(value);
								if (!checked.ok) return this.refuse(st, checked.message);
								s.roadmapFiles = checked.value;
								this.accept(st, "Your own roadmaps: vault paths of YAML files, one per line.");
								await this.host.saveSettings();
							}),
					);
				},
			},
			{ name: "Review folder", build: (st) => this.folderRow(st, "reviewFolder", "Where monthly reviews are created.") },
			{
				name: "Review file name",
				build: (st) => {
					const desc = "A date format (date-fns tokens) for the review's name; text in single quotes is kept as is.";
					st.setDesc(desc);
					st.addText((text) =>
						text
							.setPlaceholder(DEFAULT_SETTINGS.reviewFileFormat)
							.setValue(s.reviewFileFormat)
							.onChange(async (value) => {
								const error = validateReviewFileFormat(value);
								if (error) return this.refuse(st, error);
								s.reviewFileFormat = value;
								this.accept(st, desc);
								await this.host.saveSettings();
							}),
					);
				},
			},
			{
				name: "Review template",
				build: (st) => {
					st.setDesc("A note to use instead of the roadmap's own template. Leave empty for the built-in one.");
					st.addText((text) =>
						text
							.setPlaceholder("Templates/Monthly review.md")
							.setValue(s.reviewTemplate)
							.onChange(async (value) => {
								s.reviewTemplate = value.trim();
								await this.host.saveSettings();
							}),
					);
				},
			},
			{ name: "Record completion dates", build: (st) => this.toggleRow(st, "recordCompletionDates", "Add ✅ and the date to a roadmap box when you tick it.") },
			{ name: "Keep progress properties in sync", build: (st) => this.toggleRow(st, "syncProgressProperties", "Update done, total, progress and status in each roadmap note.") },
			{ name: "Show status bar item", build: (st) => this.toggleRow(st, "showStatusBar", "Show the overall percentage in the status bar.") },
		];
	}

	private folderRow(setting: Setting, key: "roadmapFolder" | "reviewFolder", desc: string): void {
		setting.setDesc(desc);
		setting.addText((text) =>
			text
				.setPlaceholder(DEFAULT_SETTINGS[key])
				.setValue(this.host.settings[key])
				.onChange(async (value) => {
					const checked = checkFolderSetting(value);
					if (!checked.ok) return this.refuse(setting, checked.message);
					this.host.settings[key] = checked.value;
					this.accept(setting, desc);
					await this.host.saveSettings();
				}),
		);
	}

	private toggleRow(setting: Setting, key: "builtInRoadmap" | "recordCompletionDates" | "syncProgressProperties" | "showStatusBar", desc: string): void {
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
