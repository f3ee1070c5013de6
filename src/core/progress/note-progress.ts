import { countBoxes } from "./box-state";
import { percent } from "./percent";
import type { NoteBox } from "./progress-model";

/** A note's own progress, as written into its `done`, `total`, `progress` and `status` properties. */
export interface NoteProgressProperties {
	done: number;
	total: number;
	/** 0–100, rounded down so a note is never shown as 100 % before its last box is ticked. */
	progress: number;
	status: NoteStatus;
}

export type NoteStatus = "not-started" | "in-progress" | "complete";

/** Computes the progress properties of one note from its boxes. */
export function noteProgressProperties(boxes: readonly NoteBox[]): NoteProgressProperties {
	const { done, total, started } = countBoxes(boxes);
	return { done, total, progress: percent(done, total), status: noteStatus(done, total, started) };
}

function noteStatus(done: number, total: number, started: number): NoteStatus {
	if (total > 0 && done === total) return "complete";
	if (done > 0 || started > 0) return "in-progress";
	return "not-started";
}
