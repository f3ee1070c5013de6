import { splitFrontmatter } from "../notes/frontmatter";
import { format } from "date-fns";
import type { RoadmapNote, RoadmapProgress } from "../progress/progress-model";
import type { RoadmapPace } from "../pace/pace";
import { paceLine, reviewPaceText } from "../pace/pace-words";
import { notePathProblem } from "../notes/note-names";
import { DEFAULT_REST_DAYS } from "../practice/streak";
import { DEFAULT_REVIEW_TEMPLATE, fillBuiltInTemplate, reviewParts, type ReviewParts } from "./review-sections";

interface ReviewInput {
	roadmapId: string;
	/** First day of the reviewed month (local time), as `reviewMonth` gives it. */
	month: Date;
	/** When the review is written, for `{{date}}` placeholders. */
	today: Date;
	/** Text of the learner's own template note, when the setting names one. */
	template: string | undefined;
	/** The roadmap's `review_template`, used when there is no (or an empty) custom template. */
	builtInTemplate: string | undefined;
	progress: RoadmapProgress;
	notes: readonly RoadmapNote[];
	/** The roadmap's pace today, for `{{pace}}` and the built-in template's pace line. */
	pace?: RoadmapPace | undefined;
	/** Rest days a streak allows (the setting), for `{{streak}}`; 1 when not given. */
	restDaysPerWeek?: number;
}

/** The default review file name format: `2026-11 Monthly review`. */
export const DEFAULT_REVIEW_FILE_FORMAT = "yyyy-MM 'Monthly review'";

const FORBIDDEN_IN_NAMES = ["/", "\\", ":", "*", "?", '"', "<", ">", "|", "#", "^", "[", "]"];

/** The first day (local time) of the month to review: this one, or the one before it. */
export function reviewMonth(now: Date, which: "this" | "previous"): Date {
	return new Date(now.getFullYear(), now.getMonth() - (which === "previous" ? 1 : 0), 1);
}

/** The review note's file name for a month, without the `.md` extension (the caller adds it). */
export function reviewFileName(fileFormat: string, month: Date): string {
	return format(month, fileFormat).trim();
}

/** Explains what is wrong with a review file name format, or returns null when it is usable. */
export function validateReviewFileFormat(fileFormat: string): string | null {
	if (fileFormat.trim() === "") return `The file name format is empty. Try ${DEFAULT_REVIEW_FILE_FORMAT}.`;
	const quoteProblem = dateFormatProblem(fileFormat);
	if (quoteProblem?.startsWith("has a quote") === true) return `The file name format ${quoteProblem}. Try ${DEFAULT_REVIEW_FILE_FORMAT}.`;
	const samples = [new Date(2026, 0, 1), new Date(2026, 1, 1), new Date(2027, 0, 1), new Date(2026, 10, 30)];
	let names: string[];
	try {
		names = samples.map((month) => reviewFileName(fileFormat, month));
	} catch (e) {
		const reason = e instanceof Error ? e.message : String(e);
		return `"${fileFormat}" is not a date-fns format (${reason}). Put plain words in single quotes, e.g. ${DEFAULT_REVIEW_FILE_FORMAT}.`;
	}
	for (const name of names) {
		const bad = FORBIDDEN_IN_NAMES.find((c) => name.includes(c));
		if (bad !== undefined) return `The file name "${name}" would contain "${bad}", which can't be used in a note name.`;
		if (name === "" || name.startsWith(".") || name.includes("..")) return `The file name "${name}" can't be used for a note.`;
		const unsafe = notePathProblem(`${name}.md`);
		if (unsafe !== undefined) return `The file name can't be used for a note: ${unsafe}`;
	}
	if (new Set(names.slice(0, 3)).size < 3) {
		return "The file name must change with the month and the year (e.g. yyyy-MM), or every review would open the same note.";
	}
	return null;
}

