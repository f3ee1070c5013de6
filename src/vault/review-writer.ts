import { normalizePath, Notice, TFile, type App } from "obsidian";
import type { RoadmapNote, RoadmapProgress } from "../core/progress/progress-model";
import { renderReview, reviewFileName, reviewMonth } from "../core/review/review";
import type { Roadmap } from "../core/roadmap/roadmap-schema";
import type { LearningRoadmapSettings } from "../core/settings/settings";
import { ensureFolder } from "./folders";
import type { RoadmapTracker } from "./roadmap-tracker";

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

/**
 * The review commands: writes (or finds) the selected roadmap's review for this or last month,
 * tells the learner what happened, and opens it.
 */
export async function createMonthlyReview(
	app: App,
	tracker: RoadmapTracker,
	roadmapId: string,
	settings: LearningRoadmapSettings,
	which: "this" | "previous",
): Promise<void> {
	const loaded = tracker.loaded().find((r) => r.roadmap.id === roadmapId);
	if (!loaded) {
		new Notice("No roadmap to review yet: generate the roadmap notes first.");
		return;
	}
	const outcome = await writeMonthlyReview(app, {
		which,
		now: new Date(),
		roadmap: loaded.roadmap,
		progress: tracker.progress(roadmapId),
		notes: tracker.notesOf(roadmapId),
		settings,
	});
	if (outcome.status === "error") {
		new Notice(outcome.message);
		return;
	}
	new Notice(outcome.status === "exists" ? `${outcome.file.basename} already exists: opened it.` : `Created ${outcome.file.basename}.`);
	await app.workspace.getLeaf(false).openFile(outcome.file);
}
