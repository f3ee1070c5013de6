import { Events, TFile, type App, type CachedMetadata, type EventRef } from "obsidian";
import { readNoteBoxes, readRoadmapNote } from "../core/progress/note-boxes";
import type { RoadmapNote } from "../core/progress/progress-model";

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
 * The vault's roadmap notes, kept current from the MetadataCache. Only notes carrying a `roadmap`
 * property are read (their lines give topic texts and ✅ dates); every other note costs one cache
 * lookup at build time and nothing afterwards. An edit re-reads that note only.
 */
export class ProgressIndex extends Events {
	private readonly notes = new Map<string, RoadmapNote>();
	private built = false;

	constructor(private readonly app: App) {
		super();
	}

	/** Reads every roadmap note once; called when the layout is ready. */
	async build(): Promise<void> {
		const reads: Promise<void>[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			const cache = this.app.metadataCache.getFileCache(file);
			if (cache?.frontmatter?.roadmap === undefined && unparsedPropertiesEnd(cache) === undefined) continue;
			reads.push(this.refresh(file, cache, false));
		}
		await Promise.all(reads);
		this.built = true;
		this.trigger("index-changed");
	}

	/** All roadmap notes currently indexed. */
	allNotes(): RoadmapNote[] {
		return [...this.notes.values()];
	}

	isBuilt(): boolean {
		return this.built;
	}

	/** Subscribes to `changed`, `deleted` and `rename`; returns the refs to register on a component. */
	watch(): EventRef[] {
		const { metadataCache, vault } = this.app;
		return [
			metadataCache.on("changed", (file, _data, cache) => {
				// During the start-up build an edit is indexed quietly: no stamping or property writes yet.
				void this.refresh(file, cache, this.built);
			}),
			metadataCache.on("deleted", (file) => this.forget(file.path)),
			vault.on("rename", (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				const note = this.notes.get(oldPath);
				if (!note) return;
				this.notes.delete(oldPath);
				this.notes.set(file.path, { ...note, path: file.path });
				this.trigger("index-changed");
			}),
		];
	}

	on(name: "note-updated", callback: (update: NoteUpdate) => unknown): EventRef;
	on(name: "index-changed", callback: () => unknown): EventRef;
	on(name: string, callback: (...data: never[]) => unknown): EventRef {
		return super.on(name, callback as (...data: unknown[]) => unknown);
	}

	private async refresh(file: TFile, cache: CachedMetadata | null, live: boolean): Promise<void> {
		const frontmatter: Record<string, unknown> | undefined = cache?.frontmatter;
		const brokenEnd = unparsedPropertiesEnd(cache);
		const claimed = frontmatter?.roadmap !== undefined || brokenEnd !== undefined;
		if (!cache || !claimed) {
			this.forget(file.path);
			return;
		}
		const lines = (await this.app.vault.cachedRead(file)).split(/\r?\n/);
		const note = frontmatter
			? (readRoadmapNote(file.path, frontmatter, readNoteBoxes(lines, cache.listItems, cache.headings)) ?? undefined)
			: unreadableRoadmapNote(file.path, lines, brokenEnd ?? 0);
		// Taken after the read, so overlapping refreshes of one note see each other's result.
		const previous = this.notes.get(file.path);
		if (note) this.notes.set(file.path, note);
		else this.notes.delete(file.path);
		if (live) {
			this.trigger("note-updated", { path: file.path, note, previous, lines, frontmatter } satisfies NoteUpdate);
			this.trigger("index-changed");
		}
	}

	private forget(path: string): void {
		const previous = this.notes.get(path);
		if (!previous) return;
		this.notes.delete(path);
		this.trigger("note-updated", { path, note: undefined, previous, lines: undefined, frontmatter: undefined } satisfies NoteUpdate);
		this.trigger("index-changed");
	}
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
