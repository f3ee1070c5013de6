import { localMonthString } from "../dates/calendar-dates";
import { addCount, emptyCount } from "./box-state";
import { levelProgress } from "./level-progress";
import { noteShare, UP_NEXT_LENGTH } from "./note-share";
import { phaseRows } from "./phase-rows";
import type {
	MonthCount,
	PhaseProgress,
	RoadmapNote,
	RoadmapProgress,
	UpNextItem,
	Warning,
} from "./progress-model";
import type { Roadmap } from "../roadmap/roadmap-schema";

interface ProgressInput {
	roadmapId: string;
	/** The roadmap's data, when known: gives titles, phases without notes yet, and levels. */
	roadmap?: Roadmap;
	/** Every roadmap note of the vault; notes of other roadmaps are ignored. */
	notes: readonly RoadmapNote[];
	/** Today, for the activity chart's twelve months. */
	today: Date;
	/** The paths the roadmap generates its notes at: such a note wins over a copy claiming the same phase or project. */
	generatedPaths?: ReadonlySet<string>;
	/** When each note was created (its file's ctime, in ms): among other claimants, the oldest wins. */
	createdAt?: ReadonlyMap<string, number>;
}

/** How many months the activity chart covers, ending with the current one. */
const ACTIVITY_MONTHS = 12;

/**
 * Aggregates one roadmap's progress from its notes' shares: each note's share is computed once per
 * version of the note (see `noteShare`), so after a tick only the ticked note's boxes are read again.
 */
export function computeProgress(input: ProgressInput): RoadmapProgress {
	const { roadmapId, roadmap } = input;
	const counted = countedNotes(input.notes, roadmapId, claimOrder(input));
	const phases = phaseRows(roadmap, counted.phases, counted.projects);
	const overall = emptyCount();
	for (const phase of phases) {
		addCount(overall, phase);
		for (const project of phase.projects) addCount(overall, project);
	}
	return {
		roadmap: roadmapId,
		title: roadmap?.title ?? roadmapId,
		overall,
		levels: roadmap ? levelProgress(roadmap.levels, phases, counted.criteria) : [],
		phases,
		upNext: upNext(phases, counted.phases),
		warnings: counted.warnings,
		activity: activity(input.today, [...counted.phases.values(), ...counted.projects.values()]),
		hasNotes: counted.hasNotes,
		doneDates: doneDates([...counted.phases.values(), ...counted.projects.values()]),
	};
}

/** The ✅ dates of the done boxes of these notes (pace reads velocity and the plan's start from them). */
function doneDates(notes: readonly RoadmapNote[]): string[] {
	const dates: string[] = [];
	for (const note of notes) dates.push(...noteShare(note).doneDates);
	return dates;
}

interface CountedNotes {
	phases: Map<number, RoadmapNote>;
	projects: Map<string, RoadmapNote>;
	criteria: RoadmapNote | undefined;
	warnings: Warning[];
	hasNotes: boolean;
}

type ClaimOrder = (a: RoadmapNote, b: RoadmapNote) => number;

// Sync services leave copies beside a note (`… (conflicted copy).md`, iCloud's `… 2.md`), often sorting
// before it: the note at its generated path counts, else the oldest, else the first by path.
function claimOrder(input: ProgressInput): ClaimOrder {
	const generated = (note: RoadmapNote): number => (input.generatedPaths?.has(note.path) ? 0 : 1);
	const created = (note: RoadmapNote): number => input.createdAt?.get(note.path) ?? Number.POSITIVE_INFINITY;
	return (a, b) => generated(a) - generated(b) || created(a) - created(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// One pass over the notes; when several notes claim one phase or project, `order` picks the one that counts.
function countedNotes(notes: readonly RoadmapNote[], roadmapId: string, order: ClaimOrder): CountedNotes {
	const warnings: Warning[] = [];
	const phaseClaims = new Map<number, RoadmapNote[]>();
	const projectClaims = new Map<string, RoadmapNote[]>();
	let criteria: RoadmapNote | undefined;
	let hasNotes = false;
	for (const note of notes) {
		if (note.roadmap !== roadmapId) continue;
		if (note.kind === "phase" || note.kind === "project") hasNotes = true;
		if (note.problem !== undefined) {
			warnings.push({ message: `Properties of "${note.path}" can't be read: ${note.problem}`, paths: [note.path] });
			continue;
		}
		if (note.propertiesProblem !== undefined) {
			warnings.push({ message: `Progress properties of "${note.path}" are left as they are: ${note.propertiesProblem}. Write them as plain "key: value" lines, or update them by hand.`, paths: [note.path] });
		}
		if (note.kind === "phase" && note.phase !== undefined) claim(phaseClaims, note.phase, note);
		else if (note.kind === "project" && note.project !== undefined) claim(projectClaims, note.project, note);
		else if (note.kind === "criteria" && (!criteria || note.path < criteria.path)) criteria = note;
	}
	const phases = firstClaims(phaseClaims, (n) => `Phase ${n}`, warnings, order);
	const projects = firstClaims(projectClaims, (id) => `Project ${id}`, warnings, order);
	return { phases, projects, criteria, warnings, hasNotes };
}

function claim<K>(claims: Map<K, RoadmapNote[]>, key: K, note: RoadmapNote): void {
	const list = claims.get(key);
	if (list) list.push(note);
	else claims.set(key, [note]);
}

function firstClaims<K>(claims: Map<K, RoadmapNote[]>, name: (key: K) => string, warnings: Warning[], order: ClaimOrder): Map<K, RoadmapNote> {
	const first = new Map<K, RoadmapNote>();
	for (const [key, list] of claims) {
		if (list.length > 1) list.sort(order);
		const winner = list[0];
		if (!winner) continue;
		first.set(key, winner);
		if (list.length > 1) {
			const paths = list.map((n) => n.path);
			warnings.push({
				message: `${name(key)} is claimed by ${paths.length} notes: only "${winner.path}" counts; ${paths
					.slice(1)
					.map((p) => `"${p}"`)
					.join(", ")} ${paths.length > 2 ? "do" : "does"} not (a sync conflict copy or a duplicate: merge your ticks into the note that counts, then delete it).`,
				paths,
			});
		}
	}
	return first;
}

function upNext(phases: readonly PhaseProgress[], phaseNotes: ReadonlyMap<number, RoadmapNote>): UpNextItem[] {
	const items: UpNextItem[] = [];
	for (const phase of phases) {
		const note = phaseNotes.get(phase.number);
		if (!note) continue;
		for (const box of noteShare(note).open) {
			const item: UpNextItem = { text: box.text, path: note.path, line: box.line, phase: phase.number };
			if (box.topicNote !== undefined) item.topicNote = box.topicNote;
			items.push(item);
			if (items.length === UP_NEXT_LENGTH) return items;
		}
	}
	return items;
}

function activity(today: Date, notes: readonly RoadmapNote[]): MonthCount[] {
	const months: MonthCount[] = [];
	for (let back = ACTIVITY_MONTHS - 1; back >= 0; back--) {
		// Day 1, so going back from the 31st never skips a shorter month.
		months.push({ month: localMonthString(new Date(today.getFullYear(), today.getMonth() - back, 1)), count: 0 });
	}
	for (const note of notes) {
		const byMonth = noteShare(note).doneByMonth;
		if (byMonth.size === 0) continue;
		for (const month of months) month.count += byMonth.get(month.month) ?? 0;
	}
	return months;
}
