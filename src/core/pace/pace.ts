import type { PhaseProgress, RoadmapProgress } from "../progress/progress-model";
import type { Roadmap } from "../roadmap/roadmap-schema";
import { addLocalDays, daysBetween } from "../dates/calendar-dates";
import { buildPlan, dayReaching, expectedBoxes, expectedPhaseShare, plannedBoxes, type Plan, type PlannedPhase, type UnplannedPhase } from "./plan";
import { project, velocity, type Projection, type Velocity } from "./velocity";

/** Where the learner stands against the plan. */
type PaceStatus = "ahead" | "on-track" | "behind" | "complete";

/** Expected share done today (a band from the long plan to the short plan), the actual share, and the verdict. */
export interface PaceReading {
	/** Share (0–1) the long plan expects by today: the low edge of the band. */
	expectedLow: number;
	/** Share (0–1) the short plan expects by today: the high edge of the band. */
	expectedHigh: number;
	actual: number;
	status: PaceStatus;
	/** Whole weeks ahead or behind (0 when on track or complete). */
	weeks: number;
}

interface PhasePace extends PaceReading {
	number: number;
	/** The dates the phase begins and ends on the short and the long plan. */
	from: string;
	to: { earliest: string; latest: string };
}

/** Where the plan's start date came from. */
type StartSource = "property" | "first-date" | "today";

export interface RoadmapPace {
	/** The plan's start, `YYYY-MM-DD`. */
	start: string;
	startSource: StartSource;
	today: string;
	/** Undefined when no phase has a readable duration: no plan, no pace (the projection may still show). */
	plan?: Plan;
	overall?: PaceReading;
	/** One per planned phase. */
	phases: PhasePace[];
	/** The day the whole plan ends, on the short and the long plan. */
	planEnd?: { earliest: string; latest: string };
	unplanned: UnplannedPhase[];
	velocity?: Velocity;
	/** Projected finish of the whole roadmap from recent velocity. */
	finish?: Projection;
	/** The phase being worked on (the first not complete) and its projected finish. */
	current?: { number: number; title: string; projection?: Projection };
	/** Done boxes without a ✅ date (ticked while the plugin was off): counted, but not in the velocity. */
	undated: number;
	/** ✅ dates of the roadmap's done boxes, for the burn-up. */
	dates: string[];
	/** The overview's `started` value that is no calendar day, kept as written and shown, with its note. */
	startProblem?: UnreadableStart;
	/** The roadmap's file (or `built-in roadmap`), to name it when one of its durations is refused. */
	roadmapFile?: string;
}

/** A `started` property the plugin cannot read: its value as written and the note holding it. */
interface UnreadableStart {
	value: string;
	path: string;
}

interface PaceInput {
	roadmap: Pick<Roadmap, "overview" | "phases" | "levels"> | undefined;
	progress: RoadmapProgress;
	/** ✅ dates of the done boxes of the roadmap's phase and project notes. */
	doneDates: readonly string[];
	/** The overview note's `started` property, when set. */
	started?: string;
	/** The overview note's `started` property when it is no calendar day: the plan starts by default. */
	startedUnreadable?: UnreadableStart;
	roadmapFile?: string;
	/** The learner's hours per week; undefined for the roadmap's own commitment. */
	hoursPerWeek?: number;
	/** Today, local `YYYY-MM-DD`. */
	today: string;
}

/** Boxes of a phase as the plan counts them: its topics and its projects' boxes. */
export function phaseBoxes(phase: PhaseProgress): { done: number; total: number } {
	let done = phase.done;
	let total = phase.total;
	for (const p of phase.projects) {
		done += p.done;
		total += p.total;
	}
	return { done, total };
}

/** The plan's start when the learner has not set one: the earliest ✅ date, else today. */
export function defaultStart(doneDates: readonly string[], today: string): { start: string; source: StartSource } {
	let earliest: string | undefined;
	for (const date of doneDates) if (earliest === undefined || date < earliest) earliest = date;
	return earliest !== undefined && earliest <= today ? { start: earliest, source: "first-date" } : { start: today, source: "today" };
}

