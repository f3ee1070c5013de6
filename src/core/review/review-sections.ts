import { headingWords } from "../notes/note-outline";
import { noteLink } from "../notes/note-names";
import { boxState } from "../progress/box-state";
import { percent } from "../progress/percent";
import type { NoteBox, RoadmapNote, RoadmapProgress } from "../progress/progress-model";
import { revisitedIn, streakLine, type ReviewPractice } from "./review-practice";
import { countedNotes } from "../practice/practice-summary";

/** The parts of a monthly review that are filled in from the vault. */
export interface ReviewParts {
	/** `November 2026` */
	month: string;
	topicsCovered: string;
	projectsCompleted: string;
	nextGoals: string;
	/** `42% (165/392)` */
	progress: string;
	/** The pace for `{{pace}}` (bullets: verdict, plan, projection), and its one line for the built-in template; absent without a plan. */
	pace?: { text: string; line?: string };
	/** The topics revisited in the month (`{{revisits}}`). */
	revisits: string;
	/** `Current streak: 12 days (longest: 30 days), on 2026-11-30.` (`{{streak}}`) */
	streak: string;
}

/** Builds the review's filled-in parts for the month `YYYY-MM` from the roadmap's progress and notes. */
export function reviewParts(monthTitle: string, monthKey: string, progress: RoadmapProgress, notes: readonly RoadmapNote[], practice: ReviewPractice): ReviewParts {
	const byPath = new Map<string, RoadmapNote>();
	for (const note of notes) byPath.set(note.path, note);
	return {
		month: monthTitle,
		topicsCovered: topicsCovered(monthKey, progress, byPath),
		projectsCompleted: projectsCompleted(monthKey, progress, byPath),
		nextGoals: nextGoals(progress),
		progress: `${percent(progress.overall.done, progress.overall.total)}% (${progress.overall.done}/${progress.overall.total})`,
		revisits: revisitedIn(monthKey, progress, notes),
		streak: streakLine(monthKey, countedNotes(notes, progress), practice),
	};
}

/**
 * A topic is covered in a month when its box is ticked now and its ✅ date falls in that month. A box
 * unticked while the plugin was off keeps its date on the line (the plugin removes a date only when it sees the untick),
 * so the date alone never counts.
 */
function coveredIn(box: NoteBox, monthKey: string): boolean {
	return boxState(box.char) === "done" && box.completed !== undefined && box.completed.startsWith(`${monthKey}-`);
}

// Plain bullets, never checkboxes: a review must not look like work still to tick.
function topicsCovered(monthKey: string, progress: RoadmapProgress, byPath: ReadonlyMap<string, RoadmapNote>): string {
	const lines: string[] = [];
	for (const phase of progress.phases) {
		const note = phase.path === undefined ? undefined : byPath.get(phase.path);
		if (!note) continue;
		const topics = note.boxes.filter((b) => coveredIn(b, monthKey));
		if (topics.length === 0) continue;
		if (lines.length > 0) lines.push("");
		const name = `Phase ${phase.number}`;
		lines.push(`#### ${phase.title === name ? name : `${name}: ${phase.title}`}`);
		for (const topic of topics) lines.push(`- ${noteLink(topic.topicNote ?? note.path, topic.text)} (${topic.completed ?? ""})`);
	}
	return lines.length > 0 ? lines.join("\n") : "- Nothing dated this month.";
}

function projectsCompleted(monthKey: string, progress: RoadmapProgress, byPath: ReadonlyMap<string, RoadmapNote>): string {
	const lines: string[] = [];
	for (const phase of progress.phases) {
		for (const project of phase.projects) {
			if (!project.complete || project.path === undefined || !project.completedOn?.startsWith(`${monthKey}-`)) continue;
			const name = project.title === `Project ${project.id}` ? project.title : `${project.id} ${project.title}`;
			lines.push(`- ${noteLink(project.path, name)}`);
			lines.push(`  - Status: ✅ Complete (${project.completedOn})`);
			const repository = byPath.get(project.path)?.repository;
			lines.push(repository !== undefined ? `  - Repository: ${repository}` : "  - Repository:");
			lines.push("  - Key learnings:");
		}
	}
	return lines.length > 0 ? lines.join("\n") : "- No project completed this month.";
}

