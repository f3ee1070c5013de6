import { boxState } from "./box-state";
import type { CriterionProgress, LevelProgress, NoteBox, PhaseProgress, RoadmapNote } from "./progress-model";
import type { Criterion, Level } from "../roadmap/roadmap-schema";

/** Measures each level's criteria: topics and projects from the phase bars, the others from the criteria note's boxes. */
export function levelProgress(
	levels: readonly Level[],
	phases: readonly PhaseProgress[],
	criteriaNote: RoadmapNote | undefined,
): LevelProgress[] {
	const byNumber = new Map(phases.map((p) => [p.number, p]));
	return levels.map((level) => {
		const criteria = level.criteria.map((criterion) => {
			switch (criterion.measure?.type) {
				case "topics":
					return topicsCriterion(criterion.text, criterion.measure.from, criterion.measure.to, phases);
				case "projects":
					return projectsCriterion(criterion.text, criterion.measure.min, level.phases, byNumber);
				default:
					return tickedCriterion(criterion, level, criteriaNote);
			}
		});
		return {
			id: level.id,
			title: level.title,
			phases: [...level.phases],
			criteria,
			met: criteria.filter((c) => c.met).length,
		};
	});
}

function topicsCriterion(text: string, from: number, to: number, phases: readonly PhaseProgress[]): CriterionProgress {
	let done = 0;
	let total = 0;
	let allNotesExist = true;
	let any = false;
	for (const phase of phases) {
		if (phase.number < from || phase.number > to) continue;
		any = true;
		if (phase.path === undefined) allNotesExist = false;
		done += phase.done;
		total += phase.total;
	}
	return { text, met: any && allNotesExist && done === total, measured: true, done, total };
}

function projectsCriterion(
	text: string,
	min: number,
	levelPhases: readonly number[],
	byNumber: ReadonlyMap<number, PhaseProgress>,
): CriterionProgress {
	let complete = 0;
	for (const n of levelPhases) complete += byNumber.get(n)?.projectsComplete ?? 0;
	return { text, met: complete >= min, measured: true, done: complete, total: min };
}

function tickedCriterion(criterion: Criterion, level: Level, note: RoadmapNote | undefined): CriterionProgress {
	const box = note ? findCriterionBox(note.boxes, criterion.text, level.title) : undefined;
	if (!note || !box) return { text: criterion.text, met: false, measured: false };
	return { text: criterion.text, met: boxState(box.char) === "done", measured: false, path: note.path, line: box.line };
}

// The same criterion text may sit under two levels; prefer the box under the level's own heading.
function findCriterionBox(boxes: readonly NoteBox[], text: string, levelTitle: string): NoteBox | undefined {
	const wanted = normalise(text);
	const title = normalise(levelTitle);
	let fallback: NoteBox | undefined;
	for (const { box, text: boxText, heading } of normalisedBoxes(boxes)) {
		if (!boxText.startsWith(wanted)) continue;
		if (heading?.includes(title)) return box;
		fallback ??= box;
	}
	return fallback;
}

interface NormalisedBox {
	box: NoteBox;
	text: string;
	heading: string | undefined;
}

// Every criterion searches the same boxes: their words are normalised once per version of the note.
const normalised = new WeakMap<readonly NoteBox[], NormalisedBox[]>();

function normalisedBoxes(boxes: readonly NoteBox[]): NormalisedBox[] {
	let known = normalised.get(boxes);
	if (!known) {
		known = boxes.map((box) => ({ box, text: normalise(box.text), heading: box.heading === undefined ? undefined : normalise(box.heading) }));
		normalised.set(boxes, known);
	}
	return known;
}

function normalise(text: string): string {
	return text.replace(/\s+/g, " ").trim().toLowerCase();
}
