import { isCalendarDate } from "../dates/calendar-dates";

/** The mark of one revisit on a topic's line: ` ↻ YYYY-MM-DD`. */
const REVISIT_SYMBOL = "↻";

// A revisit mark as written by the plugin or by hand: `↻`, optional spaces, a date. A mark whose
// date is no real date (`↻ 2026-02-30`) is the learner's text, not a revisit.
const MARK = /(^|[ \t]+)↻\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})(?!\d)/gu;

/** A topic's text with its revisit marks taken out, and the marks' dates in the order written. */
interface RevisitSplit {
	text: string;
	revisits: string[];
}

/**
 * Takes the `↻ YYYY-MM-DD` marks out of a task's text (as `parseTaskLine` reads it), so a revisited
 * topic keeps the text it had when it was ticked: the tick rule, re-generation and the counts know it.
 */
export function splitRevisitMarks(text: string): RevisitSplit {
	if (!text.includes(REVISIT_SYMBOL)) return { text, revisits: [] };
	const revisits: string[] = [];
	const rest = text.replace(MARK, (whole: string, _lead: string, date: string) => {
		if (!isCalendarDate(date)) return whole;
		revisits.push(date);
		return "";
	});
	return { text: revisits.length > 0 ? rest.trim() : text, revisits };
}

// Where the Tasks plugin's fields begin: the first of its signifiers after the topic's text.
const TASKS_FIELD = /[ \t]+(?:✅|📅|⏳|🛫|➕|❌|🔁|⏫|🔼|🔽|🔺|⏬|🆔|⛔|🏁)/gu;
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/;
const TASK_START = /^(?:[ \t]*>)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\][ \t]?/;

/**
 * Writes ` ↻ date` on a task line after its last revisit mark and before any Tasks field (✅ 📅 ⏳…)
 * or block id, so the Tasks plugin still reads its fields at the end of the line. A line that already
 * carries that date (or is no task line) is returned as it is.
 */
export function addRevisitMark(line: string, date: string): string {
	if (!isCalendarDate(date)) return line;
	const start = TASK_START.exec(line);
	if (!start) return line;
	const from = start[0].length;
	const body = line.slice(from);
	if (splitRevisitMarks(body).revisits.includes(date)) return line;
	let at = body.length;
	// The search starts after the last revisit mark, so fields are looked for only where they can be.
	let searchFrom = 0;
	for (const mark of body.matchAll(MARK)) searchFrom = (mark.index ?? 0) + mark[0].length;
	TASKS_FIELD.lastIndex = searchFrom;
	const field = TASKS_FIELD.exec(body);
	if (field) at = field.index;
	else {
		const blockId = BLOCK_ID.exec(body);
		if (blockId && blockId.index >= searchFrom) at = blockId.index;
	}
	const before = body.slice(0, at).trimEnd();
	return `${line.slice(0, from)}${before} ${REVISIT_SYMBOL} ${date}${body.slice(at)}`;
}
