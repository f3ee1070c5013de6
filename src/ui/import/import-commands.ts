import { FuzzySuggestModal, normalizePath, Notice, type App, type Menu, type TAbstractFile, type TFile } from "obsidian";
import { countRoadmap } from "../../core/roadmap/roadmap-loader";
import type { LearningRoadmapSettings } from "../../core/settings/settings";
import { describeGeneration, type RoadmapGeneration } from "../../vault/notes/generator";
import { canImport, importRoadmapFile, type WrittenImport } from "../../vault/roadmaps/roadmap-import";
import type { RoadmapTracker } from "../../vault/index/roadmap-tracker";

/** What the import needs from the plugin. */
export interface ImportHost {
	readonly app: App;
	readonly settings: LearningRoadmapSettings;
	readonly tracker: RoadmapTracker;
	saveSettings(): Promise<void>;
	/** Reloads the roadmap files and generates one roadmap's notes as *Generate roadmap notes* does, without its notices. */
	generateOne(roadmapId: string): Promise<RoadmapGeneration | undefined>;
}

/** *Import roadmap from a note or file*: the command's suggester and the file menu's item. */
export class RoadmapImporter {
	constructor(private readonly host: ImportHost) {}

	/** Opens the suggester of the notes and `.json` files that can be imported. */
	chooseSource(): void {
		new SourceSuggester(this.host.app, (file) => this.importFile(file)).open();
	}

	/** Adds *Import as learning roadmap* to the file menu of a file that can be imported. */
	addToMenu(menu: Menu, file: TAbstractFile): void {
		if (!canImport(this.host.app, file)) return;
		menu.addItem((item) => item.setTitle("Import as learning roadmap").setIcon("import").onClick(() => this.importFile(file)));
	}

	/** Imports the file, adds its roadmap file to the settings, generates its notes: one notice says it all. */
	async importFile(file: TFile): Promise<void> {
		try {
			await this.importAndGenerate(file);
		} catch (e) {
			// a failed read or write of the vault: said plainly, the roadmap file is written whole or not at all
			new Notice(`Could not import "${file.path}": ${e instanceof Error ? e.message : String(e)}`, 0);
		}
	}

	private async importAndGenerate(file: TFile): Promise<void> {
		const { app, settings, tracker } = this.host;
		const written = await importRoadmapFile(app, file, tracker.loaded().map((r) => r.roadmap));
		if (!written.ok) {
			new Notice(written.message);
			return;
		}
		if (!settings.roadmapFiles.some((path) => normalizePath(path) === written.path)) {
			settings.roadmapFiles.push(written.path);
			await this.host.saveSettings();
		}
		const generation = await this.host.generateOne(written.roadmap.id);
		const failed = generation === undefined || generation.error !== undefined || generation.report?.refused !== undefined || (generation.report?.failed.length ?? 0) > 0;
		new Notice(describeImport(file.path, written, generation), failed ? 0 : undefined);
	}
}

/** The one notice of an import: what came in, what the roadmap holds, and what Generate did. */
function describeImport(source: string, written: WrittenImport, generation: RoadmapGeneration | undefined): string {
	const counts = countRoadmap(written.roadmap);
	const holds = `${plural(counts.phases, "phase")}, ${plural(counts.topics, "topic")}, ${plural(counts.projects, "project")}`;
	const ticked = written.addedTicked > 0 ? ` (${written.addedTicked} ticked)` : "";
	const what = written.again
		? `Imported "${written.roadmap.title}" again from ${source}: ${written.added === 0 ? "nothing new" : `${plural(written.added, "new topic")}${ticked}`}; it has ${holds}.`
		: `Imported "${written.roadmap.title}" from ${source}: ${holds}${ticked}, in ${written.path}.`;
	let notes: string;
	if (generation === undefined) notes = "Its notes were not generated: the roadmap file could not be loaded (see the settings).";
	else if (generation.error !== undefined) notes = `Could not generate its notes: ${generation.error}`;
	else if (generation.report) notes = `Notes: ${describeGeneration(generation.report)}.`;
	else notes = "";
	return `${what}\n${notes}`;
}

function plural(count: number, word: string): string {
	return `${count.toLocaleString("en-US")} ${count === 1 ? word : `${word}s`}`;
}

class SourceSuggester extends FuzzySuggestModal<TFile> {
	constructor(
		app: App,
		private readonly choose: (file: TFile) => Promise<void>,
	) {
		super(app);
		this.setPlaceholder("Choose a checklist note or a roadmap.sh .json file to import");
		this.emptyStateText = "No note or .json file to import.";
	}

	getItems(): TFile[] {
		return this.app.vault.getFiles().filter((file) => canImport(this.app, file)).sort((a, b) => a.path.localeCompare(b.path));
	}

	getItemText(file: TFile): string {
		return file.path;
	}

	onChooseItem(file: TFile): void {
		void this.choose(file);
	}
}
