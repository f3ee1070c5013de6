import { normalizePath, parseYaml, TFile, type App, type TAbstractFile } from "obsidian";
import { MAX_SOURCE_CHARS, type ImportResult } from "../../core/import/imported-roadmap";
import { importMarkdown } from "../../core/import/markdown-import";
import { importRoadmapSh } from "../../core/import/roadmap-sh-import";
import { importedFrom, roadmapFileData, roadmapFilePath, roadmapFileText, roadmapIdFor, roadmapTitleFor, type RoadmapFileData } from "../../core/import/roadmap-file";
import { formatRoadmapProblem, loadRoadmap } from "../../core/roadmap/roadmap-loader";
import type { Roadmap } from "../../core/roadmap/roadmap-schema";
import { datesAsText } from "../../core/yaml/parse";
import { changeNote } from "../writer/note-writer";

/** A roadmap file the import wrote (or found up to date), and what it brought in. */
export interface WrittenImport {
	ok: true;
	/** The roadmap file's vault path. */
	path: string;
	roadmap: Roadmap;
	/** False the first time, true when an earlier import of the same source was updated. */
	again: boolean;
	added: number;
	addedTicked: number;
}

type ImportFileResult = WrittenImport | { ok: false; message: string };

/** True for a file the import reads: a `.json` file, or a Markdown note that is not a roadmap's own note. */
export function canImport(app: App, file: TAbstractFile): file is TFile {
	if (!(file instanceof TFile)) return false;
	if (file.extension === "json") return true;
	if (file.extension !== "md") return false;
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter;
	return frontmatter?.roadmap === undefined;
}

/**
 * Imports a Markdown note or a roadmap.sh file into `<source name>.roadmap.yaml` beside it: created
 * the first time, afterwards given only what the source gained. The file is written whole and only
 * once it validates, so a refused import leaves no file and no half-written roadmap.
 */
export async function importRoadmapFile(app: App, source: TFile, others: readonly Roadmap[]): Promise<ImportFileResult> {
	const refuse = (why: string): ImportFileResult => ({ ok: false, message: `Nothing imported from "${source.path}": ${why}.` });
	// a huge file is refused before it is read; the importers check its text again
	if (source.stat.size > MAX_SOURCE_CHARS * 4) return refuse(`it is too large to import (${(source.stat.size / 1_000_000).toFixed(1)} MB)`);
	const imported = readSource(source, await app.vault.cachedRead(source));
	if (!imported.ok) return refuse(imported.problem);

	const path = normalizePath(roadmapFilePath(source.path));
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing !== null && !(existing instanceof TFile)) return refuse(`a folder is in the way at "${path}"`);
	let previous: RoadmapFileData | undefined;
	let before: string | undefined;
	if (existing) {
		before = await app.vault.read(existing);
		const from = importedFrom(before);
		if (from !== source.path) {
			return refuse(`"${path}" already exists and ${from === undefined ? "was not written by an import" : `holds the import of "${from}"`}; rename or move it, then import again`);
		}
		const loaded = loadRoadmap(before, path, parseYaml);
		if (!loaded.ok) return refuse(`its roadmap file cannot be read, fix it first: ${loaded.problems.slice(0, 3).map(formatRoadmapProblem).join("; ")}`);
		previous = datesAsText(parseYaml(before)) as RoadmapFileData;
	}

	const title = previous?.title ?? roadmapTitleFor(imported.roadmap.title, new Set(others.map((r) => r.title.toLowerCase())));
	const id = previous?.id ?? roadmapIdFor(title, new Set(others.map((r) => r.id)));
	const outcome = roadmapFileData({ ...imported.roadmap, title }, previous, id, source.path);
	const text = roadmapFileText(outcome.data, source.path);
	const checked = loadRoadmap(text, path, parseYaml);
	if (!checked.ok) return refuse(`the roadmap it makes is not valid: ${checked.problems.slice(0, 3).map(formatRoadmapProblem).join("; ")}`);

	if (!existing) {
		await app.vault.create(path, text);
	} else if (text !== before) {
		let changedMeanwhile = false;
		// Through the one writer: a roadmap file open in an editor is changed there, not behind it.
		await changeNote(app, existing, (current) => {
			changedMeanwhile = current !== before;
			return changedMeanwhile ? current : text;
		});
		if (changedMeanwhile) return refuse(`"${path}" changed while it was being imported; import again`);
	}
	return { ok: true, path, roadmap: checked.roadmap, again: existing !== null, added: outcome.added, addedTicked: outcome.addedTicked };
}

function readSource(source: TFile, text: string): ImportResult {
	return source.extension === "json" ? importRoadmapSh(text, source.basename) : importMarkdown(text, source.basename);
}