/** Writes the monthly review note's text: frontmatter, then the custom template or the roadmap's one, filled from the vault. */
export function renderReview(input: ReviewInput): string {
	const monthTitle = format(input.month, "MMMM yyyy");
	const monthKey = format(input.month, "yyyy-MM");
	const parts = reviewParts(monthTitle, monthKey, input.progress, input.notes, { restDaysPerWeek: input.restDaysPerWeek ?? DEFAULT_REST_DAYS, today: format(input.today, "yyyy-MM-dd") });
	if (input.pace) {
		const line = paceLine(input.pace);
		parts.pace = { text: reviewPaceText(input.pace), ...(line !== undefined ? { line } : {}) };
	}
	const own = [`roadmap: ${input.roadmapId}`, "kind: review", `month: "${monthKey}"`];
	if (input.template !== undefined && input.template.trim() !== "") {
		const { frontmatter, body } = splitFrontmatter(fillPlaceholders(input.template, parts, input.today));
		// A template that is only properties would give an empty review: fill in the built-in body instead.
		const text = body.trim() !== "" ? body.trim() : fillBuiltInTemplate(DEFAULT_REVIEW_TEMPLATE, parts);
		return noteText([...own, ...withoutKeys(frontmatter, ["roadmap", "kind", "month"])], text);
	}
	const builtIn = input.builtInTemplate?.trim() ? input.builtInTemplate : DEFAULT_REVIEW_TEMPLATE;
	const { body } = splitFrontmatter(fillPlaceholders(builtIn, parts, input.today));
	return noteText(own, fillBuiltInTemplate(body, parts));
}

/**
 * Replaces `{{month}}`, `{{date}}`, `{{date:FORMAT}}` (date-fns tokens, on today), `{{topics_covered}}`,
 * `{{projects_completed}}`, `{{next_goals}}`, `{{progress}}`, `{{pace}}`, `{{revisits}}` and `{{streak}}`; anything else, including a date
 * format date-fns refuses (such as moment's `YYYY-MM-DD`), stays as written.
 */
function fillPlaceholders(template: string, parts: ReviewParts, today: Date): string {
	return template.replace(/\{\{\s*(\w+)(?::(.*?))?\s*\}\}/g, (whole, name: string, dateFormat: string | undefined) => {
		switch (name) {
			case "month":
				return dateFormat === undefined ? parts.month : whole;
			case "date":
				if (dateFormat === undefined) return format(today, "yyyy-MM-dd");
				if (dateFormatProblem(dateFormat) !== undefined) return whole;
				return format(today, dateFormat);
			case "topics_covered":
				return parts.topicsCovered;
			case "projects_completed":
				return parts.projectsCompleted;
			case "next_goals":
				return parts.nextGoals;
			case "progress":
				return parts.progress;
			case "pace":
				return parts.pace?.text ?? reviewPaceText(undefined);
			case "revisits":
				return parts.revisits;
			case "streak":
				return parts.streak;
			default:
				return whole;
		}
	});
}

/**
 * The template's `{{date:FORMAT}}` placeholders that can't be filled (an unterminated quote, a
 * format date-fns refuses), one sentence each; they stay in the review as written.
 */
export function templateProblems(template: string): string[] {
	const problems: string[] = [];
	for (const match of template.matchAll(/\{\{\s*date:(.*?)\s*\}\}/g)) {
		const problem = dateFormatProblem(match[1] ?? "");
		if (problem !== undefined) problems.push(`${match[0]} ${problem}; it was left as written.`);
	}
	return problems;
}

// date-fns reads an unterminated quote as literal text to the end, which can silently empty a placeholder.
function dateFormatProblem(dateFormat: string): string | undefined {
	const quotes = dateFormat.replace(/''/g, "").split("'").length - 1;
	if (quotes % 2 === 1) return "has a quote (') that is never closed";
	try {
		format(new Date(2026, 0, 1), dateFormat);
		return undefined;
	} catch (e) {
		return `is not a date-fns format (${e instanceof Error ? e.message : String(e)})`;
	}
}

// Drops the template's own top-level `roadmap`/`kind`/`month` keys (and their indented values),
// keeping every other line as written, comments included.
function withoutKeys(frontmatter: readonly string[], keys: readonly string[]): string[] {
	const kept: string[] = [];
	let dropping = false;
	for (const line of frontmatter) {
		const key = /^([^\s#:][^:]*):/.exec(line)?.[1]?.trim();
		if (key !== undefined) dropping = keys.includes(key);
		else if (dropping && !/^[\s-]/.test(line)) dropping = false;
		if (!dropping) kept.push(line);
	}
	return kept;
}

function noteText(frontmatter: readonly string[], body: string): string {
	return `---\n${frontmatter.join("\n")}\n---\n\n${body}\n`;
}
