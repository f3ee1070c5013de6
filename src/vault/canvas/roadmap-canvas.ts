import { normalizePath, TextFileView, TFile, type App } from "obsidian";
import { canvasText, parseCanvas, sameCanvas, sameCanvasText, type CanvasDoc } from "../../core/canvas/canvas-data";
import { colourCanvas, mapStatuses, type MapCounts } from "../../core/canvas/canvas-colours";
import { layoutRoadmapCanvas, type MapKey } from "../../core/canvas/canvas-layout";
import { isRoadmapCanvas, mergeCanvas } from "../../core/canvas/canvas-merge";
import { canvasPath, keysByFile, roadmapMap } from "../../core/canvas/roadmap-map";
import { ensureFolder, parentOf } from "../notes/folders";
import { changeNote } from "../writer/note-writer";
import type { LoadedRoadmap } from "../roadmaps/roadmap-library";

/**
 * What happened to a roadmap's `Roadmap.canvas`: `skipped` (a file that is not this roadmap's map is
 * in the way), `invalid` (not a JSON canvas: left untouched), `busy` (open in a tab with unsaved
 * changes: try again later).
 */
type CanvasOutcome = "created" | "updated" | "unchanged" | "skipped" | "invalid" | "busy";

export interface CanvasResult {
	path: string;
	outcome: CanvasOutcome;
	/** For `invalid`: what is wrong with the file. */
	reason?: string;
	/** The file's text after this, when it was read or written (lets the next pass skip a read). */
	text?: string;
}

/** The text of a file already known (read or written at this very version), or undefined to read it. */
type KnownText = (file: TFile) => string | undefined;

/**
 * Whether a canvas tab shows this file with changes not yet saved (the learner is dragging nodes):
 * a canvas tab is a `TextFileView`, and what it holds differs from the file on disk.
 */
function canvasHasUnsavedChanges(app: App, file: TFile, diskText: string): boolean {
	return app.workspace.getLeavesOfType("canvas").some((leaf) => {
		const view = leaf.view;
		return view instanceof TextFileView && view.file?.path === file.path && !sameCanvasText(view.getViewData(), diskText);
	});
}

/** What to do with a canvas's current data: the same object back when nothing changes (nothing is compared then). */
type CanvasChange = (canvas: CanvasDoc) => CanvasDoc;

/** Whether `next` (what a change made of `canvas`) differs; an unchanged canvas comes back as the same object. */
function changedCanvas(next: CanvasDoc, canvas: CanvasDoc): boolean {
	return next !== canvas && !sameCanvas(next, canvas);
}

// Every tick asks about the same canvas text (known, not read again): it is parsed once per version.
// Safe to share, as every change copies a canvas before it changes it.
let lastParsed: { text: string; parsed: ReturnType<typeof parseCanvas> } | undefined;

function parseKnown(text: string): ReturnType<typeof parseCanvas> {
	if (lastParsed?.text !== text) lastParsed = { text, parsed: parseCanvas(text) };
	return lastParsed.parsed;
}

/**
 * Applies `change` to this roadmap's canvas file when it is one, valid and not busy in a tab;
 * writes (one `Vault.process`) only when the data differs, so an unchanged map keeps every byte.
 */
async function updateCanvasFile(app: App, file: TFile, roadmapId: string, change: CanvasChange, known?: KnownText): Promise<CanvasResult> {
	const path = file.path;
	const text = known?.(file) ?? (await app.vault.read(file));
	const parsed = parseKnown(text);
	if (!parsed.ok) return { path, outcome: "invalid", reason: parsed.reason, text };
	if (!isRoadmapCanvas(parsed.canvas, roadmapId)) return { path, outcome: "skipped", text };
	if (!changedCanvas(change(parsed.canvas), parsed.canvas)) return { path, outcome: "unchanged", text };
	if (canvasHasUnsavedChanges(app, file, text)) return { path, outcome: "busy" };
	let written = text;
	const outcome = await changeNote(app, file, (current) => {
		// the file may have changed since it was read: decide again on what is there now
		written = current;
		const now = parseCanvas(current);
		if (!now.ok || !isRoadmapCanvas(now.canvas, roadmapId)) return current;
		const next = change(now.canvas);
		if (changedCanvas(next, now.canvas)) written = canvasText(next);
		return written;
	}, { known: true });
	const changed = outcome === "file" || outcome === "editor";
	return { path, outcome: changed ? "updated" : "unchanged", text: written };
}

/**
 * Writes (or completes) a roadmap's `Roadmap.canvas`: the map of its phases and projects, with
 * `notePaths` telling where each note is now (a note not in it gets no node), coloured by `counts`
 * when given. A canvas already
 * there only receives the map's missing nodes and edges and the colours that changed.
 */
export async function writeRoadmapCanvas(app: App, loaded: LoadedRoadmap, notePaths: ReadonlyMap<MapKey, string>, counts?: MapCounts): Promise<CanvasResult> {
	const path = normalizePath(canvasPath(loaded.folder));
	const map = roadmapMap(loaded.roadmap, loaded.folder, notePaths);
	const keyOfFile = keysByFile(notePaths);
	// a note skipped because a file is in the way gets no node (it would show that file)
	const shown = (key: MapKey) => !/^(phase|project):/u.test(key) || notePaths.has(key);
	const layout = layoutRoadmapCanvas(map);
	const planned = { nodes: layout.nodes.filter((p) => shown(p.key)), edges: layout.edges.filter((e) => shown(e.from) && shown(e.to)) };
	const statuses = counts ? mapStatuses(map, counts) : undefined;
	const change: CanvasChange = (canvas) => {
		const merged = mergeCanvas({ existing: canvas, roadmapId: map.roadmapId, planned, keyOfFile });
		return statuses ? colourCanvas(merged, map.roadmapId, keyOfFile, statuses).canvas : merged;
	};
	const existing = app.vault.getAbstractFileByPath(path);
	if (!existing) {
		await ensureFolder(app, parentOf(path));
		const text = canvasText(change({ nodes: [], edges: [] }));
		await app.vault.create(path, text);
		return { path, outcome: "created", text };
	}
	if (!(existing instanceof TFile)) return { path, outcome: "skipped" };
	return updateCanvasFile(app, existing, map.roadmapId, change);
}

/**
 * Brings the colours of a roadmap's canvas (if there is one) up to date with `counts`; nothing else
 * changes. `notePaths` tells where each note is now; `known` may spare reading the file.
 */
export async function colourRoadmapCanvas(app: App, loaded: LoadedRoadmap, notePaths: ReadonlyMap<MapKey, string>, counts: MapCounts, known?: KnownText): Promise<CanvasResult | undefined> {
	const file = app.vault.getFileByPath(normalizePath(canvasPath(loaded.folder)));
	if (!file) return undefined;
	const map = roadmapMap(loaded.roadmap, loaded.folder, notePaths);
	const keyOfFile = keysByFile(notePaths);
	const statuses = mapStatuses(map, counts);
	// Only the map's nodes whose colour may change are looked at: with none changed, nothing is compared or written.
	const recolour = (canvas: CanvasDoc): CanvasDoc => {
		const coloured = colourCanvas(canvas, map.roadmapId, keyOfFile, statuses);
		return coloured.changed === 0 ? canvas : coloured.canvas;
	};
	return updateCanvasFile(app, file, map.roadmapId, recolour, known);
}

/** The notice for a canvas left alone because it is not valid JSON. */
export function describeInvalidCanvas(result: CanvasResult): string {
	return `${result.path} is not a valid canvas (${result.reason ?? "unreadable"}): it was left untouched. Fix it, or delete it to have the map generated again.`;
}
