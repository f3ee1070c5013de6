import type { App } from "obsidian";
import type { LearningRoadmapSettings } from "../core/settings/settings";
import type { CanvasColourer } from "../vault/canvas/canvas-colourer";
import type { RoadmapTracker } from "../vault/index/roadmap-tracker";
import { generateRoadmaps, type RoadmapGeneration } from "../vault/notes/generator";
import { createMissingPortfolios } from "./portfolio/portfolio-commands";
import { generateWithNotices } from "./command-notices";

/** What generating needs from the plugin: the vault, the settings naming the roadmap files, the tracker. */
interface GenerateHost {
	readonly app: App;
	readonly settings: LearningRoadmapSettings;
	readonly tracker: RoadmapTracker;
}

/**
 * *Generate roadmap notes*: the roadmap files read again, then every roadmap's notes, canvas and
 * portfolio written, the canvas coloured with the progress the vault already shows.
 */
export class NoteGenerator {
	constructor(
		private readonly host: GenerateHost,
		private readonly colourer: CanvasColourer,
	) {}

	/** The command: every roadmap, with its notices. */
	async generateAll(): Promise<void> {
		const { app, tracker } = this.host;
		const errors = await tracker.reloadRoadmaps(this.host.settings);
		// Before the vault is indexed, moved notes would not be found and would be generated twice.
		await tracker.index.whenBuilt();
		const results = await generateWithNotices(app, tracker.loaded(), errors, {
			countsOf: (id) => tracker.progress(id),
			onCanvas: (result) => this.colourer.generated(result),
		});
		// The portfolio joins the notes only where they could be written (not a refused or failed roadmap).
		await createMissingPortfolios(app, tracker, new Set(results.filter(wroteNotes).map((r) => r.id)));
	}

	/** One roadmap's notes, as the command writes them, for the import's own notice. */
	async generateOne(roadmapId: string): Promise<RoadmapGeneration | undefined> {
		const { app, tracker } = this.host;
		await tracker.reloadRoadmaps(this.host.settings);
		await tracker.index.whenBuilt();
		const loaded = tracker.loaded().filter((r) => r.roadmap.id === roadmapId);
		const [result] = await generateRoadmaps(app, loaded, { countsOf: (id) => tracker.progress(id) });
		if (result?.report?.canvas) this.colourer.generated(result.report.canvas);
		if (result && wroteNotes(result)) await createMissingPortfolios(app, tracker, new Set([roadmapId]));
		return result;
	}
}

function wroteNotes(result: RoadmapGeneration): boolean {
	const report = result.report;
	return report !== undefined && report.refused === undefined && report.failed.length === 0;
}
