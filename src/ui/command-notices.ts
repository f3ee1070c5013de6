import { Notice, type App } from "obsidian";
import { shortList } from "../core/words/short-list";
import { describeGeneration, generateRoadmaps, type CanvasHooks, type RoadmapGeneration } from "../vault/notes/generator";
import { describeInvalidCanvas, type CanvasResult } from "../vault/canvas/roadmap-canvas";
import { writeSelectedReview, type SelectedReview } from "../vault/review/review-writer";
import { describeRoadmapErrors, type LoadedRoadmap } from "../vault/roadmaps/roadmap-library";
import type { RoadmapTracker } from "../vault/index/roadmap-tracker";

/**
 * The *Generate roadmap notes* command's notices: the roadmap files that can't be used first (in a
 * notice that stays until dismissed), then one notice per generated roadmap.
 */
export async function generateWithNotices(app: App, roadmaps: LoadedRoadmap[], errors: string[], canvas: CanvasHooks & { onCanvas?: (result: CanvasResult) => void } = {}): Promise<RoadmapGeneration[]> {
	if (errors.length > 0) new Notice(describeRoadmapErrors(errors), 0);
	if (roadmaps.length === 0) {
		new Notice(
			errors.length > 0
				? "Nothing generated: fix the roadmap files listed above."
				: "No roadmap to generate: switch on the built-in roadmap or add a roadmap file in the settings.",
		);
		return [];
	}
	const results = await generateRoadmaps(app, roadmaps, canvas);
	for (const result of results) {
		const name = roadmaps.length > 1 ? `${result.title}: ` : "";
		const map = result.report?.canvas;
		if (map?.outcome === "invalid") new Notice(describeInvalidCanvas(map), 0);
		if (map?.outcome === "busy") new Notice(`${map.path} has unsaved changes in an open tab: it was left as it is; generate again once they are saved.`);
		if (result.error !== undefined) new Notice(`Could not generate "${result.title}": ${result.error}`, 0);
		else if (result.report) {
			const failed = result.report.failed.length > 0 || result.report.refused !== undefined;
			new Notice(`${name}${describeGeneration(result.report)}`, failed ? 0 : undefined);
		}
		if (map) canvas.onCanvas?.(map);
	}
	return results;
}

/** The review commands: writes (or finds) the selected roadmap's review, says what happened, opens it. */
export async function reviewWithNotices(app: App, tracker: RoadmapTracker, request: SelectedReview): Promise<void> {
	const { roadmapId } = request;
	const outcome = await writeSelectedReview(app, tracker, request);
	if (outcome.status === "error") {
		new Notice(outcome.message);
		return;
	}
	let message = outcome.status === "exists" ? `${outcome.file.basename} already exists: opened it.` : `Created ${outcome.file.basename}.`;
	if (outcome.roadmapFileMissing && outcome.status === "created") {
		message += ` The roadmap file of "${roadmapId}" is missing, so the review was written from its notes with the default template.`;
	}
	for (const problem of outcome.templateProblems ?? []) message += `\nIn the review template, ${problem}`;
	new Notice(message);
	await app.workspace.getLeaf(false).openFile(outcome.file);
}

/** Tells the learner which stored settings were refused and what is used instead. */
export function noticeSettingsProblems(problems: readonly string[]): void {
	if (problems.length > 0) new Notice(`Some Learning Roadmap settings were refused:\n${shortList(problems, "\n")}`, 0);
}
