import { MarkdownView, TFile, type App, type Editor } from "obsidian";
import { textChanges } from "../../core/notes/text-changes";

/** Who carried a change: the note's editor, one `Vault.process`, or nobody (nothing to change). */
type WriteOutcome = "editor" | "file" | "unchanged" | "gone";

/**
 * What a change does to a note's text: the new text, or the same text for no change. It may run more
 * than once (on the text read first, then on the text at write time), and always on the text as it is
 * then, so nothing typed or saved in between is undone.
 */
type NoteChange = (text: string) => string;

interface WriteOptions {
	/** The caller has just read the note and knows it changes: the first read is skipped. */
	known?: boolean;
}

/**
 * The one door through which the plugin changes an existing file. A note open in an editor is changed
 * in that editor, computed from the editor's own text (unsaved typing included), as one transaction of
 * the smallest changes (cursor, selection, folds and the learner's other words stay; one undo step);
 * the editor saves it. Any other file gets one `Vault.process`, and none when the text would not change.
 */
export async function changeNote(app: App, fileOrPath: TFile | string, change: NoteChange, options: WriteOptions = {}): Promise<WriteOutcome> {
	const path = typeof fileOrPath === "string" ? fileOrPath : fileOrPath.path;
	const editor = openEditor(app, path);
	if (editor) return changeInEditor(editor, change);
	const file = typeof fileOrPath === "string" ? app.vault.getFileByPath(path) : fileOrPath;
	if (!(file instanceof TFile)) return "gone";
	if (!options.known) {
		// Decided on the text read first, so an unchanged note is never written (not even its time).
		const read = await app.vault.read(file);
		if (change(read) === read) return "unchanged";
	}
	let changed = false;
	await app.vault.process(file, (text) => {
		const next = change(text);
		changed = next !== text;
		return next;
	});
	return changed ? "file" : "unchanged";
}

/** The text of a note as the learner sees it: its editor's (unsaved typing included), else the file's. */
export async function readNote(app: App, path: string): Promise<string | undefined> {
	const editor = openEditor(app, path);
	if (editor) return editor.getValue();
	const file = app.vault.getFileByPath(path);
	return file ? app.vault.read(file) : undefined;
}

/** Whether an editor holds this note (its changes then belong in that editor's transactions). */
export function isOpenInEditor(app: App, path: string): boolean {
	return openEditor(app, path) !== undefined;
}

// The first tab showing the note: a note open in two panes is one document, linked by Obsidian.
function openEditor(app: App, path: string): Editor | undefined {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
	}
	return undefined;
}

function changeInEditor(editor: Editor, change: NoteChange): WriteOutcome {
	const text = editor.getValue();
	const changes = textChanges(text, change(text));
	if (changes.length === 0) return "unchanged";
	// Positions are in the text before the transaction, as Obsidian's `Editor.transaction` takes them.
	editor.transaction({ changes: changes.map((c) => ({ from: editor.offsetToPos(c.from), to: editor.offsetToPos(c.to), text: c.insert })) });
	return "editor";
}
