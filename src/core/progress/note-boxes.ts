import { readPlanStart } from "../pace/start-date";
import { phaseOfProject } from "../roadmap/project-id";
import type { NoteBox, RoadmapNote } from "./progress-model";
import { parseTaskLine } from "./task-line";

/** A list item as Obsidian's MetadataCache reports it (`CachedMetadata.listItems`). */
export interface CachedListItem {
	task?: string;
	position: { start: { line: number } };
}

/** A heading as Obsidian's MetadataCache reports it (`CachedMetadata.headings`). */
export interface CachedHeading {
	heading: string;
	level: number;
	position: { start: { line: number } };
}

/** Builds one box per task the MetadataCache found, with its line's text, ✅ date and nearest heading above. */
export function readNoteBoxes(
	lines: readonly string[],
	listItems: readonly CachedListItem[] | undefined,
	headings: readonly CachedHeading[] | undefined,
): NoteBox[] {
	// Obsidian already leaves out code blocks and comments, so every task item is a box.
	const tasks = (listItems ?? []).filter((item) => item.task !== undefined);
	tasks.sort((a, b) => a.position.start.line - b.position.start.line);
	const sortedHeadings = [...(headings ?? [])].sort((a, b) => a.position.start.line - b.position.start.line);
	const boxes: NoteBox[] = [];
	let next = 0;
	let heading: CachedHeading | undefined;
	let lastLine = -1;
	for (const item of tasks) {
		const line = item.position.start.line;
		// `- [ ] 1. text` is reported as two items on one line; only one box lives there.
		if (line === lastLine) continue;
		lastLine = line;
		while (next < sortedHeadings.length && (sortedHeadings[next]?.position.start.line ?? Infinity) < line) {
			heading = sortedHeadings[next];
			next++;
		}
		const parsed = parseTaskLine(lines[line] ?? "");
		const box: NoteBox = { line, char: item.task ?? " ", text: parsed?.text ?? (lines[line] ?? "").trim() };
		if (parsed?.completed !== undefined) box.completed = parsed.completed;
		if (parsed?.revisits !== undefined) box.revisits = parsed.revisits;
		if (parsed?.topicNote !== undefined) box.topicNote = parsed.topicNote;
		if (heading) {
			box.heading = heading.heading;
			box.headingLine = heading.position.start.line;
		}
		boxes.push(box);
	}
	return boxes;
}

/**
 * Reads a note's properties into a roadmap note, or null when it has no (or an empty) `roadmap` property.
 * `project: 3.1` written as a number is read as "3.1"; YAML has already turned `3.10` into 3.1 by
 * then, so such a note reads as project 3.1 (and a real 3.1 then shows as a duplicate warning).
 */
export function readRoadmapNote(path: string, frontmatter: unknown, boxes: NoteBox[]): RoadmapNote | null {
	if (!isRecord(frontmatter)) return null;
	// An emptied `roadmap:` property takes the note out of every roadmap, like a missing one.
	const id = frontmatter.roadmap;
	if (id === undefined || id === null || (typeof id === "string" && id.trim() === "")) return null;
	const problems: string[] = [];
	const note: RoadmapNote = { path, roadmap: readRoadmapId(id, problems), kind: "", boxes };

	const kind = frontmatter.kind;
	if (typeof kind === "string") note.kind = kind.trim();
	else if (kind !== undefined && kind !== null) problems.push(`kind should be text, found ${describe(kind)}`);

	const phase = readPhase(frontmatter.phase, problems);
	if (phase !== undefined) note.phase = phase;

	const project = readProject(frontmatter.project, problems);
	if (project !== undefined) {
		note.project = project;
		// A project note without `phase` still belongs to the phase its id starts with.
		note.phase ??= phaseOfProject(project);
	}

	if ((note.kind === "phase" || note.kind === "project") && note.phase === undefined && problems.length === 0) {
		problems.push("phase is missing");
	}
	if (note.kind === "project" && note.project === undefined && problems.length === 0) {
		problems.push('project is missing (it should look like "3.1")');
	}

	const title = readText(frontmatter.title);
	if (title !== undefined) note.title = title;
	const level = readText(frontmatter.level);
	if (level !== undefined) note.level = level;
	const repository = readText(frontmatter.repository);
	if (repository !== undefined) note.repository = repository;
	// Only a real calendar day is a plan start; anything else is kept aside to be shown, never replaced.
	const started = readPlanStart(frontmatter.started);
	if (started && "date" in started) note.started = started.date;
	else if (started) note.startedUnreadable = started.unreadable;

	if (problems.length > 0) note.problem = problems.join("; ");
	return note;
}

function readRoadmapId(value: unknown, problems: string[]): string {
	if (typeof value === "string") return value.trim();
	if (typeof value === "number") return String(value);
	if (Array.isArray(value) && typeof value[0] === "string") {
		problems.push(`roadmap should be a single id, found ${describe(value)}`);
		return value[0].trim();
	}
	problems.push(`roadmap should be an id, found ${describe(value)}`);
	return "";
}

function readPhase(value: unknown, problems: string[]): number | undefined {
	if (value === undefined || value === null) return undefined;
	const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
	if (Number.isInteger(n) && n > 0) return n;
	problems.push(`phase should be a number, found ${describe(value)}`);
	return undefined;
}

function readProject(value: unknown, problems: string[]): string | undefined {
	if (value === undefined || value === null) return undefined;
	const id = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined;
	if (id !== undefined && /^\d+\.\d+$/.test(id)) return id;
	problems.push(`project should look like "3.1", found ${describe(value)}`);
	return undefined;
}

function readText(value: unknown): string | undefined {
	if (typeof value === "number") return String(value);
	if (typeof value !== "string" || value.trim() === "") return undefined;
	return value.trim();
}

function describe(value: unknown): string {
	if (typeof value === "string") return `"${value}"`;
	if (Array.isArray(value)) return "a list";
	if (value === null || value === undefined) return "nothing";
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	return "a group of properties";
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
