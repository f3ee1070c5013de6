import { normalizePath, TFile, type App } from "obsidian";
import type { RoadmapPace } from "../../core/pace/pace";
import type { RoadmapNote, RoadmapProgress } from "../../core/progress/progress-model";
import { renderReview, reviewFileName, reviewMonth, templateProblems } from "../../core/review/review";
import type { Roadmap } from "../../core/roadmap/roadmap-schema";
import type { LearningRoadmapSettings } from "../../core/settings/settings";
import { ensureFolder } from "../notes/folders";
import type { RoadmapTracker } from "../index/roadmap-tracker";

interface ReviewRequest {
	which: "this" | "previous";
	now: Date;
	roadmapId: string;
	/** The roadmap's data; undefined when its file is gone but its notes are still in the vault. */
	roadmap: Roadmap | undefined;
	progress: RoadmapProgress;
	/** The roadmap's pace today, for `{{pace}}` and the built-in template's pace line. */
	pace?: RoadmapPace | undefined;
	notes: RoadmapNote[];
	settings: LearningRoadmapSettings;
}

type ReviewOutcome =
	| { status: "created" | "exists"; file: TFile; roadmapFileMissing: boolean; templateProblems?: string[] }
	| { status: "error"; message: string };

/**
 * Creates the month's review note from the template, pre-filled from the vault; a review that
 * already exists is returned as it is, never overwritten. A write that fails is an error naming the file.
 */
async function writeMonthlyReview(app: App, request: ReviewRequest): Promise<ReviewOutcome> {
	const { settings, now } = request;
	const roadmapFileMissing = request.roadmap === undefined;
	const month = reviewMonth(now, request.which);
	const folder = normalizePath(settings.reviewFolder);
	const path = normalizePath(`${folder}/${reviewFileName(settings.reviewFileFormat, month)}.md`);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return { status: "exists", file: existing, roadmapFileMissing };
	if (existing) return { status: "error", message: `Cannot create the review: a folder is at "${path}".` };

	let template: string | undefined;
	if (settings.reviewTemplate.trim() !== "") {
		const templatePath = normalizePath(settings.reviewTemplate);
		const templateFile =
			app.vault.getFileByPath(templatePath) ?? app.vault.getFileByPath(normalizePath(`${templatePath}.md`));
		if (!templateFile) {
			return { status: "error", message: `Review template "${templatePath}" was not found. Check the review template setting.` };
		}
		try {
			template = await app.vault.read(templateFile);
		} catch (e) {
			return { status: "error", message: `Review template "${templatePath}" could not be read: ${reason(e)}` };
		}
	}
	const text = renderReview({
		roadmapId: request.roadmapId,
		month,
		today: now,
		template,
		builtInTemplate: request.roadmap?.review_template,
		progress: request.progress,
		notes: request.notes,
		pace: request.pace,
		restDaysPerWeek: settings.restDaysPerWeek,
	});
	try {
		await ensureFolder(app, folder);
		const file = await app.vault.create(path, text);
		return { status: "created", file, roadmapFileMissing, templateProblems: templateProblems(template ?? request.roadmap?.review_template ?? "") };
	} catch (e) {
		return { status: "error", message: `Could not create the review "${path}": ${reason(e)} Check the review folder setting.` };
	}
}

/** Which review to write: the roadmap, this month or last, the settings and the roadmap's pace. */
export interface SelectedReview {
	roadmapId: string;
	settings: LearningRoadmapSettings;
	which: "this" | "previous";
	pace?: RoadmapPace | undefined;
}

/**
 * The review for the selected roadmap, this month or last: written from the roadmap's data, or from
 * its notes alone when its roadmap file is gone. An error when the vault holds nothing to review.
 */
export async function writeSelectedReview(app: App, tracker: RoadmapTracker, request: SelectedReview): Promise<ReviewOutcome> {
	const { roadmapId, settings, which, pace } = request;
	const loaded = tracker.loaded().find((r) => r.roadmap.id === roadmapId);
	const notes = tracker.notesOf(roadmapId);
	if (!loaded && notes.length === 0) {
		return { status: "error", message: "No roadmap to review yet: generate the roadmap notes first." };
	}
	return writeMonthlyReview(app, {
		which,
		now: new Date(),
		roadmapId,
		roadmap: loaded?.roadmap,
		progress: tracker.progress(roadmapId),
		notes,
		settings,
		pace,
	});
}

function reason(e: unknown): string {
	const text = e instanceof Error ? e.message : String(e);
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
