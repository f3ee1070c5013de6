import { parseDuration } from "../pace/durations";
import { checkImported, cleanText, sizeProblem, type ImportedPhase, type ImportedSection, type ImportedTopic, type ImportResult } from "./imported-roadmap";

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const CHECKBOX = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\][ \t]+(.*)$/u;
const FENCE = /^[ \t]*(`{3,}|~{3,})/u;
const TABLE_DIVIDER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/u;
const DONE_DATE = /[ \t]*✅[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/u;
// "Duration", "Effort", "Time", "Weeks"…: what a course table calls the time a row takes
const DURATION_HEADER = /\b(duration|length|weeks?|time)\b/iu;
const EFFORT_HEADER = /\b(effort|hours|workload)\b/iu;

interface PhaseDraft extends ImportedPhase {
	/** The values of the duration column of the tables in this phase, row by row. */
	rowDurations: string[];
}

/**
 * Reads a Markdown checklist or course table: the first `#` heading is the title (else `fileName`),
 * each `##` heading a phase, deeper headings sections, each checkbox item (nested too) and each table
 * row a topic; ticked items keep their ✅ date. Returns the roadmap or, for a note with none, why.
 */
export function importMarkdown(text: string, fileName: string): ImportResult {
	const tooLarge = sizeProblem(text);
	if (tooLarge !== undefined) return { ok: false, problem: tooLarge };
	const lines = withoutFrontmatter(text.split(/\r?\n/u));
	let title: string | undefined;
	const phases: PhaseDraft[] = [];
	let fence: string | undefined;
	const phase = (): PhaseDraft => {
		const last = phases.at(-1);
		if (last) return last;
		const lead: PhaseDraft = { title: "", sections: [], rowDurations: [] };
		phases.push(lead);
		return lead;
	};
	const section = (): ImportedSection => {
		const current = phase();
		const last = current.sections.at(-1);
		if (last) return last;
		const first: ImportedSection = { title: current.title, topics: [] };
		current.sections.push(first);
		return first;
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const fenceMark = FENCE.exec(line)?.[1];
		if (fence !== undefined) {
			if (fenceMark !== undefined && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
			continue;
		}
		if (fenceMark !== undefined) {
			fence = fenceMark;
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			const level = heading[1]?.length ?? 1;
			const words = cleanText(heading[2] ?? "");
			if (words === "") continue;
			if (level === 1 && title === undefined) title = words;
			else if (level <= 2) phases.push({ title: words, sections: [], rowDurations: [] });
			else phase().sections.push({ title: words, topics: [] });
			continue;
		}
		const box = CHECKBOX.exec(line);
		if (box) {
			const topic = readCheckbox(box[1] ?? " ", box[2] ?? "");
			if (topic) section().topics.push(topic);
			continue;
		}
		if (line.includes("|") && TABLE_DIVIDER.test(lines[i + 1] ?? "") && (lines[i + 1] ?? "").includes("-")) {
			const rows: string[][] = [];
			let next = i + 2;
			for (; next < lines.length && (lines[next] ?? "").includes("|") && (lines[next] ?? "").trim() !== ""; next++) rows.push(tableCells(lines[next] ?? ""));
			readTable(tableCells(line), rows, section(), phase());
			i = next - 1;
		}
	}

	const roadmapTitle = title ?? (cleanText(fileName) || "Imported roadmap");
	const finished: ImportedPhase[] = phases.map(({ rowDurations, ...draft }) => {
		const named = draft.title === "" ? roadmapTitle : draft.title;
		const sections = draft.sections.map((s) => (s.title === "" ? { ...s, title: named } : s));
		const duration = phaseDuration(rowDurations);
		return { ...draft, title: named, sections, ...(duration === undefined ? {} : { duration }) };
	});
	return checkImported({ title: roadmapTitle, phases: finished }, "it has no checkbox items and no tables to import");
}

function withoutFrontmatter(lines: string[]): string[] {
	if (lines[0]?.trim() !== "---") return lines;
	const end = lines.findIndex((line, i) => i > 0 && (line.trim() === "---" || line.trim() === "..."));
	return end === -1 ? lines : lines.slice(end + 1);
}

function readCheckbox(state: string, rest: string): ImportedTopic | undefined {
	const date = DONE_DATE.exec(rest)?.[1];
	const text = cleanText(rest.replace(DONE_DATE, ""));
	if (text === "") return undefined;
	return state === "x" || state === "X" ? { text, ticked: date ?? "" } : { text };
}

/** The cells of a table row; an escaped `\|` stays inside its cell. */
function tableCells(line: string): string[] {
	const inner = line.trim().replace(/^\|/u, "").replace(/(?<!\\)\|$/u, "");
	return inner.split(/(?<!\\)\|/u).map((cell) => cleanText(cell));
}

function readTable(header: string[], rows: string[][], section: ImportedSection, phase: PhaseDraft): void {
	const durationColumn = columnOf(header, DURATION_HEADER) ?? columnOf(header, EFFORT_HEADER);
	for (const row of rows) {
		const first = row[0] ?? "";
		const box = /^\[(.)\][ \t]+(.*)$/u.exec(first);
		const topic = box ? readCheckbox(box[1] ?? " ", box[2] ?? "") : readCheckbox(" ", first);
		if (!topic) continue;
		section.topics.push(topic);
		const duration = durationColumn === undefined ? undefined : row[durationColumn];
		if (duration !== undefined && duration !== "") phase.rowDurations.push(duration);
	}
}

function columnOf(header: string[], name: RegExp): number | undefined {
	const index = header.findIndex((cell, i) => i > 0 && name.test(cell));
	return index === -1 ? undefined : index;
}

/**
 * A phase's duration from its rows: their sum in weeks when every row reads as one (`13 weeks`,
 * `2-3 months`), else the rows' one shared value, else none (the phase then has no plan).
 */
function phaseDuration(values: string[]): string | undefined {
	if (values.length === 0) return undefined;
	const ranges = values.map(parseDuration);
	if (ranges.every((range) => range !== undefined)) {
		const low = Math.round(ranges.reduce((sum, r) => sum + (r?.minWeeks ?? 0), 0));
		const high = Math.round(ranges.reduce((sum, r) => sum + (r?.maxWeeks ?? 0), 0));
		if (high >= 1) return low === high || low < 1 ? `${high} weeks` : `${low}-${high} weeks`;
	}
	const distinct = [...new Set(values)];
	return distinct.length === 1 ? distinct[0] : undefined;
}
