import { normalizePath, TFile, type App } from "obsidian";
import { joinVaultPath } from "../../core/notes/note-names";
import { ROADMAP_BASE_FILE, roadmapBaseState, roadmapBaseText } from "../../core/portfolio/roadmap-base";
import { ensureFolder, parentOf } from "../notes/folders";
import { changeNote } from "../writer/note-writer";
import type { LoadedRoadmap } from "../roadmaps/roadmap-library";

/**
 * What *Generate* did with `Roadmap.base`: `kept` means the learner's own (changed) file is there,
 * `skipped` that something else (a folder) is in the way and is reported like any file in the way.
 */
export type BaseFileOutcome = "created" | "updated" | "unchanged" | "kept" | "skipped";

/**
 * Writes the roadmap's `Roadmap.base` beside its notes, with the rules of the notes: created when
 * missing, brought up to date only while it is still the plugin's unchanged text, never overwritten
 * once the learner changed it. An up-to-date file is not written at all.
 */
export async function writeRoadmapBase(app: App, loaded: LoadedRoadmap): Promise<BaseFileOutcome> {
	const id = loaded.roadmap.id;
	const path = normalizePath(joinVaultPath(loaded.folder, ROADMAP_BASE_FILE));
	const text = roadmapBaseText(id);
	const existing = app.vault.getAbstractFileByPath(path);
	if (!existing) {
		await ensureFolder(app, parentOf(path));
		await app.vault.create(path, text);
		return "created";
	}
	if (!(existing instanceof TFile)) return "skipped";
	const state = roadmapBaseState(await app.vault.read(existing), id);
	if (state !== "ours-outdated") return state === "current" ? "unchanged" : "kept";
	// Checked again on the text at write time: the learner may have changed it since it was read.
	const outcome = await changeNote(app, existing, (current) => (roadmapBaseState(current, id) === "ours-outdated" ? text : current), { known: true });
	return outcome === "file" || outcome === "editor" ? "updated" : "kept";
}
