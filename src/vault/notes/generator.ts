import { normalizePath, TFile, type App } from "obsidian";
import type { MapCounts } from "../../core/canvas/canvas-colours";
import type { MapKey } from "../../core/canvas/canvas-layout";
import { CANVAS_FILE_NAME, mapKeyOfNote } from "../../core/canvas/roadmap-map";
import { ROADMAP_BASE_FILE } from "../../core/portfolio/roadmap-base";
import { identityKey, mergeRoadmapNote, readNoteIdentity } from "../../core/notes/merge-note";
import { notePathProblem } from "../../core/notes/note-names";
import { noteText, planRoadmapNotes } from "../../core/notes/render-notes";
import type { NoteIdentity, PlannedNote } from "../../core/notes/planned-note";
import { shortList } from "../../core/words/short-list";
import { ensureFolder, parentOf } from "./folders";
import { writeRoadmapBase, type BaseFileOutcome } from "../portfolio/roadmap-base-writer";
import { writeRoadmapCanvas, type CanvasResult } from "../canvas/roadmap-canvas";
import { changeNote } from "../writer/note-writer";
import type { LoadedRoadmap } from "../roadmaps/roadmap-library";

/** A note that could not be written, and why (the file system's or the vault's own words). */
interface FailedWrite {
	path: string;
	reason: string;
}

/** What one run of *Generate roadmap notes* did for one roadmap, for the closing notice. */
interface GenerationReport {
	created: number;
	updated: number;
	unchanged: number;
	/** Target paths holding a file that is not a note of this roadmap (or not its map): left untouched. */
	skipped: string[];
	/** What happened to the roadmap's `Roadmap.base` (Bases views). */
	base?: BaseFileOutcome;
	/** What happened to the roadmap's `Roadmap.canvas` (not counted in created/updated/unchanged). */
	canvas?: CanvasResult;
	/** Notes whose write failed; the other notes were still written. */
	failed: FailedWrite[];
	/** Set when nothing was written because a planned path can't exist on every system. */
	refused?: string;
}

/** The closing notice: `Created N, updated M, unchanged K` (and skipped or failed, when any). */
export function describeGeneration(report: GenerationReport): string {
	if (report.refused !== undefined) return `Nothing generated: ${report.refused}`;
	let message = `Created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}`;
	if (report.skipped.length > 0) {
		message += `, skipped ${report.skipped.length} (a file that is not a roadmap note is in the way: ${shortList(report.skipped)})`;
	}
	if (report.failed.length > 0) {
		// The first few say what went wrong; fifty identical lines would hide it.
		const shown = report.failed.slice(0, 3).map((f) => `"${f.path}": ${f.reason}`);
		if (report.failed.length > shown.length) shown.push(`and ${report.failed.length - shown.length} more`);
		message += `, failed ${report.failed.length} (${shown.join("; ")})`;
	}
	return message;
}

/**
 * Writes a roadmap's notes into the vault, then its `Roadmap.base` and its `Roadmap.canvas` (coloured
 * by `counts` when given). A note that already exists — at its path, or moved or renamed anywhere
 * (found by its `roadmap`, `kind`, `phase`, `project` properties) — only receives the roadmap items it
 * lacks; every other byte stays as the learner left it; the canvas follows the same rules. Every path
 * is checked before the first write; a write that fails is reported and the others go on.
 */
