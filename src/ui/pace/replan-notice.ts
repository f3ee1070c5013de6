import { Notice } from "obsidian";
import { readableDate } from "../../core/dates/calendar-dates";
import type { PaceKeeper } from "../../vault/pace/pace-keeper";

/** *Re-plan from today*: moves the overview's `started` so the rest of the plan begins today, and says what it did. */
export async function replanWithNotice(keeper: PaceKeeper, roadmapId: string, title: string): Promise<void> {
	if (roadmapId === "") {
		new Notice("No roadmap to re-plan yet: generate the roadmap notes first.");
		return;
	}
	const result = await keeper.replan(roadmapId);
	switch (result.status) {
		case "no-plan":
			new Notice(`\u201c${title}\u201d has no phase durations to plan with, so there is nothing to re-plan.`);
			return;
		case "no-overview":
			if (result.stranger !== undefined) {
				new Notice(
					`\u201c${result.stranger}\u201d is no longer the roadmap's overview note: its properties were removed, so the plan's start can't be written there. Add \u201croadmap: ${roadmapId}\u201d and \u201ckind: overview\u201d back to its properties, then re-plan again.`,
				);
				return;
			}
			new Notice(`The plan's start lives in the roadmap overview note, and \u201c${title}\u201d has none: generate the roadmap notes to bring it back.`);
			return;
		case "unreadable":
			new Notice(`The properties of \u201c${title}\u201d's overview note can't be read, so the plan's start was not changed. Fix them and try again.`);
			return;
		case "unchanged":
			new Notice(`The plan already starts on ${readableDate(result.start)}: the rest of it begins today.`);
			return;
		case "written":
			new Notice(`Re-planned: the plan now starts on ${readableDate(result.start)}, so what is left begins today. What you have done is kept.`);
			return;
	}
}
