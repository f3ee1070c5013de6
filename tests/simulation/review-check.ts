/** The monthly review's "Topics Covered": exactly the phase topics whose ✅ date falls in its month. */
import { format } from "date-fns";
import type { App } from "../harness/app";
import type { TFile } from "../harness/obsidian";
import { readNote } from "./invariants";
import type { LearnerApp } from "./learner-app";
import { DATE_MARK, linesOf, TOPICS, type Model, type NoteKey } from "./model";

export function reviewsOf(app: App): TFile[] {
	return app.vault.getMarkdownFiles().filter((f) => app.metadataCache.getFileCache(f)?.frontmatter?.kind === "review");
}

/** Checks the review a command just created (none when it already existed). */
export function checkReview(learner: LearnerApp, model: Model, which: "this" | "previous", before: ReadonlySet<string>): void {
	const now = new Date();
	const month = format(new Date(now.getFullYear(), now.getMonth() - (which === "previous" ? 1 : 0), 1), "yyyy-MM");
	const created = reviewsOf(learner.app).filter((f) => !before.has(f.path));
	if (created.length === 0) return;
	if (created.length > 1) throw new Error(`one review per command: ${created.map((f) => f.path).join(", ")}`);
	const text = readNote(learner.dir, created[0].path);
	const section = text.split("### Topics Covered")[1]?.split(/\n### /)[0];
	if (section === undefined) throw new Error(`${created[0].path} has no Topics Covered`);
	for (const key of ["phase1", "phase2"] as NoteKey[]) {
		const note = model.notes[key];
		if (!note) continue;
		const noteText = readNote(learner.dir, note.path);
		for (const topic of TOPICS[key]) {
			const line = linesOf(noteText, topic)[0];
			const date = [...line.rest.matchAll(DATE_MARK)][0]?.[1];
			const covered = (line.char === "x" || line.char === "X") && date?.startsWith(`${month}-`) === true;
			if (section.includes(topic) !== covered) {
				throw new Error(`the review list agrees with the ✅ dates: "${topic}" (${line.rest}) is ${covered ? "missing from" : "listed in"} the ${month} review`);
			}
		}
	}
}