/** Computes the plan, the pace per phase and overall, and the projected finish, for one day. */
export function computePace(input: PaceInput): RoadmapPace {
	const { progress, today } = input;
	const fallback = defaultStart(input.doneDates, today);
	const start = input.started ?? fallback.start;
	const dates = [...input.doneDates].sort();
	const undated = Math.max(0, progress.overall.done - dates.length);
	const speed = velocity(dates, today);
	const pace: RoadmapPace = {
		start,
		startSource: input.started !== undefined ? "property" : fallback.source,
		today,
		phases: [],
		unplanned: [],
		undated,
		dates,
	};
	if (speed) pace.velocity = speed;
	if (input.startedUnreadable) pace.startProblem = input.startedUnreadable;
	if (input.roadmapFile !== undefined) pace.roadmapFile = input.roadmapFile;
	const finish = project(progress.overall.total - progress.overall.done, speed, today);
	if (finish) pace.finish = finish;
	const current = progress.phases.find((p) => {
		const b = phaseBoxes(p);
		return b.total > 0 && b.done < b.total;
	});
	if (current) {
		const b = phaseBoxes(current);
		const projection = project(b.total - b.done, speed, today);
		pace.current = { number: current.number, title: current.title, ...(projection ? { projection } : {}) };
	}

	if (!input.roadmap) return pace;
	const plan = buildPlan(
		input.roadmap,
		progress.phases.map((p) => ({ number: p.number, boxes: phaseBoxes(p).total })),
		input.hoursPerWeek,
	);
	pace.unplanned = plan?.unplanned ?? input.roadmap.phases.map((p) => ({ number: p.number, title: p.title, duration: p.duration }));
	if (!plan) return pace;
	pace.plan = plan;
	const day = daysBetween(start, today);
	const last = plan.phases[plan.phases.length - 1];
	if (last) pace.planEnd = { earliest: addLocalDays(start, last.short.to), latest: addLocalDays(start, last.long.to) };

	const total = plannedBoxes(plan);
	let done = 0;
	for (const planned of plan.phases) {
		const phase = progress.phases.find((p) => p.number === planned.number);
		if (phase) done += phaseBoxes(phase).done;
	}
	pace.overall = overallReading(plan, day, done, total);
	for (const planned of plan.phases) {
		const phase = progress.phases.find((p) => p.number === planned.number);
		pace.phases.push({
			number: planned.number,
			...phaseReading(planned, day, phase?.done ?? 0, phase?.total ?? 0),
			from: addLocalDays(start, planned.short.from),
			to: { earliest: addLocalDays(start, planned.short.to), latest: addLocalDays(start, planned.long.to) },
		});
	}
	return pace;
}

function overallReading(plan: Plan, day: number, done: number, total: number): PaceReading {
	const share = (boxes: number): number => (total > 0 ? boxes / total : 0);
	const low = expectedBoxes(plan, day, "long");
	const high = expectedBoxes(plan, day, "short");
	const reading = { expectedLow: share(low), expectedHigh: share(high), actual: share(done) };
	if (total > 0 && done >= total) return { ...reading, status: "complete", weeks: 0 };
	if (done > high) return verdict(reading, "ahead", (dayReaching(plan, done, "short") - day) / 7);
	if (done < low) return verdict(reading, "behind", (day - dayReaching(plan, done, "long")) / 7);
	return { ...reading, status: "on-track", weeks: 0 };
}

function phaseReading(phase: PlannedPhase, day: number, done: number, total: number): PaceReading {
	const reading = {
		expectedLow: expectedPhaseShare(phase, day, "long"),
		expectedHigh: expectedPhaseShare(phase, day, "short"),
		actual: total > 0 ? done / total : 0,
	};
	if (total > 0 && done >= total) return { ...reading, status: "complete", weeks: 0 };
	if (reading.actual > reading.expectedHigh) return verdict(reading, "ahead", (reading.actual - reading.expectedHigh) * phase.minWeeks);
	if (reading.actual < reading.expectedLow) return verdict(reading, "behind", (reading.expectedLow - reading.actual) * phase.maxWeeks);
	return { ...reading, status: "on-track", weeks: 0 };
}

// Less than half a week either way is on track: the plan is a range, not a timetable.
function verdict(reading: Omit<PaceReading, "status" | "weeks">, status: "ahead" | "behind", weeks: number): PaceReading {
	const whole = Math.round(weeks);
	return whole < 1 ? { ...reading, status: "on-track", weeks: 0 } : { ...reading, status, weeks: whole };
}
