/**
 * What the simulated learner knows about their roadmap, kept by hand beside the plugin: the state of
 * every box, the words typed on it, the earliest day it can carry as its ✅ date, and whether its note's
 * properties can be trusted. `checkInvariants` compares it, and the rules built on it, with the files.
 */
import { format } from "date-fns";

export type NoteKey = "phase1" | "project" | "phase2";
export const NOTE_KEYS: readonly NoteKey[] = ["phase1", "project", "phase2"];

const FOLDER = "Learning Roadmap/SQL Basics";
export const ORIGINAL_PATHS: Record<NoteKey, string> = {
	phase1: `${FOLDER}/Phase 01 - Querying/Phase 01 - Querying.md`,
	project: `${FOLDER}/Phase 01 - Querying/Project 1.1 - Library Report.md`,
	phase2: `${FOLDER}/Phase 02 - Joining Tables/Phase 02 - Joining Tables.md`,
};
export const TOPICS: Record<NoteKey, readonly string[]> = {
	phase1: ["SELECT and FROM", "Filtering with WHERE", "Sorting with ORDER BY", "COUNT, SUM and AVG", "GROUP BY and HAVING"],
	project: ["Load the sample database", "Write one query per question"],
	phase2: ["INNER JOIN", "LEFT JOIN", "Joining three tables"],
};
/** The progress view's bar of each phase note. */
export const PHASE_BARS: Partial<Record<NoteKey, string>> = { phase1: "Phase 1: Querying", phase2: "Phase 2: Joining Tables" };
export const OVERALL_BAR = "Overall: SQL Basics";

/** Whether a done box must, must not, or may carry a ✅ date. */
export type Dated = "yes" | "no" | "any";

export interface BoxModel {
	char: string;
	dated: Dated;
	/** The day the box was ticked: its date may not be earlier. */
	notBefore?: string;
	/** The ✅ date the box was seen with since it was ticked: it may not change while the box stays done. */
	date?: string;
	/** Words the learner typed on the line, in order: none may be lost. */
	words: string[];
}

export interface NoteModel {
	path: string;
	boxes: Record<string, BoxModel>;
	/** False when the properties were left as they were on purpose (their setting off). */
	propertiesTrusted: boolean;
}

export interface Settings {
	recordCompletionDates: boolean;
	syncProgressProperties: boolean;
	showStatusBar: boolean;
}

export interface Model {
	notes: Partial<Record<NoteKey, NoteModel>>;
	settings: Settings;
	/** The note open in the editor, and what each undo step there gives back. */
	open?: { key: NoteKey; undo: Array<{ boxes: Record<string, BoxModel>; steps: number }> };
	progressViewOpen: boolean;
	nextWord: number;
}

/** The generated roadmap as the learner finds it: every box open, nothing typed. */
export function freshNote(key: NoteKey, path = ORIGINAL_PATHS[key]): NoteModel {
	return { path, boxes: Object.fromEntries(TOPICS[key].map((t) => [t, { char: " ", dated: "no", words: [] }])), propertiesTrusted: true };
}

export function initialModel(): Model {
	return {
		notes: Object.fromEntries(NOTE_KEYS.map((k) => [k, freshNote(k)])),
		settings: { recordCompletionDates: true, syncProgressProperties: true, showStatusBar: true },
		progressViewOpen: true,
		nextWord: 1,
	};
}

export function copyBoxes(boxes: Record<string, BoxModel>): Record<string, BoxModel> {
	return Object.fromEntries(Object.entries(boxes).map(([t, b]) => [t, { ...b, words: [...b.words] }]));
}

/** The learner's local date now (the process's time zone). */
export function today(): string {
	return format(new Date(), "yyyy-MM-dd");
}

export const isDone = (char: string): boolean => char === "x" || char === "X";

/** A box set to `char` by the learner or a synced device on `day`, with dates recorded or not. */
export function setChar(box: BoxModel, char: string, day: string, recording: boolean, syncedDate?: string): void {
	const was = isDone(box.char);
	const now = isDone(char);
	box.char = char;
	if (!was && now) {
		box.dated = syncedDate !== undefined ? "yes" : recording ? "yes" : "no";
		box.notBefore = syncedDate ?? day;
		box.date = syncedDate;
	} else if (was && !now) {
		box.dated = "no";
		box.notBefore = undefined;
		box.date = undefined;
	}
}

/** The note's counts by the product's rules: x/X done, `-` left out, `/` started. */
export function counts(chars: readonly string[]): { done: number; total: number; started: number; progress: number; status: string } {
	const done = chars.filter(isDone).length;
	const total = chars.filter((c) => c !== "-").length;
	const started = chars.filter((c) => c === "/").length;
	const progress = total > 0 ? Math.floor((done * 100) / total) : 0;
	const status = total > 0 && done === total ? "complete" : done > 0 || started > 0 ? "in-progress" : "not-started";
	return { done, total, started, progress, status };
}

/** Streaks as the product defines them, written out plainly: one rest day allowed in any seven. */
export function expectedStreaks(dates: Iterable<string>, todayDate: string, restDays = 1): { current: number; longest: number } {
	const dayOf = (d: string) => Math.round(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000);
	const end = dayOf(todayDate);
	const active = new Set([...dates].map(dayOf).filter((d) => d <= end));
	if (active.size === 0) return { current: 0, longest: 0 };
	let run = 0;
	let longest = 0;
	const rests: number[] = [];
	for (let day = Math.min(...active); day <= end; day++) {
		if (active.has(day)) longest = Math.max(longest, ++run);
		else if (run > 0 && day < end) {
			rests.push(day);
			while (rests.length > 0 && rests[0] <= day - 7) rests.shift();
			if (rests.length > restDays) {
				run = 0;
				rests.length = 0;
			}
		}
	}
	return { current: run, longest };
}

/** A box line of a note: its character and the text after `] `. */
export interface BoxLine {
	index: number;
	char: string;
	rest: string;
}

export function boxLines(text: string): BoxLine[] {
	return text.split("\n").flatMap((line, index) => {
		const m = /^\s*[-*+] \[(.)\] (.*)$/.exec(line);
		return m ? [{ index, char: m[1], rest: m[2] }] : [];
	});
}

/** The lines of `topic`: its text first, then the learner's words or a date. */
export function linesOf(text: string, topic: string): BoxLine[] {
	return boxLines(text).filter((b) => b.rest === topic || b.rest.startsWith(`${topic} `));
}

export const DATE_MARK = /✅ (\d{4}-\d{2}-\d{2})/g;
