import { noteLink, phaseLabel, projectLabel } from "../notes/note-names";
import { percent } from "../progress/percent";
import type { PhaseProgress, ProjectProgress, RoadmapNote, RoadmapProgress } from "../progress/progress-model";
import type { Phase, Project, Roadmap } from "../roadmap/roadmap-schema";
import { escapeMarkdown, learnerLine, webLink } from "./markdown-text";

/** What the portfolio is built from: the roadmap's progress, its notes and the learners' own key learnings. */
export interface PortfolioInput {
	progress: RoadmapProgress;
	/** The roadmap's data, when known: gives what each project practised and each phase's sections. */
	roadmap?: Roadmap;
	/** The roadmap's notes, for each project's `repository` property. */
	notes: readonly RoadmapNote[];
	/** Project note path → the first lines of its *Key learnings* section. */
	keyLearnings: ReadonlyMap<string, readonly string[]>;
}

/** How many projects the portfolio lists, for the closing notice. */
export interface PortfolioCounts {
	completed: number;
	inProgress: number;
}

// A list part whose heading names skills or tools says what a project practised.
const PRACTISED_HEADING = /skill|tech|stack|tool|librar|framework/iu;

/** Counts the completed and in-progress projects of a roadmap. */
export function portfolioCounts(progress: RoadmapProgress): PortfolioCounts {
	const projects = progress.phases.flatMap((phase) => phase.projects);
	return {
		completed: projects.filter((p) => p.complete).length,
		inProgress: projects.filter((p) => isInProgress(p)).length,
	};
}

/**
 * The generated part of the portfolio: completed projects in phase order (title, phase, completion
 * date, repository, what it practised, key learnings), the skills of completed phases, then the
 * projects in progress. Plain markdown, no queries; the same input always gives the same bytes.
 */
export function renderPortfolio(input: PortfolioInput): string {
	const { progress } = input;
	const repositories = new Map<string, string>();
	for (const note of input.notes) {
		if (note.kind === "project" && note.repository !== undefined) repositories.set(note.path, note.repository);
	}
	const dataPhases = new Map<number, Phase>((input.roadmap?.phases ?? []).map((p) => [p.number, p]));
	const lines: string[] = ["## Completed projects", ""];
	let completed = 0;
	for (const phase of progress.phases) {
		for (const project of phase.projects) {
			if (!project.complete) continue;
			completed++;
			const data = dataPhases.get(phase.number)?.projects.find((p) => p.id === project.id);
			lines.push(...completedProject(project, phase, data, project.path ? repositories.get(project.path) : undefined, input.keyLearnings), "");
		}
	}
	if (completed === 0) lines.push("No completed project yet: a project counts once every box in its note is ticked.", "");

	lines.push("## Skills covered", "");
	const finished = progress.phases.filter((p) => p.total > 0 && p.done === p.total);
	for (const phase of finished) {
		lines.push(`### ${escapeMarkdown(phaseLabel(phase))}`, "");
		for (const skill of phaseSkills(phase, dataPhases.get(phase.number))) lines.push(`- ${escapeMarkdown(skill)}`);
		lines.push("");
	}
	if (finished.length === 0) lines.push("No phase completed yet: a phase counts once every topic in its note is ticked.", "");

	lines.push("## In progress", "");
	const open = progress.phases.flatMap((phase) => phase.projects.filter((p) => isInProgress(p)));
	for (const project of open) {
		lines.push(`- ${projectName(project)}: ${project.done}/${project.total} boxes (${percent(project.done, project.total)}%)`);
	}
	if (open.length === 0) lines.push("No project in progress.");
	return `${lines.join("\n").trimEnd()}\n`;
}

/** The heading of a new portfolio note: the learner's name in it when the *Your name* setting holds one. */
export function portfolioHeading(roadmapTitle: string, learnerName = ""): string {
	const name = learnerName.trim();
	return name === "" ? `# Portfolio: ${escapeMarkdown(roadmapTitle)}` : `# Portfolio of ${escapeMarkdown(name)}: ${escapeMarkdown(roadmapTitle)}`;
}

/**
 * Puts the learner's name into a portfolio whose first line is still the unnamed generated heading
 * (the note was created before a name was set); any heading the learner wrote stays as it is.
 */
export function withNamedHeading(noteText: string, roadmapTitle: string, learnerName = ""): string {
	const unnamed = portfolioHeading(roadmapTitle);
	const named = portfolioHeading(roadmapTitle, learnerName);
	if (named === unnamed) return noteText;
	const lines = noteText.split("\n");
	let first = 0;
	if (lines[0] === "---") first = lines.indexOf("---", 1) + 1;
	while (first < lines.length && lines[first]?.trim() === "") first++;
	if (lines[first] !== unnamed) return noteText;
	lines[first] = named;
	return lines.join("\n");
}

/** A new portfolio note: a heading and a line of the learner's to keep or change, then the generated part. */
export function newPortfolioNote(roadmapTitle: string, block: string, learnerName = ""): string {
	return [
		portfolioHeading(roadmapTitle, learnerName),
		"",
		"What I built while following this roadmap. Write anything above or below the generated part: *Build portfolio* only rewrites what is between its markers.",
		"",
		block,
	].join("\n");
}

function completedProject(
	project: ProjectProgress,
	phase: PhaseProgress,
	data: Project | undefined,
	repository: string | undefined,
	keyLearnings: ReadonlyMap<string, readonly string[]>,
): string[] {
	const lines = [`### ${projectName(project)}`, ""];
	lines.push(`- **Phase:** ${phase.path ? noteLink(phase.path, phaseLabel(phase)) : escapeMarkdown(phaseLabel(phase))}`);
	lines.push(`- **Completed:** ${project.completedOn ?? "date not recorded"}`);
	if (repository !== undefined && repository.trim() !== "") {
		lines.push(`- **Repository:** ${webLink(repository) ?? `${escapeMarkdown(repository)} *(not a web address)*`}`);
	}
	const practised = data ? practisedSkills(data) : [];
	if (practised.length > 0) lines.push(`- **Practised:** ${practised.map(escapeMarkdown).join(", ")}`);
	const learnings = project.path ? (keyLearnings.get(project.path) ?? []) : [];
	if (learnings.length > 0) {
		lines.push("- **Key learnings:**");
		for (const line of learnings) lines.push(`  > ${learnerLine(line)}`);
	}
	return lines;
}

/** The project as a link to its note (or its plain name when it has no note). */
function projectName(project: ProjectProgress): string {
	const label = projectLabel(project);
	return project.path ? noteLink(project.path, label) : escapeMarkdown(label);
}

/** What a project practised: the items of its plain lists about skills, tools or tech stack. */
function practisedSkills(project: Project): string[] {
	return project.parts.filter((part) => !part.checklist && PRACTISED_HEADING.test(part.heading)).flatMap((part) => part.items ?? []);
}

// A completed phase's skills are its sections: from the roadmap data, else the note's own headings.
function phaseSkills(phase: PhaseProgress, data: Phase | undefined): string[] {
	if (data) return data.sections.map((s) => `${s.id} ${s.title}`);
	return phase.sections.map((s) => s.title);
}

function isInProgress(project: ProjectProgress): boolean {
	return !project.complete && (project.done > 0 || project.started > 0);
}
