import type { BoxState, Count, NoteBox } from "./progress-model";

/** Tells what a checkbox's status character means: `x`/`X` done, `-` cancelled, `/` started, anything else open. */
export function boxState(char: string): BoxState {
	switch (char) {
		case "x":
		case "X":
			return "done";
		case "-":
			return "cancelled";
		case "/":
			return "started";
		default:
			return "open";
	}
}

/** Counts done, started and counted boxes, leaving cancelled boxes out of the total. */
export function countBoxes(boxes: readonly NoteBox[]): Count {
	const count: Count = { done: 0, total: 0, started: 0 };
	addBoxes(count, boxes);
	return count;
}

/** Adds boxes to a running count in place, so aggregations avoid building throw-away arrays. */
export function addBoxes(count: Count, boxes: readonly NoteBox[]): void {
	for (const box of boxes) {
		const state = boxState(box.char);
		if (state === "cancelled") continue;
		count.total++;
		if (state === "done") count.done++;
		else if (state === "started") count.started++;
	}
}

/** Adds one count to another in place. */
export function addCount(into: Count, other: Count): void {
	into.done += other.done;
	into.total += other.total;
	into.started += other.started;
}

/** A count of nothing, to start sums from. */
export function emptyCount(): Count {
	return { done: 0, total: 0, started: 0 };
}
