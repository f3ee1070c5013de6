import { NoteBody } from "./note-body";
import {
	noteLink,
	overviewNotePath,
	phaseLabel,
	phaseNotePath,
	portfolioNotePath,
	projectLabel,
	projectNotePath,
} from "./note-names";
import type { PlannedNote } from "./planned-note";
import type { Phase, Project, ProjectPart, Roadmap } from "../roadmap/roadmap-schema";

/** Renders a phase note: its topics as boxes under section headings, then links to its projects. */
export function renderPhaseNote(roadmap: Roadmap, phase: Phase, folder: string): PlannedNote {
	const body = new NoteBody()
		.heading(1, phaseLabel(phase))
		.paragraph(
			[
				`**Duration:** ${phase.duration} | **Level:** ${phase.level}`,
				`**Roadmap:** ${noteLink(overviewNotePath(folder), roadmap.title)}`,
			].join("\n"),
		)
		.heading(2, "Topics");
	for (const section of phase.sections) {
		body.heading(3, `${section.id} ${section.title}`).list(section.topics, { checkbox: true, ...(section.ticked ? { ticked: section.ticked } : {}) });
	}
	if (phase.projects.length > 0) {
		const links = phase.projects.map((project) =>
			noteLink(projectNotePath(folder, phase, project), projectLabel(project)),
		);
		// links, not boxes: a phase's boxes are exactly its topics
		body.heading(2, "Projects").list(links, { tracked: false });
	}
	return {
		path: phaseNotePath(folder, phase),
		identity: { roadmap: roadmap.id, kind: "phase", phase: phase.number },
		properties: {
			roadmap: roadmap.id,
			kind: "phase",
			phase: phase.number,
			title: phase.title,
			level: phase.level,
			duration: phase.duration,
			...body.openProgress(),
			tags: ["roadmap/phase"],
		},
		body: body.text(),
		items: body.items(),
	};
}

/** Renders a project note: link to its phase, description, parts in order, and room for key learnings. */
export function renderProjectNote(roadmap: Roadmap, phase: Phase, project: Project, folder: string): PlannedNote {
	const body = new NoteBody()
		.heading(1, projectLabel(project))
		.paragraph(
			[
				`**Phase:** ${noteLink(phaseNotePath(folder, phase), phaseLabel(phase))}`,
				`**Portfolio:** ${noteLink(portfolioNotePath(folder), "Portfolio")}`,
			].join("\n"),
		)
		.paragraph(project.description);
	for (const part of project.parts) writeProjectPart(body, part);
	if (body.boxCount() === 0) {
		// every project must be completable, even one whose data has no checklist
		body.heading(2, "Completion").list(["Project complete"], { checkbox: true });
	}
	body.heading(2, "Key learnings");
	return {
		path: projectNotePath(folder, phase, project),
		identity: { roadmap: roadmap.id, kind: "project", phase: phase.number, project: project.id },
		properties: {
			roadmap: roadmap.id,
			kind: "project",
			phase: phase.number,
			project: project.id,
			title: project.title,
			// the learner's repository link, filled in by hand
			repository: "",
			...body.openProgress(),
			tags: ["roadmap/project"],
		},
		body: body.text(),
		items: body.items(),
	};
}

function writeProjectPart(body: NoteBody, part: ProjectPart): void {
	body.heading(2, part.heading);
	if (part.text !== undefined) body.paragraph(part.text);
	if (part.items !== undefined) body.list(part.items, { checkbox: part.checklist, ordered: part.ordered });
	if (part.code !== undefined) body.code(part.code);
}
