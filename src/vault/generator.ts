import { normalizePath, Notice, TFile, type App } from "obsidian";
import type { MapCounts } from "../core/canvas/canvas-colours";
import type { MapKey } from "../core/canvas/canvas-layout";
import { mapKeyOfNote } from "../core/canvas/roadmap-map";
import { identityKey, mergeRoadmapNote, readNoteIdentity } from "../core/notes/merge-note";
import { noteText, planRoadmapNotes, type PlannedNote } from "../core/notes/render-notes";
import { ensureFolder, parentOf } from "./folders";
import { describeInvalidCanvas, writeRoadmapCanvas, type CanvasResult } from "./roadmap-canvas";
import { describeRoadmapErrors, type LoadedRoadmap } from "./roadmap-library";

/** What one run of *Generate roadmap notes* did, for the closing notice. */
export interface GenerationReport {
	created: number;
	updated: number;
	unchanged: number;
	/** Target paths holding a file that is not a note of this roadmap (or not its map): left untouched. */
	skipped: string[];
	/** What happened to the roadmap's `Roadmap.canvas` (not counted in created/updated/unchanged). */
	canvas?: CanvasResult;
}

/** The closing notice: `Created N, updated M, unchanged K` (and skipped, when any). */
export function describeGeneration(report: GenerationReport): string {
	let message = `Created ${report.created}, updated ${report.updated}, unchanged ${report.unchanged}`;
	if (report.skipped.length > 0) {
		message += `, skipped ${report.skipped.length} (a file that is not a roadmap note is in the way: ${report.skipped.join(", ")})`;
	}
	return message;
}

/**
 * Writes a roadmap's notes into the vault, then its `Roadmap.canvas` (coloured by `counts` when
 * given). A note that already exists — at its path, or moved or renamed anywhere (found by its
 * `roadmap`, `kind`, `phase`, `project` properties) — only receives the roadmap items it lacks;
 * every other byte stays as the learner left it. The canvas follows the same rules.
 */
export async function generateRoadmapNotes(app: App, loaded: LoadedRoadmap, counts?: MapCounts): Promise<GenerationReport> {
	const report: GenerationReport = { created: 0, updated: 0, unchanged: 0, skipped: [] };
	const existing = findRoadmapNotes(app, loaded.roadmap.id);
	// where each phase and project note is now, for the canvas's file nodes
	const notePaths = new Map<MapKey, string>();
	const place = (planned: PlannedNote, path: string) => {
		const key = mapKeyOfNote(planned.identity);
		if (key !== undefined) notePaths.set(key, path);
	};
	for (const planned of planRoadmapNotes(loaded.roadmap, loaded.folder)) {
		const path = normalizePath(planned.path);
		const claimed = existing.get(identityKey(planned.identity));
		if (claimed) {
			(await mergeInto(app, claimed, planned)) ? report.updated++ : report.unchanged++;
			place(planned, claimed.path);
			continue;
		}
		const inTheWay = app.vault.getAbstractFileByPath(path);
		if (inTheWay) {
			report.skipped.push(path);
			continue;
		}
		await ensureFolder(app, parentOf(path));
		await app.vault.create(path, noteText(planned));
		report.created++;
		place(planned, path);
	}
	report.canvas = await writeRoadmapCanvas(app, loaded, notePaths, counts);
	if (report.canvas.outcome === "skipped") report.skipped.push(report.canvas.path);
	return report;
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

/** Adds the missing roadmap items to an existing note; true when the file changed. */
async function mergeInto(app: App, file: TFile, planned: PlannedNote): Promise<boolean> {
	// Read first so an unchanged note is never written (not even its modification time).
	const current = await app.vault.read(file);
	if (mergeRoadmapNote(current, planned).added === 0) return false;
	let changed = false;
	await app.vault.process(file, (text) => {
		const merged = mergeRoadmapNote(text, planned);
		changed = merged.text !== text;
		return merged.text;
	});
	return changed;
}

/** How the command colours the canvases it writes, and who hears what happened to them. */
export interface CanvasHooks {
	/** Each roadmap's progress, to colour its canvas as it is written. */
	countsOf?: (roadmapId: string) => MapCounts;
	/** Called with what happened to each roadmap's canvas (after its notice, if any). */
	onCanvas?: (result: CanvasResult) => void;
}

/**
 * The *Generate roadmap notes* command: generates every usable roadmap and ends with one notice
 * per roadmap. `errors` are the roadmap files that could not be used; they are listed first, in a
 * notice that stays until dismissed, and they generate nothing.
 */
export async function generateRoadmaps(app: App, roadmaps: LoadedRoadmap[], errors: string[], canvas: CanvasHooks = {}): Promise<void> {
	if (errors.length > 0) new Notice(describeRoadmapErrors(errors), 0);
	if (roadmaps.length === 0) {
		new Notice(
			errors.length > 0
				? "Nothing generated: fix the roadmap files listed above."
				: "No roadmap to generate: switch on the built-in roadmap or add a roadmap file in the settings.",
		);
		return;
	}
	for (const loaded of roadmaps) {
		const name = roadmaps.length > 1 ? `${loaded.roadmap.title}: ` : "";
		try {
			const report = await generateRoadmapNotes(app, loaded, canvas.countsOf?.(loaded.roadmap.id));
			if (report.canvas) canvas.onCanvas?.(report.canvas);
			if (report.canvas?.outcome === "invalid") new Notice(describeInvalidCanvas(report.canvas), 0);
			if (report.canvas?.outcome === "busy") new Notice(`${report.canvas.path} has unsaved changes in an open tab: it was left as it is; generate again once they are saved.`);
			new Notice(`${name}${describeGeneration(report)}`);
		} catch (e) {
			new Notice(`Could not generate "${loaded.roadmap.title}": ${e instanceof Error ? e.message : String(e)}`);
		}
	}
}