function nextGoals(progress: RoadmapProgress): string {
	if (progress.upNext.length === 0) return "- No open topic left.";
	return progress.upNext
		.map((item) => `- ${noteLink(item.topicNote ?? item.path, item.text)}${item.phase !== undefined ? ` (Phase ${item.phase})` : ""}`)
		.join("\n");
}


/** Used when the roadmap brings no review template: the same sections as the default roadmap's. */
export const DEFAULT_REVIEW_TEMPLATE = `## Month: [Month Year]

### Topics Covered

### Projects Completed

### Skills Acquired
- Technical Skills:
- Soft Skills:

### Challenges Faced
1. Challenge:
   - Solution:

### Next Month Goals

### Resources Used
- Course:
- Books:
- Articles:
`;

type Filled = "topics" | "revisited" | "projects" | "goals";

const FILLED_SECTIONS: { kind: Filled; title: string; matches: (heading: string) => boolean }[] = [
	{ kind: "topics", title: "Topics Covered", matches: (h) => h.includes("topics covered") },
	{ kind: "revisited", title: "Revisited", matches: (h) => h.startsWith("revisited") },
	{ kind: "projects", title: "Projects Completed", matches: (h) => h.includes("projects completed") },
	{ kind: "goals", title: "Next Month Goals", matches: (h) => h.includes("next month") },
];

const HEADING = /^(#{1,6})[ \t]+(.*)$/;

/**
 * Fills a roadmap's review template: the month into its `Month` heading followed by the progress
 * line, and the topics, projects and goals sections replaced by what the vault holds; every other
 * section (skills, challenges, resources) is kept as written for the learner.
 */
export function fillBuiltInTemplate(template: string, parts: ReviewParts): string {
	const lines = template.replace(/\r\n/g, "\n").replace(/\[Month Year\]/g, parts.month).split("\n");
	const out: string[] = [];
	const filled = new Set<Filled>();
	let skipBelowLevel = 0;
	let progressWritten = false;
	for (const line of lines) {
		const heading = HEADING.exec(line);
		const level = heading ? (heading[1] ?? "").length : 0;
		if (skipBelowLevel > 0) {
			if (!heading || level > skipBelowLevel) continue;
			skipBelowLevel = 0;
		}
		out.push(line);
		if (!heading) continue;
		const title = headingWords(heading[2] ?? "");
		if (!progressWritten && title.startsWith("month")) {
			out.push("", `Overall progress: ${parts.progress}`);
			if (parts.pace?.line !== undefined) out.push(`Pace: ${parts.pace.line}`);
			out.push("", parts.streak);
			progressWritten = true;
			continue;
		}
		const section = FILLED_SECTIONS.find((s) => s.matches(title));
		if (!section || filled.has(section.kind)) continue;
		filled.add(section.kind);
		out.push(sectionText(section.kind, parts), "");
		skipBelowLevel = level;
		// Revisits belong beside the topics covered: a template without its own section gets one there.
		if (section.kind === "topics" && !lines.some((l) => headingWords(HEADING.exec(l)?.[2] ?? "").startsWith("revisited"))) {
			out.push(`${"#".repeat(level)} Revisited`, parts.revisits, "");
			filled.add("revisited");
		}
	}
	// A template without these sections still gets them: they are what the review is for.
	for (const section of FILLED_SECTIONS) {
		if (!filled.has(section.kind)) out.push("", `### ${section.title}`, sectionText(section.kind, parts));
	}
	const body = out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
	return progressWritten ? body : `## Month: ${parts.month}\n\nOverall progress: ${parts.progress}\n\n${parts.streak}\n\n${body}`;
}

function sectionText(kind: Filled, parts: ReviewParts): string {
	if (kind === "topics") return parts.topicsCovered;
	if (kind === "revisited") return parts.revisits;
	if (kind === "projects") return parts.projectsCompleted;
	return parts.nextGoals;
}
