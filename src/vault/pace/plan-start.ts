import { parseYaml, type App } from "obsidian";
import { applyLineEdits, propertyEdits } from "../../core/notes/frontmatter";
import { chooseOverview } from "../../core/progress/overview-note";
import type { RoadmapNote } from "../../core/progress/progress-model";
import { changeNote } from "../writer/note-writer";

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
	let outcome = "unchanged" as StartOutcome;
	// Decided on the text as the writer holds it (the editor's, else the file's at write time).
	const via = await changeNote(app, overview.path, (text) => {
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		const lines = text.split(/\r?\n/);
		const edits = propertyEdits(lines, values, parseYaml);
		if (edits.length === 0) {
			outcome = readable(lines) ? "unchanged" : "unreadable";
			return text;
		}
		outcome = "written";
		return applyLineEdits(lines, edits).join(eol);
	});
	return via === "gone" ? "no-overview" : outcome;
}

// A note whose properties block cannot be read gets no edits: tell that apart from "already so".
function readable(lines: readonly string[]): boolean {
	return propertyEdits(lines, { started: "0000-00-00" }, parseYaml).length > 0;
}
