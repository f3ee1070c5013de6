import { splitRevisitMarks } from "../practice/revisit-marks";
import { readTopicLink, shownText } from "../topics/topic-link";

/** A markdown task line, read the way the learner wrote it. */
export interface TaskLine {
	/** The character between the brackets, kept as written. */
	char: string;
	/** The text after `- [ ] `, without a trailing ✅ date (and what follows it) or block id; a leading topic-note link reads as the words it shows. */
	text: string;
	/** The target of the link to the topic's own note its words carry (`[[target|words]]`), if any. */
	topicNote?: string;
	/** The ✅ completion date (`YYYY-MM-DD`), if the line carries one. */
	completed?: string;
	/** The dates of its `↻ YYYY-MM-DD` revisit marks, in the order written (absent when none). */
	revisits?: string[];
}

// Any indent, nested `>` quotes and callouts, bullets `-` `*` `+` and ordered `1.` `1)` markers.
const TASK = /^((?:[ \t]*>)*[ \t]*)([-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t]+(.*?)|[ \t]*)$/u;
// The Tasks plugin's done date; 📅 ⏳ 🛫 ➕ ❌ are other dates and never read as completion.
const DONE_DATE = /(^|[ \t]+)✅\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})(?!\d)/gu;
const BLOCK_ID = /[ \t]+(\^[A-Za-z0-9-]+)[ \t]*$/;
// What may follow a completion date: tags, a block id, or more of the Tasks plugin's fields. A ✅ date
// followed by plain words is part of the learner's (or the roadmap's) text, not a completion.
const AFTER_DONE_DATE = /^(?:[ \t]+#[^\s#]+)*(?:[ \t]+\^[A-Za-z0-9-]+)?[ \t]*$|^[ \t]+(?:↻|📅|⏳|🛫|➕|❌|🔁|⏫|🔼|🔽|🔺|⏬|🆔|⛔|🏁)/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// A note's lines are read again on every version of it (the index, the write decision, the editor), and
// all but the changed one read as before: each line's reading is remembered, a few thousand at most.
const READINGS_KEPT = 4096;
const readings = new Map<string, Readonly<TaskLine> | null>();

/**
 * Reads a markdown task line into its status character, text and ✅ date, or null when the line is no
 * task. The same line always gives the same (shared) reading: treat it as read-only.
 */
export function parseTaskLine(line: string): Readonly<TaskLine> | null {
	const known = readings.get(line);
	if (known !== undefined) return known;
	if (readings.size >= READINGS_KEPT) readings.clear();
	const task = readTaskLine(line);
	readings.set(line, task);
	return task;
}

function readTaskLine(line: string): TaskLine | null {
	const match = TASK.exec(line);
	if (!match) return null;
	const char = match[3] ?? " ";
	const rest = match[4] ?? "";
	const done = lastDoneDate(rest);
	const task: TaskLine = done ? { char, text: rest.slice(0, done.index).trimEnd(), completed: done.date } : { char, text: rest.replace(BLOCK_ID, "").trimEnd() };
	// Revisit marks are not part of the topic's text: a revisited topic is the topic it was when ticked.
	// Marks are read anywhere on the line (a hand-written one may follow the ✅ date).
	const { revisits } = splitRevisitMarks(rest);
	if (revisits.length > 0) {
		task.text = splitRevisitMarks(task.text).text;
		task.revisits = revisits;
	}
	// A topic linked to its own note is the same topic: it is known by the words the link shows.
	const link = readTopicLink(task.text);
	if (link !== undefined) {
		task.text = shownText(task.text);
		task.topicNote = link.target;
	}
	return task;
}

/** Appends ` ✅ YYYY-MM-DD` to a task line, before a trailing block id, unless the line already carries a ✅ date. */
export function stampCompletion(line: string, date: string): string {
	if (!DATE.test(date)) return line;
	const task = parseTaskLine(line);
	if (!task || task.completed !== undefined) return line;
	const blockId = BLOCK_ID.exec(line);
	if (blockId) return `${line.slice(0, blockId.index).trimEnd()} ✅ ${date} ${blockId[1] ?? ""}`;
	return `${line.trimEnd()} ✅ ${date}`;
}

/** Removes exactly the ` ✅ YYYY-MM-DD` marker with that date from a task line, leaving everything else as written. */
export function removeCompletion(line: string, date: string): string {
	if (!DATE.test(date) || !parseTaskLine(line)) return line;
	let last: RegExpExecArray | undefined;
	for (const match of line.matchAll(DONE_DATE)) {
		if (match[2] === date) last = match;
	}
	if (!last) return line;
	return line.slice(0, last.index) + line.slice(last.index + last[0].length);
}

// The last ✅ date that ends the line's text (only tags, a block id or Tasks fields after it).
function lastDoneDate(text: string): { index: number; date: string } | undefined {
	let found: { index: number; date: string } | undefined;
	for (const match of text.matchAll(DONE_DATE)) {
		if (AFTER_DONE_DATE.test(text.slice(match.index + match[0].length))) found = { index: match.index, date: match[2] ?? "" };
	}
	return found;
}
