import { Events, normalizePath, type App, type EventRef } from "obsidian";
import { plannedNotePaths } from "../../core/notes/render-notes";
import { computeProgress } from "../../core/progress/progress";
import type { RoadmapNote, RoadmapProgress } from "../../core/progress/progress-model";
import type { ProgressIndex } from "./progress-index";
import type { LearningRoadmapSettings } from "../../core/settings/settings";
import { loadRoadmaps, type LoadedRoadmap } from "../roadmaps/roadmap-library";

/** A roadmap as the view's switcher lists it. */
interface RoadmapChoice {
	id: string;
	title: string;
}

/**
 * Joins the roadmaps the plugin knows with the notes the index holds: one progress per roadmap,
 * computed on demand and cached until the next change. Roadmaps found only through notes (a
 * roadmap file removed from the settings) are still tracked, titled by their id.
 */
export class RoadmapTracker extends Events {
	private roadmaps: LoadedRoadmap[] = [];
	private cache = new Map<string, RoadmapProgress>();
	private choiceList: RoadmapChoice[] | undefined;
	/** Where each known roadmap generates its notes, by roadmap id. */
	private generatedPaths = new Map<string, Set<string>>();

	constructor(
		private readonly app: App,
		readonly index: ProgressIndex,
		private readonly now: () => Date = () => new Date(),
	) {
		super();
	}

	setRoadmaps(roadmaps: LoadedRoadmap[]): void {
		this.roadmaps = roadmaps;
		this.generatedPaths = new Map(
			roadmaps.map((r) => [r.roadmap.id, new Set(plannedNotePaths(r.roadmap, r.folder).map((path) => normalizePath(path)))]),
		);
		this.invalidate();
	}

	/** Loads the roadmap files the settings name; returns the problems (file, line and path) of those that can't be used. */
	async reloadRoadmaps(settings: LearningRoadmapSettings): Promise<string[]> {
		const { roadmaps, errors } = await loadRoadmaps(this.app.vault, settings);
		this.setRoadmaps(roadmaps);
		return errors;
	}

	loaded(): LoadedRoadmap[] {
		return this.roadmaps;
	}

	/**
	 * Called by the index on every change, with the roadmaps whose notes changed (all when not given):
	 * only their progress is computed again, once, and every listener (view, status bar, canvas, pace)
	 * reads that one result. Listeners redraw debounced on their side.
	 */
	invalidate(roadmaps?: readonly string[]): void {
		if (roadmaps) for (const id of roadmaps) this.cache.delete(id);
		else this.cache.clear();
		this.choiceList = undefined;
		this.trigger("progress-changed");
	}

	onProgressChanged(callback: () => unknown): EventRef {
		return this.on("progress-changed", callback);
	}

	/** The roadmaps to choose from; the same list until the next change (the status bar and the view ask at every draw). */
	choices(): readonly RoadmapChoice[] {
		this.choiceList ??= this.listChoices();
		return this.choiceList;
	}

	private listChoices(): RoadmapChoice[] {
		const choices: RoadmapChoice[] = this.roadmaps.map((r) => ({ id: r.roadmap.id, title: r.roadmap.title }));
		const known = new Set(choices.map((c) => c.id));
		for (const note of this.index.allNotes()) {
			if (!known.has(note.roadmap)) {
				known.add(note.roadmap);
				choices.push({ id: note.roadmap, title: note.roadmap });
			}
		}
		return choices;
	}

	/** The id to show when the learner has not chosen (or chose a roadmap that is gone). */
	resolveSelection(selected: string): string {
		const choices = this.choices();
		if (choices.some((c) => c.id === selected)) return selected;
		const noted = new Set(this.index.allNotes().map((n) => n.roadmap));
		const withNotes = choices.find((c) => noted.has(c.id));
		return withNotes?.id ?? choices[0]?.id ?? "";
	}

	notesOf(roadmapId: string): RoadmapNote[] {
		return this.index.allNotes().filter((n) => n.roadmap === roadmapId);
	}

	progress(roadmapId: string): RoadmapProgress {
		let progress = this.cache.get(roadmapId);
		if (!progress) {
			const loaded = this.roadmaps.find((r) => r.roadmap.id === roadmapId);
			const notes = this.notesOf(roadmapId);
			// Creation times decide between a note and its sync conflict copy; read from the file list, no I/O.
			const createdAt = new Map<string, number>();
			for (const note of notes) {
				const file = this.app.vault.getFileByPath(note.path);
				if (file) createdAt.set(note.path, file.stat.ctime);
			}
			progress = computeProgress({
				roadmapId,
				roadmap: loaded?.roadmap,
				notes,
				today: this.now(),
				generatedPaths: this.generatedPaths.get(roadmapId),
				createdAt,
			});
			this.cache.set(roadmapId, progress);
		}
		return progress;
	}
}
