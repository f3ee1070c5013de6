import { normalizePath, TFile, type App } from "obsidian";
import type { RoadmapNote, RoadmapProgress } from "../core/progress-model";
import { renderReview, reviewFileName, reviewMonth } from "../core/review";
import type { Roadmap } from "../core/roadmap-schema";
import type { LearningRoadmapSettings } from "../core/settings";
import { ensureFolder } from "./folders";

export interface ReviewRequest {
	which: "this" | "previous";
	now: Date;
	roadmap: Roadmap;
	progress: RoadmapProgress;
	notes: RoadmapNote[];
	settings: LearningRoadmapSettings;
}

export type ReviewOutcome =
	| { status: "created" | "exists"; file: TFile }
	| { status: "error"; message: string };

/**
 * Creates the month's review note from the template, pre-filled from the vault; a review that
 * already exists is returned as it is, never overwritten.
 */
export async function writeMonthlyReview(app: App, request: ReviewRequest): Promise<ReviewOutcome> {
	const { settings, now } = request;
	const month = reviewMonth(now, request.which);
	const folder = normalizePath(settings.reviewFolder);
	const path = normalizePath(`${folder}/${reviewFileName(settings.reviewFileFormat, month)}.md`);
	const existing = app.vault.getAbstractFileByPath(path);
	if (existing instanceof TFile) return { status: "exists", file: existing };
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
			return { status: "error", message: `Review template "${templatePath}" could not be read: ${String(e)}` };
		}
	}
	const text = renderReview({
		roadmapId: request.roadmap.id,
		month,
		today: now,
		template,
		builtInTemplate: request.roadmap.review_template,
		progress: request.progress,
		notes: request.notes,
	});
	await ensureFolder(app, folder);
	const file = await app.vault.create(path, text);
	return { status: "created", file };
}
