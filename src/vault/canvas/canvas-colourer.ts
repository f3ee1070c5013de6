import { debounce, type Plugin, type TFile } from "obsidian";
import type { MapKey } from "../../core/canvas/canvas-layout";
import { mapKeyOfNote } from "../../core/canvas/roadmap-map";
import type { RoadmapNote, RoadmapProgress } from "../../core/progress/progress-model";
import { colourRoadmapCanvas, describeInvalidCanvas, type CanvasResult } from "./roadmap-canvas";
import type { RoadmapTracker } from "../index/roadmap-tracker";

/** Quiet time after the last progress change before the canvases are coloured (one write per burst). */
const COLOUR_DELAY_MS = 150;
/** How often a canvas busy with unsaved changes in a tab is tried again. */
const RETRY_MS = 2000;

/** Where each phase and project note of a roadmap is now, by map key (the first by path wins, as in the view). */
function notePathsOf(notes: readonly RoadmapNote[]): Map<MapKey, string> {
	const paths = new Map<MapKey, string>();
	for (const note of [...notes].sort((a, b) => a.path.localeCompare(b.path))) {
		const key = mapKeyOfNote(note);
		if (key !== undefined && !paths.has(key)) paths.set(key, note.path);
	}
	return paths;
}

/**
 * Keeps every roadmap's `Roadmap.canvas` coloured by progress: once per burst of changes, and
 * again every few seconds while a canvas waits for its tab's unsaved changes to be saved.
 * A canvas that is not valid JSON is reported once (through `report`) until it is fixed.
 */
export class CanvasColourer {
	/** A canvas was busy in a tab: colour again on the next retry. */
	waiting = false;
	private reported = new Set<string>();
	/** Each canvas's text as last read or written, with the file's size and time then: an unchanged file is not read again. */
	private texts = new Map<string, { text: string; mtime: number; size: number }>();
	private running: Promise<void> | undefined;
	/** The progress each roadmap's canvas was last coloured from: a roadmap whose progress is the same object has nothing new to colour. */
	private coloured = new Map<string, RoadmapProgress>();

	constructor(
		private readonly plugin: Plugin,
		private readonly tracker: RoadmapTracker,
		private readonly report: (message: string) => void,
	) {}

	/** Wires the colourer to progress changes and the retry timer; everything is released on unload. */
	start(): void {
		const request = debounce(
			() =>
				void this.run().catch((e: unknown) => {
					console.error("Learning Roadmap: could not colour the roadmap canvases", e);
					this.report(`Could not colour the roadmap canvases: ${e instanceof Error ? e.message : String(e)}`);
				}),
			COLOUR_DELAY_MS,
			true,
		);
		this.plugin.registerEvent(this.tracker.onProgressChanged(request));
		this.plugin.registerInterval(window.setInterval(() => this.waiting && request(), RETRY_MS));
		this.plugin.register(() => request.cancel());
	}

	/** Hears what *Generate* did to a canvas: a broken one it already reported is not reported again. */
	generated(result: CanvasResult): void {
		this.coloured.clear();
		this.remember(result);
		this.track(result, () => undefined);
	}

	/** Colours each roadmap's canvas now (one pass at a time). */
	async run(): Promise<void> {
		await this.running;
		this.running = this.colourAll();
		await this.running;
	}

	private async colourAll(): Promise<void> {
		const retrying = this.waiting;
		this.waiting = false;
		for (const loaded of this.tracker.loaded()) {
			const id = loaded.roadmap.id;
			const progress = this.tracker.progress(id);
			// A change to one roadmap's notes leaves the other roadmaps' canvases unread and uncompared.
			if (!retrying && this.coloured.get(id) === progress) continue;
			let result;
			try {
				result = await colourRoadmapCanvas(this.plugin.app, loaded, notePathsOf(this.tracker.notesOf(id)), progress, (file) => this.knownText(file));
			} catch (e) {
				console.error(`Learning Roadmap: could not colour the canvas of "${id}"`, e);
				continue;
			}
			if (!result) continue;
			if (result.outcome === "busy") this.waiting = true;
			else this.coloured.set(id, progress);
			this.remember(result);
			this.track(result, this.report);
		}
	}

	private remember(result: CanvasResult): void {
		const file = this.plugin.app.vault.getFileByPath(result.path);
		if (file && result.text !== undefined) this.texts.set(result.path, { text: result.text, mtime: file.stat.mtime, size: file.stat.size });
		else this.texts.delete(result.path);
	}

	private knownText(file: TFile): string | undefined {
		const known = this.texts.get(file.path);
		return known && known.mtime === file.stat.mtime && known.size === file.stat.size ? known.text : undefined;
	}

	/** Reports a broken canvas once, until it is fixed. */
	private track(result: CanvasResult, report: (message: string) => void): void {
		if (result.outcome !== "invalid") {
			this.reported.delete(result.path);
		} else if (!this.reported.has(result.path)) {
			this.reported.add(result.path);
			report(describeInvalidCanvas(result));
		}
	}
}
