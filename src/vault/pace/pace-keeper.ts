import { debounce, normalizePath, type App, type Component } from "obsidian";
import { overviewNotePath } from "../../core/notes/note-names";
import { computePace, phaseBoxes, type RoadmapPace } from "../../core/pace/pace";
import { replannedStart } from "../../core/pace/replan";
import type { RoadmapNote, RoadmapProgress } from "../../core/progress/progress-model";
import type { NoteUpdate } from "../index/progress-index";
import { overviewNoteOf, writeStarted, type StartOutcome } from "./plan-start";
import type { RoadmapTracker } from "../index/roadmap-tracker";

/**
 * Quiet time after the last change of a burst before the plan's start is checked: shorter than the
 * view's and the status bar's wait (150 ms), so the one write of `started` lands inside the burst and
 * they still draw once.
 */
const START_CHECK_DELAY_MS = 50;

/**
 * The outcome of *Re-plan from today*, for the command's notice. `stranger` is a file at the overview's
 * generated path that is no overview note (its properties were removed): the remedy is to fix it.
 */
type ReplanOutcome = { status: "no-plan" } | { status: StartOutcome; start: string; stranger?: string };

/**
 * Pace per roadmap, from the tracker's progress, the overview's `started` property and the hours per
 * week setting; recomputed only when one of them (or the day) changes. Also writes `started` the first
 * time it is needed (the learner's first change to a roadmap note with a box done) and on re-plan.
 */
export class PaceKeeper {
	private readonly cache = new Map<string, { progress: RoadmapProgress; today: string; hours: number | null; start: string; pace: RoadmapPace }>();
	private readonly writing = new Set<string>();
	/** Roadmaps changed since the last start check. */
	private readonly pendingStarts = new Set<string>();
	private scheduleCheck: () => void = () => undefined;

	constructor(
		private readonly app: App,
		private readonly tracker: RoadmapTracker,
		private readonly hoursPerWeek: () => number | null,
		private readonly today: () => string,
	) {}

	pace(roadmapId: string): RoadmapPace {
		const progress = this.tracker.progress(roadmapId);
		const today = this.today();
		const hours = this.hoursPerWeek();
		const overview = this.overview(roadmapId);
		const start = `${overview?.path ?? ""}\n${overview?.started ?? ""}\n${overview?.startedUnreadable ?? ""}`;
		const cached = this.cache.get(roadmapId);
		if (cached && cached.progress === progress && cached.today === today && cached.hours === hours && cached.start === start) return cached.pace;
		const loaded = this.tracker.loaded().find((r) => r.roadmap.id === roadmapId);
		const pace = computePace({
			roadmap: loaded?.roadmap,
			progress,
			doneDates: progress.doneDates ?? [],
			...(overview?.started !== undefined ? { started: overview.started } : {}),
			...(overview?.startedUnreadable !== undefined ? { startedUnreadable: { value: overview.startedUnreadable, path: overview.path } } : {}),
			...(loaded ? { roadmapFile: loaded.source } : {}),
			...(hours !== null ? { hoursPerWeek: hours } : {}),
			today,
		});
		this.cache.set(roadmapId, { progress, today, hours, start, pace });
		return pace;
	}

	/**
	 * Checks, once a burst of changes has settled, whether a roadmap whose phase or project note the
	 * learner changed needs its `started` written: then the check reads the progress the tick computed
	 * for everyone, not one of its own per change. Cancelled with `component`.
	 */
	checkStartsOn(component: Component, background: (what: string, work: Promise<unknown>) => void): void {
		const check = debounce(() => background("write when the plan started", this.writeStarts()), START_CHECK_DELAY_MS, true);
		this.scheduleCheck = check;
		component.register(() => check.cancel());
	}

	/** Hears a change to a note: a learner's change to a phase or project note may start the plan. */
	noteUpdated(update: NoteUpdate): void {
		const note = update.note;
		if (!note || !update.previous || (note.kind !== "phase" && note.kind !== "project")) return;
		this.pendingStarts.add(note.roadmap);
		this.scheduleCheck();
	}

	private async writeStarts(): Promise<void> {
		const ids = [...this.pendingStarts];
		this.pendingStarts.clear();
		for (const id of ids) await this.startIfNeeded(id);
	}

	/** Writes `started` if the plan has none yet and something is done. */
	private async startIfNeeded(id: string): Promise<StartOutcome | undefined> {
		if (this.writing.has(id)) return undefined;
		const overview = this.overview(id);
		// A value the plugin cannot read is the learner's: the view says so, it is never replaced here.
		if (!overview || overview.started !== undefined || overview.startedUnreadable !== undefined) return undefined;
		const pace = this.pace(id);
		if (!pace.plan || this.tracker.progress(id).overall.done === 0) return undefined;
		return this.write(id, pace.start);
	}

	/** Moves `started` so the rest of the plan begins today, keeping what is done. */
	async replan(roadmapId: string): Promise<ReplanOutcome> {
		const pace = this.pace(roadmapId);
		if (!pace.plan) return { status: "no-plan" };
		const progress = this.tracker.progress(roadmapId);
		const planned = new Set(pace.plan.phases.map((p) => p.number));
		const done = progress.phases.filter((p) => planned.has(p.number)).reduce((sum, p) => sum + phaseBoxes(p).done, 0);
		const start = replannedStart(pace.plan, done, this.today());
		const status = await this.write(roadmapId, start);
		const path = this.generatedPath(roadmapId);
		const stranger = status === "no-overview" && path !== undefined && this.app.vault.getAbstractFileByPath(path) ? path : undefined;
		return stranger !== undefined ? { status, start, stranger } : { status, start };
	}

	// The overview at its generated path counts over a sync conflict copy or a duplicate.
	private overview(roadmapId: string): RoadmapNote | undefined {
		return overviewNoteOf(this.tracker.notesOf(roadmapId), roadmapId, this.generatedPath(roadmapId));
	}

	private generatedPath(roadmapId: string): string | undefined {
		const loaded = this.tracker.loaded().find((r) => r.roadmap.id === roadmapId);
		return loaded ? normalizePath(overviewNotePath(loaded.folder)) : undefined;
	}

	private async write(roadmapId: string, start: string): Promise<StartOutcome> {
		this.writing.add(roadmapId);
		try {
			return await writeStarted(this.app, this.overview(roadmapId), start);
		} finally {
			this.writing.delete(roadmapId);
		}
	}
}
