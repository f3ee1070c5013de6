import { NoteBody } from "./note-body";
import { escapeMarkdown } from "../portfolio/markdown-text";
import {
	criteriaNotePath,
	noteLink,
	overviewNotePath,
	phaseLabel,
	phaseNotePath,
	projectLabel,
	projectNotePath,
	resourcesNotePath,
} from "./note-names";
import type { PlannedNote } from "./planned-note";
import type { Roadmap } from "../roadmap/roadmap-schema";

type LabelledValue = Roadmap["about"][number];

const CRITERIA_TITLE = "Completion criteria";
const RESOURCES_TITLE = "Learning resources";
/** Appended to a criterion the plugin measures from the vault, which is a plain line rather than a box. */
const MEASURED_SUFFIX = " *(measured by the plugin)*";

/**
 * Renders the overview note: the roadmap's introduction (with a `Created for` line naming the learner,
 * only when a name is given), then links to every phase, project and guide note.
 */
export function renderOverviewNote(roadmap: Roadmap, folder: string, learnerName = ""): PlannedNote {
	const body = new NoteBody().heading(1, roadmap.title);
	if (roadmap.description !== undefined) body.paragraph(roadmap.description);
	const name = learnerName.trim();
	const about = name === "" ? roadmap.about : [{ label: "Created for", value: escapeMarkdown(name) }, ...roadmap.about];
	if (about.length > 0) body.paragraph(labelledLines(about));
	for (const block of roadmap.overview) body.textBlock(block, 2);

	body.heading(2, "Phases");
	const phaseLines = roadmap.phases.flatMap((phase) => [
		`- ${noteLink(phaseNotePath(folder, phase), phaseLabel(phase))} (${phase.level}, ${phase.duration})`,
		...phase.projects.map(
			(project) => `\t- ${noteLink(projectNotePath(folder, phase, project), projectLabel(project))}`,
		),
	]);
	body.raw(phaseLines);

	body.heading(2, "See also");
	body.list(
		[noteLink(criteriaNotePath(folder), CRITERIA_TITLE), noteLink(resourcesNotePath(folder), RESOURCES_TITLE)],
		{ tracked: false },
	);
	return guideNote(roadmap, "overview", roadmap.title, overviewNotePath(folder), body, false);
}

/**
 * Renders the completion criteria: per level, its phases and its criteria. Criteria the plugin measures
 * (all topics of some phases, a number of completed projects) are plain lines marked as measured, so the
 * learner ticks only what cannot be counted; the note's `done`/`total` are those boxes.
 */
export function renderCriteriaNote(roadmap: Roadmap, folder: string): PlannedNote {
	const body = new NoteBody()
		.heading(1, CRITERIA_TITLE)
		.paragraph(
			`Tick each criterion you have reached. Lines marked *measured* are counted by the plugin from your phase and project notes. Back to ${noteLink(overviewNotePath(folder), roadmap.title)}.`,
		);
	for (const level of roadmap.levels) {
		body.heading(2, level.title);
		const phases = roadmap.phases.filter((phase) => level.phases.includes(phase.number));
		body.paragraph(`**Phases:** ${phases.map((phase) => noteLink(phaseNotePath(folder, phase), phaseLabel(phase))).join(", ")}`);
		// one list in the data's order, mixing measured lines and boxes
		body.entries(
			level.criteria.map((criterion) =>
				criterion.measure === undefined
					? { text: criterion.text, checkbox: true }
					: { text: criterion.text, checkbox: false, suffix: MEASURED_SUFFIX },
			),
		);
	}
	return guideNote(roadmap, "criteria", CRITERIA_TITLE, criteriaNotePath(folder), body, true);
}

/** Renders the learning resources note: resources, next steps, notes and credits. */
export function renderResourcesNote(roadmap: Roadmap, folder: string): PlannedNote {
	const body = new NoteBody()
		.heading(1, RESOURCES_TITLE)
		.paragraph(`Back to ${noteLink(overviewNotePath(folder), roadmap.title)}.`);
	for (const block of roadmap.resources) body.textBlock(block, 2);
	for (const block of roadmap.next_steps) body.textBlock(block, 2);
	if (roadmap.notes.length > 0) body.heading(2, "Notes").list(roadmap.notes);
	if (roadmap.credits.length > 0) body.heading(2, "Credits").paragraph(labelledLines(roadmap.credits));
	return guideNote(roadmap, "resources", RESOURCES_TITLE, resourcesNotePath(folder), body, false);
}

function guideNote(
	roadmap: Roadmap,
	kind: "overview" | "criteria" | "resources",
	title: string,
	path: string,
	body: NoteBody,
	withProgress: boolean,
): PlannedNote {
	return {
		path,
		identity: { roadmap: roadmap.id, kind },
		properties: {
			roadmap: roadmap.id,
			kind,
			title,
			...(withProgress ? body.openProgress() : {}),
			tags: [`roadmap/${kind}`],
		},
		body: body.text(),
		items: body.items(),
	};
}

/** `**Focus Areas:** Data Science` lines, one per value, in one paragraph. */
function labelledLines(values: readonly LabelledValue[]): string {
	return values.map(({ label, value }) => `**${label}:** ${value}`).join("\n");
}
