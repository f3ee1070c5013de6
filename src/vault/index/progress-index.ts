import { Events, parseYaml, TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import { readNoteBoxes, readRoadmapNote } from "../../core/progress/note-boxes";
import type { RoadmapNote } from "../../core/progress/progress-model";
import { progressPropertiesProblem } from "../../core/ticks/settle-ticks";

/** What the index tells its listeners about one note after it was (re)read. */
export interface NoteUpdate {
	path: string;
	/** The note as it is now; undefined when it left every roadmap (deleted, property removed). */
	note: RoadmapNote | undefined;
	/** The note as it was before this change; undefined the first time the index sees it. */
	previous: RoadmapNote | undefined;
	/** The note's text as read for this update (undefined when the note left). */
	lines: string[] | undefined;
	/** The cached properties of the note, as read for this update. */
	frontmatter: Record<string, unknown> | undefined;
}

/**
 * The vault's roadmap notes, kept current from the MetadataCache. An edit updates that one note,
 * synchronously, from the text and cache the `changed` event carries; every other note costs nothing.
 */
export class ProgressIndex extends Events {
	private readonly notes = new Map<string, RoadmapNote>();
	private built = false;
	/** Notes refreshed from a `changed` event while the build was reading: the build keeps their newer state. */
	private readonly refreshedDuringBuild = new Set<string>();
	private readonly builtPromise: Promise<void>;
	private resolveBuilt!: () => void;

	constructor(
		private readonly app: App,
		/** Whether the plugin keeps progress properties in step (the setting): only then is a block it cannot edit worth a warning. */
		private readonly keepsProperties: () => boolean = () => true,
	) {
		super();
		this.builtPromise = new Promise((resolve) => (this.resolveBuilt = resolve));
	}

	/**
	 * Reads every roadmap note once; called when the MetadataCache has finished its first pass. Only
	 * notes carrying a `roadmap` property are read; the rest cost one cache lookup. `files` is the
	 * vault's notes when the caller has just listed them.
	 */
	async build(files: readonly TFile[] = this.app.vault.getMarkdownFiles()): Promise<void> {
		const reads: Promise<void>[] = [];
		for (const file of files) {
			const cache = this.app.metadataCache.getFileCache(file);
			if (!claimsRoadmap(cache)) continue;
			reads.push(
				this.app.vault.cachedRead(file).then((text) => {
					if (!this.refreshedDuringBuild.has(file.path)) this.store(file.path, cache, text);
				}),
			);
		}
		await Promise.all(reads);
		this.refreshedDuringBuild.clear();
		this.built = true;
		this.resolveBuilt();
		this.trigger("index-changed");
	}

	/** All roadmap notes currently indexed. */
	allNotes(): RoadmapNote[] {
		return [...this.notes.values()];
	}

	isBuilt(): boolean {
		return this.built;
	}

	/** Resolves once the first build is done (commands that need the whole vault wait for it). */
	whenBuilt(): Promise<void> {
		return this.builtPromise;
	}

	/** Subscribes to `changed`, `deleted` and `rename`; returns the refs to register on a component. */
	watch(): EventRef[] {
		const { metadataCache, vault } = this.app;
		return [
			// The event carries the text the cache was computed from: one version, read in order.
			metadataCache.on("changed", (file, data, cache) => this.refresh(file, data, cache)),
			metadataCache.on("deleted", (file) => this.forget(file.path)),
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				const note = this.notes.get(oldPath);
				if (!note) return;
				this.notes.delete(oldPath);
				this.notes.set(file.path, { ...note, path: file.path });
				this.trigger("index-changed", [note.roadmap]);
			}),
		];
	}

	on(name: "note-updated", callback: (update: NoteUpdate) => unknown): EventRef;
	/** `roadmaps`: the roadmaps whose notes changed; undefined when any may have (the first build). */
	on(name: "index-changed", callback: (roadmaps: readonly string[] | undefined) => unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown);
	}

	private refresh(file: TFile, text: string, cache: CachedMetadata | null): void {
		if (!this.built) this.refreshedDuringBuild.add(file.path);
		if (!claimsRoadmap(cache)) {
			this.forget(file.path);
			return;
		}
		const previous = this.notes.get(file.path);
		const { note, lines } = this.store(file.path, cache, text);
		// Before the first build nothing is announced: the plugin writes nothing at start-up.
		if (!this.built) return;
		this.trigger("note-updated", { path: file.path, note, previous, lines, frontmatter: cache?.frontmatter } satisfies NoteUpdate);
		this.trigger("index-changed", roadmapsOf(previous, note));
	}

	private store(path: string, cache: CachedMetadata | null, text: string): { note: RoadmapNote | undefined; lines: string[] } {
		const lines = text.split(/\r?\n/);
		const frontmatter: Record<string, unknown> | undefined = cache?.frontmatter;
		const note = frontmatter
			? (readRoadmapNote(path, frontmatter, readNoteBoxes(lines, cache?.listItems, cache?.headings)) ?? undefined)
			: unreadableRoadmapNote(path, lines, unparsedPropertiesEnd(cache) ?? 0);
		if (note && frontmatter && note.problem === undefined && this.keepsProperties()) {
			const problem = progressPropertiesProblem(note.kind, lines, note.boxes, frontmatter, parseYaml);
			if (problem !== undefined) note.propertiesProblem = problem;
		}
		if (note) this.notes.set(path, note);
		else this.notes.delete(path);
		return { note, lines };
	}

	private forget(path: string): void {
		const previous = this.notes.get(path);
		if (!previous) return;
		this.notes.delete(path);
		if (!this.built) return;
		this.trigger("note-updated", { path, note: undefined, previous, lines: undefined, frontmatter: undefined } satisfies NoteUpdate);
		this.trigger("index-changed", [previous.roadmap]);
	}
}

/** The roadmaps a note's change touches: the one it belonged to and the one it belongs to now. */
function roadmapsOf(previous: RoadmapNote | undefined, note: RoadmapNote | undefined): string[] {
	const ids = new Set<string>();
	if (previous) ids.add(previous.roadmap);
	if (note) ids.add(note.roadmap);
	return [...ids];
}

/** Whether a note's cache says it belongs to a roadmap (or has a properties block Obsidian could not read). */
function claimsRoadmap(cache: CachedMetadata | null): cache is CachedMetadata {
	return cache !== null && (cache.frontmatter?.roadmap !== undefined || unparsedPropertiesEnd(cache) !== undefined);
}

/**
 * The last line of a properties block Obsidian could not parse: it then reports no `frontmatter`
 * (nor `frontmatterPosition`), only a `yaml` section at the top of the note.
 */
function unparsedPropertiesEnd(cache: CachedMetadata | null): number | undefined {
	if (!cache || cache.frontmatter) return undefined;
	const first = cache.sections?.[0];
	if (first?.type === "yaml") return first.position.end.line;
	return cache.frontmatterPosition?.end.line;
}

/**
 * A note whose properties block Obsidian could not parse, but which names a roadmap in it: kept
 * as a note with a problem so the view can warn about it instead of silently dropping it.
 */
function unreadableRoadmapNote(path: string, lines: string[], endLine: number): RoadmapNote | undefined {
	for (const line of lines.slice(1, endLine)) {
		const match = /^roadmap:\s*["']?([^"'\s#]+)/.exec(line);
		if (match?.[1]) {
			return { path, roadmap: match[1], kind: "unknown", boxes: [], problem: "its properties are not valid YAML" };
		}
	}
	return undefined;
}
