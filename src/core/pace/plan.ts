import type { Roadmap } from "../roadmap/roadmap-schema";
import { MAX_PLAN_DAYS, parseDuration } from "./durations";
import { phaseWeeklyHours, plannedHours } from "./weekly-hours";

/** One phase laid on the calendar, in days from the plan's start, at both ends of its duration range. */
export interface PlannedPhase {
	number: number;
	title: string;
	/** Counted boxes of the phase (its topics and its projects' boxes): what the plan spreads over its days. */
	boxes: number;
	/** The roadmap's duration text (`5-6 weeks`). */
	duration: string;
	/** Weeks after scaling to the learner's hours: the short end and the long end. */
	minWeeks: number;
	maxWeeks: number;
	/** Days from the start at which the phase begins and ends, on the short plan and on the long plan. */
	short: { from: number; to: number };
	long: { from: number; to: number };
}

/** A phase that has no plan: its duration could not be read (`Ongoing`). */
export interface UnplannedPhase {
	number: number;
	title: string;
	duration: string;
	/** Set when the duration reads, but would carry the plan past its longest span (`MAX_PLAN_YEARS`). */
	tooLong?: true;
}

/** The roadmap's phases laid end to end from day 0, each a range (short plan ↔ long plan). */
export interface Plan {
	phases: PlannedPhase[];
	unplanned: UnplannedPhase[];
	/** `scaled` when the learner's hours per week changed the roadmap's weeks. */
	speed: "roadmap" | "scaled";
}

/** What the plan needs of each phase: its number and its counted boxes. */
interface PhaseBoxes {
	number: number;
	boxes: number;
}

/**
 * Lays out the phases whose duration parses, in phase order, end to end. With `hoursPerWeek`, each
 * phase's weeks are scaled by the level's stated hours ÷ the learner's (8 h against a stated 12.5 h
 * stretches 4 weeks to 6.25); a phase whose level states no hours keeps the roadmap's weeks.
 * Undefined when no phase has a readable duration (pace is then not shown).
 */
export function buildPlan(roadmap: Pick<Roadmap, "overview" | "phases" | "levels">, boxes: readonly PhaseBoxes[], hoursPerWeek?: number): Plan | undefined {
	const hours = phaseWeeklyHours(roadmap);
	const phases: PlannedPhase[] = [];
	const unplanned: UnplannedPhase[] = [];
	let shortAt = 0;
	let longAt = 0;
	let scaled = false;
	for (const phase of [...roadmap.phases].sort((a, b) => a.number - b.number)) {
		const range = parseDuration(phase.duration);
		if (!range) {
			unplanned.push({ number: phase.number, title: phase.title, duration: phase.duration });
			continue;
		}
		const stated = hours.get(phase.number);
		const factor = hoursPerWeek !== undefined && hoursPerWeek > 0 && stated ? plannedHours(stated) / hoursPerWeek : 1;
		if (factor !== 1) scaled = true;
		const minWeeks = range.minWeeks * factor;
		const maxWeeks = range.maxWeeks * factor;
		if (!(longAt + maxWeeks * 7 <= MAX_PLAN_DAYS)) {
			unplanned.push({ number: phase.number, title: phase.title, duration: phase.duration, tooLong: true });
			continue;
		}
		const planned: PlannedPhase = {
			number: phase.number,
			title: phase.title,
			boxes: boxes.find((b) => b.number === phase.number)?.boxes ?? 0,
			duration: phase.duration,
			minWeeks,
			maxWeeks,
			short: { from: shortAt, to: shortAt + minWeeks * 7 },
			long: { from: longAt, to: longAt + maxWeeks * 7 },
		};
		shortAt = planned.short.to;
		longAt = planned.long.to;
		phases.push(planned);
	}
	if (phases.length === 0) return undefined;
	return { phases, unplanned, speed: scaled ? "scaled" : "roadmap" };
}

/** Which end of the plan: the short durations (fast) or the long ones (slow). */
type PlanEnd = "short" | "long";

/** Share (0–1) of one phase the plan expects done `day` days after the start. */
export function expectedPhaseShare(phase: PlannedPhase, day: number, end: PlanEnd): number {
	const { from, to } = phase[end];
	if (to <= from) return day >= from ? 1 : 0;
	return Math.min(1, Math.max(0, (day - from) / (to - from)));
}

/** Boxes of the whole plan expected done `day` days after the start. */
export function expectedBoxes(plan: Plan, day: number, end: PlanEnd): number {
	let sum = 0;
	for (const phase of plan.phases) sum += phase.boxes * expectedPhaseShare(phase, day, end);
	return sum;
}

/** The day (from the start) at which the plan reaches `boxes` done boxes; its last day when never. */
export function dayReaching(plan: Plan, boxes: number, end: PlanEnd): number {
	let before = 0;
	for (const phase of plan.phases) {
		const { from, to } = phase[end];
		if (phase.boxes > 0 && before + phase.boxes >= boxes) return from + ((Math.max(0, boxes - before)) / phase.boxes) * (to - from);
		before += phase.boxes;
	}
	return plan.phases[plan.phases.length - 1]?.[end].to ?? 0;
}

/** Total boxes the plan covers. */
export function plannedBoxes(plan: Plan): number {
	return plan.phases.reduce((sum, p) => sum + p.boxes, 0);
}
