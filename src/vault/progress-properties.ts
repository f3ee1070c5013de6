import { TFile, type App } from "obsidian";
import { noteProgressProperties, progressPropertiesChanged } from "../core/progress/note-progress";
import type { NoteUpdate } from "./progress-index";

/** Kinds of note whose `done`/`total`/`progress`/`status` properties the plugin keeps in sync. */
const TRACKED_KINDS = new Set(["phase", "project", "criteria"]);

/**
 * Writes a note's progress properties when its boxes say something else than its properties.
 * Writing only on a difference is what ends the loop: the write fires `changed`, the note is
 * re-read, and this time the properties already match.
 */
export async function syncProgressProperties(app: App, update: NoteUpdate): Promise<void> {
	const { note, frontmatter } = update;
	if (!note || note.problem || !TRACKED_KINDS.has(note.kind)) return;
	const props = noteProgressProperties(note.boxes, note.kind);
	if (!progressPropertiesChanged(frontmatter, props)) return;
	const file = app.vault.getAbstractFileByPath(update.path);
	if (!(file instanceof TFile)) return;
	await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
		fm.done = props.done;
		fm.total = props.total;
		fm.progress = props.progress;
		fm.status = props.status;
		if (props.completed === null) delete fm.completed;
		else if (props.completed !== undefined) fm.completed = props.completed;
	});
}
