import { boxState } from "../progress/box-state";
import { parseTaskLine } from "../progress/task-line";

/** The topic to mark revisited: where it was seen, and its text (a line that moved is found by it). */
export interface RevisitTarget {
	path: string;
	line: number;
	text: string;
}

/**
 * The line of the done topic to mark revisited: the line it was seen at when it still reads the same,
 * else the nearest done line with its text, else its own line when that is still done and begins with
 * the topic's text (the learner typed words after it, maybe not saved yet). Undefined when none is.
 */
export function findRevisitTopic(lines: readonly string[], target: RevisitTarget): number | undefined {
	const doneText = (i: number): string | undefined => {
		const task = parseTaskLine(lines[i] ?? "");
		return task !== null && boxState(task.char) === "done" ? task.text : undefined;
	};
	if (doneText(target.line) === target.text) return target.line;
	let best: number | undefined;
	for (let i = 0; i < lines.length; i++) {
		if (doneText(i) === target.text && (best === undefined || Math.abs(i - target.line) < Math.abs(best - target.line))) best = i;
	}
	if (best !== undefined) return best;
	return target.text !== "" && doneText(target.line)?.startsWith(target.text) === true ? target.line : undefined;
}