export async function generateRoadmapNotes(app: App, loaded: LoadedRoadmap, counts?: MapCounts): Promise<GenerationReport> {
	const report: GenerationReport = { created: 0, updated: 0, unchanged: 0, skipped: [], failed: [] };
	const planned = planRoadmapNotes(loaded.roadmap, loaded.folder, loaded.learnerName).map((note) => ({ note, path: normalizePath(note.path) }));
	const refused = planned.map((p) => notePathProblem(p.path)).find((problem) => problem !== undefined);
	if (refused !== undefined) return { ...report, refused };
	const existing = findRoadmapNotes(app, loaded.roadmap.id);
	// where each phase and project note is now, for the canvas's file nodes
	const notePaths = new Map<MapKey, string>();
	const place = (note: PlannedNote, path: string) => {
		const key = mapKeyOfNote(note.identity);
		if (key !== undefined) notePaths.set(key, path);
	};
	for (const { note, path } of planned) {
		try {
			const claimed = noteAt(app, path, note.identity) ?? existing.get(identityKey(note.identity));
			if (claimed) {
				(await mergeInto(app, claimed, note)) ? report.updated++ : report.unchanged++;
				place(note, claimed.path);
				continue;
			}
			if (app.vault.getAbstractFileByPath(path)) {
				report.skipped.push(path);
				continue;
			}
			await ensureFolder(app, parentOf(path));
			await app.vault.create(path, noteText(note));
			report.created++;
			place(note, path);
		} catch (e) {
			report.failed.push({ path, reason: e instanceof Error ? e.message : String(e) });
		}
	}
	// Roadmap.base and Roadmap.canvas: a failed write is reported like a note's, the rest goes on.
	try {
		report.base = await writeRoadmapBase(app, loaded);
		if (report.base === "skipped") report.skipped.push(normalizePath(`${loaded.folder}/${ROADMAP_BASE_FILE}`));
	} catch (e) {
		report.failed.push({ path: normalizePath(`${loaded.folder}/${ROADMAP_BASE_FILE}`), reason: e instanceof Error ? e.message : String(e) });
	}
	try {
		report.canvas = await writeRoadmapCanvas(app, loaded, notePaths, counts);
		if (report.canvas.outcome === "skipped") report.skipped.push(report.canvas.path);
	} catch (e) {
		report.failed.push({ path: normalizePath(`${loaded.folder}/${CANVAS_FILE_NAME}`), reason: e instanceof Error ? e.message : String(e) });
	}
	return report;
}

// The note at the generated path, when it is this roadmap note: it wins over a sync conflict copy.
function noteAt(app: App, path: string, identity: NoteIdentity): TFile | undefined {
	const file = app.vault.getFileByPath(path);
	if (!file) return undefined;
	const found = readNoteIdentity(app.metadataCache.getFileCache(file)?.frontmatter);
	return found && identityKey(found) === identityKey(identity) ? file : undefined;
}

/** Notes of this roadmap in the vault, by identity, wherever they live (first path wins). */
function findRoadmapNotes(app: App, roadmapId: string): Map<string, TFile> {
	const found = new Map<string, TFile>();
	const files = app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
	for (const file of files) {
		const identity = readNoteIdentity(app.metadataCache.getFileCache(file)?.frontmatter);
		if (!identity || identity.roadmap !== roadmapId) continue;
		const key = identityKey(identity);
		if (!found.has(key)) found.set(key, file);
	}
	return found;
}

/** Adds the missing roadmap items to an existing note (in its editor when open); true when it changed. */
async function mergeInto(app: App, file: TFile, planned: PlannedNote): Promise<boolean> {
	const outcome = await changeNote(app, file, (text) => mergeRoadmapNote(text, planned).text);
	return outcome === "editor" || outcome === "file";
}

/** One roadmap's outcome of the *Generate roadmap notes* command. */
export interface RoadmapGeneration {
	id: string;
	title: string;
	report?: GenerationReport;
	/** Set when generating this roadmap stopped on an error. */
	error?: string;
}

/** How the command colours the canvases it writes. */
export interface CanvasHooks {
	/** Each roadmap's progress, to colour its canvas as it is written. */
	countsOf?: (roadmapId: string) => MapCounts;
}

/** Generates every usable roadmap, one after the other; one roadmap's failure never stops the next. */
export async function generateRoadmaps(app: App, roadmaps: LoadedRoadmap[], canvas: CanvasHooks = {}): Promise<RoadmapGeneration[]> {
	const results: RoadmapGeneration[] = [];
	for (const loaded of roadmaps) {
		try {
			results.push({ id: loaded.roadmap.id, title: loaded.roadmap.title, report: await generateRoadmapNotes(app, loaded, canvas.countsOf?.(loaded.roadmap.id)) });
		} catch (e) {
			results.push({ id: loaded.roadmap.id, title: loaded.roadmap.title, error: e instanceof Error ? e.message : String(e) });
		}
	}
	return results;
}
