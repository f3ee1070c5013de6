import { boxState, countBoxes } from "./box-state";
import { percent } from "./percent";
import type { NoteBox } from "./progress-model";

/** A note's own progress, as written into its `done`, `total`, `progress` and `status` properties. */
export interface NoteProgressProperties {
	done: number;
	total: number;
	/** 0–100, rounded down so a note is never shown as 100 % before its last box is ticked. */
	progress: number;
	status: NoteStatus;
	/**
	 * Project notes only: the `completed` date (`YYYY-MM-DD`, the latest ✅ date of its done boxes)
	 * while the project is complete, `null` when the property must be absent (not complete, or no
	 * box carries a date). `undefined` for other notes, whose `completed` property is not the plugin's.
	 */
	completed?: string | null;
}

type NoteStatus = "not-started" | "in-progress" | "complete";

/** Computes the progress properties of one note from its boxes; a `project` note also gets its `completed` date. */
export function noteProgressProperties(boxes: readonly NoteBox[], kind?: string): NoteProgressProperties {
	const { done, total, started } = countBoxes(boxes);
	const status = noteStatus(done, total, started);
	const props: NoteProgressProperties = { done, total, progress: percent(done, total), status };
	if (kind === "project") props.completed = status === "complete" ? (latestDoneDate(boxes) ?? null) : null;
	return props;
}

/** The latest ✅ date among the done boxes: the day the last of them was ticked. */
export function latestDoneDate(boxes: readonly NoteBox[]): string | undefined {
	let latest: string | undefined;
	for (const box of boxes) {
		if (box.completed !== undefined && boxState(box.char) === "done" && (latest === undefined || box.completed > latest)) latest = box.completed;
	}
	return latest;
}

function noteStatus(done: number, total: number, started: number): NoteStatus {
	if (total > 0 && done === total) return "complete";
	if (done > 0 || started > 0) return "in-progress";
	return "not-started";
}
