import { normalizePath, TFile, type App } from "obsidian";
import { portfolioNotePath } from "../../core/notes/note-names";
import { keyLearnings } from "../../core/portfolio/key-learnings";
import { newPortfolioNote, portfolioCounts, renderPortfolio, type PortfolioCounts } from "../../core/portfolio/portfolio";
import { applyChange, placePortfolio, portfolioBlock } from "../../core/portfolio/portfolio-markers";
import type { RoadmapNote, RoadmapProgress } from "../../core/progress/progress-model";
import { ensureFolder, parentOf } from "../notes/folders";
import { changeNote, readNote } from "../writer/note-writer";
import type { LoadedRoadmap } from "../roadmaps/roadmap-library";

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
	let refused: string | undefined;
	// Placed on the text as the writer holds it (the editor's, else the file's at write time).
	const outcome = await changeNote(app, existing, (text) => {
		const placement = placePortfolio(text, generated);
		refused = placement.status === "damaged" ? placement.problem : undefined;
		return placement.status === "replace" || placement.status === "append" ? applyChange(text, placement.change) : text;
	});
	if (refused !== undefined) return { ...base, status: "refused", problem: refused };
	return { ...base, status: outcome === "editor" || outcome === "file" ? "updated" : "unchanged" };
}

/** The text of the portfolio note as it stands, from its editor when it is open (unsaved typing included). */
export async function readPortfolioNote(app: App, loaded: LoadedRoadmap): Promise<string | undefined> {
	return readNote(app, portfolioPath(loaded));
}
