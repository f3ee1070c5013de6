import { MarkdownView, parseYaml, TFile, type App, type Editor } from "obsidian";
import { applyLineEdits, propertyEdits, type LineEdit } from "../core/notes/frontmatter";
import { chooseOverview } from "../core/progress/overview-note";
import type { RoadmapNote } from "../core/progress/progress-model";

/** What became of a write of the plan's start. */
export type StartOutcome = "written" | "unchanged" | "no-overview" | "unreadable";

/** The roadmap's overview note (`kind: overview`) that counts, which carries the plan's `started` property. */
export function overviewNoteOf(notes: readonly RoadmapNote[], roadmapId: string, generatedPath?: string): RoadmapNote | undefined {
	return chooseOverview(notes, roadmapId, generatedPath);
}

/**
 * Sets the overview note's `started` property to `date`, and nothing else: through its editor when the
 * note is open (one undo step), else with one `Vault.process`; nothing when it already says so.
 */
export async function writeStarted(app: App, overview: RoadmapNote | undefined, date: string): Promise<StartOutcome> {
	if (!overview) return "no-overview";
	const values = { started: date };
	const editor = openEditor(app, overview.path);
	if (editor) {
		const lines = editor.getValue().split("\n");
		const edits = propertyEdits(lines, values, parseYaml);
		if (edits.length === 0) return readable(lines) ? "unchanged" : "unreadable";
		applyInEditor(editor, lines, edits);
		return "written";
	}
	const file = app.vault.getFileByPath(overview.path);
	if (!(file instanceof TFile)) return "no-overview";
	const before = (await app.vault.cachedRead(file)).split(/\r?\n/);
	if (propertyEdits(before, values, parseYaml).length === 0) return readable(before) ? "unchanged" : "unreadable";
	let outcome: StartOutcome = "unchanged";
	await app.vault.process(file, (text) => {
		// Decided again on the text being written, so typing saved in between is kept.
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		const lines = text.split(/\r?\n/);
		const edits = propertyEdits(lines, values, parseYaml);
		if (edits.length === 0) return text;
		outcome = "written";
		return applyLineEdits(lines, edits).join(eol);
	});
	return outcome;
}

// A note whose properties block cannot be read gets no edits: tell that apart from "already so".
function readable(lines: readonly string[]): boolean {
	return propertyEdits(lines, { started: "0000-00-00" }, parseYaml).length > 0;
}

function applyInEditor(editor: Editor, lines: readonly string[], edits: readonly LineEdit[]): void {
	for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
		const insert = edit.lines.map((l) => `${l}\n`).join("");
		const to = edit.to < lines.length ? { line: edit.to, ch: 0 } : { line: lines.length - 1, ch: (lines[lines.length - 1] ?? "").length };
		editor.replaceRange(insert, { line: edit.from, ch: 0 }, to);
	}
}

function openEditor(app: App, path: string): Editor | undefined {
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
	}
	return undefined;
}
