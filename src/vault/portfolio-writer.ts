import { MarkdownView, normalizePath, TFile, type App, type Editor, type EditorPosition } from "obsidian";
import { portfolioNotePath } from "../core/notes/note-names";
import { keyLearnings } from "../core/portfolio/key-learnings";
import { newPortfolioNote, portfolioCounts, renderPortfolio, type PortfolioCounts } from "../core/portfolio/portfolio";
import { applyChange, placePortfolio, portfolioBlock } from "../core/portfolio/portfolio-markers";
import type { RoadmapNote, RoadmapProgress } from "../core/progress/progress-model";
import { ensureFolder, parentOf } from "./folders";
import type { LoadedRoadmap } from "./roadmap-library";

/** A roadmap, its progress and its notes: what a portfolio is built from. */
export interface PortfolioSource {
	loaded: LoadedRoadmap;
	progress: RoadmapProgress;
	notes: RoadmapNote[];
}

export type PortfolioOutcome = PortfolioCounts & {
	path: string;
	/** Roadmap notes left out because their properties cannot be read. */
	unreadable: string[];
} & (
		| { status: "created" | "updated" | "unchanged" }
		/** Nothing written: a folder is at the path, or the markers in the note are damaged. */
		| { status: "refused"; problem: string }
	);

/** The vault path of a roadmap's portfolio note. */
export function portfolioPath(loaded: LoadedRoadmap): string {
	return normalizePath(portfolioNotePath(loaded.folder));
}

/** Renders the generated part of a roadmap's portfolio, reading each completed project's key learnings. */
export async function renderPortfolioFor(app: App, source: PortfolioSource): Promise<string> {
	const learnings = new Map<string, string[]>();
	for (const phase of source.progress.phases) {
		for (const project of phase.projects) {
			if (!project.complete || project.path === undefined) continue;
			const file = app.vault.getFileByPath(project.path);
			if (file) learnings.set(project.path, keyLearnings(await app.vault.cachedRead(file)));
		}
	}
	return renderPortfolio({ progress: source.progress, roadmap: source.loaded.roadmap, notes: source.notes, keyLearnings: learnings });
}

/**
 * Writes `Portfolio.md` in the roadmap's folder: creates it, or rewrites only the part between its
 * markers (the learner's text around them stays byte for byte). A note open in an editor is changed
 * through that editor; otherwise one `Vault.process`. An unchanged portfolio is not written.
 * With `onlyIfMissing`, an existing note is left as it is.
 */
export async function writePortfolio(app: App, source: PortfolioSource, onlyIfMissing = false): Promise<PortfolioOutcome> {
	const path = portfolioPath(source.loaded);
	const base = {
		path,
		...portfolioCounts(source.progress),
		unreadable: source.notes.filter((n) => n.problem !== undefined).map((n) => n.path),
	};
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing && onlyIfMissing) return { ...base, status: "unchanged" };
	if (existing && !(existing instanceof TFile)) return { ...base, status: "refused", problem: `a folder is at "${path}"` };
	const generated = await renderPortfolioFor(app, source);
	if (!(existing instanceof TFile)) {
		await ensureFolder(app, parentOf(path));
		await app.vault.create(path, newPortfolioNote(source.loaded.roadmap.title, portfolioBlock(generated), source.loaded.learnerName));
		return { ...base, status: "created" };
	}
	const editor = openEditor(app, path);
	if (editor) {
		const text = editor.getValue();
		const placement = placePortfolio(text, generated);
		if (placement.status === "damaged") return { ...base, status: "refused", problem: placement.problem };
		if (placement.status === "unchanged") return { ...base, status: "unchanged" };
		const { from, to, insert } = placement.change;
		editor.replaceRange(insert, positionAt(text, from), positionAt(text, to));
		return { ...base, status: "updated" };
	}
	const placement = placePortfolio(await app.vault.read(existing), generated);
	if (placement.status === "damaged") return { ...base, status: "refused", problem: placement.problem };
	if (placement.status === "unchanged") return { ...base, status: "unchanged" };
	let changed = false;
	await app.vault.process(existing, (text) => {
		// Placed again on the text being written, in case the note changed since it was read.
		const again = placePortfolio(text, generated);
		if (again.status !== "replace" && again.status !== "append") return text;
		changed = true;
		return applyChange(text, again.change);
	});
	return { ...base, status: changed ? "updated" : "unchanged" };
}

/** The text of the portfolio note as it stands, from its editor when it is open (unsaved typing included). */
export async function readPortfolioNote(app: App, loaded: LoadedRoadmap): Promise<string | undefined> {
	const path = portfolioPath(loaded);
	const editor = openEditor(app, path);
	if (editor) return editor.getValue();
	const file = app.vault.getFileByPath(path);
	return file ? app.vault.read(file) : undefined;
}

/** The editor of a tab showing this note, if one is open. */
function openEditor(app: App, path: string): Editor | undefined {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
	}
	return undefined;
}

function positionAt(text: string, offset: number): EditorPosition {
	const before = text.slice(0, offset);
	const line = before.split("\n").length - 1;
	return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
}
