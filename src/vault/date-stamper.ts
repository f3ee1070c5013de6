import { TFile, type App } from "obsidian";
import { localDateString, planCompletionEdits } from "../core/progress/completion-dates";
import type { NoteUpdate } from "./progress-index";

const STAMPED_KINDS = new Set(["phase", "project"]);

/**
 * Appends ` ✅ YYYY-MM-DD` to a roadmap box the learner just ticked, and takes it away again
 * when they untick it — only dates this plugin wrote, only on lines that still read as expected.
 */
export class DateStamper {
	/** Dates this plugin wrote during this session, so unticking removes ours and nobody else's. */
	private readonly stamped = new Set<string>();

	constructor(
		private readonly app: App,
		private readonly now: () => Date = () => new Date(),
	) {}

	async apply(update: NoteUpdate): Promise<void> {
		const { note, previous, lines } = update;
		if (!note || !lines || note.problem || !STAMPED_KINDS.has(note.kind)) return;
		const edits = planCompletionEdits({
			previous: previous?.boxes,
			current: note.boxes,
			lines,
			today: localDateString(this.now()),
			stampedByPlugin: this.stamped,
			path: update.path,
		});
		if (edits.length === 0) return;
		const file = this.app.vault.getAbstractFileByPath(update.path);
		if (!(file instanceof TFile)) return;
		await this.app.vault.process(file, (text) => {
			const eol = text.includes("\r\n") ? "\r\n" : "\n";
			const current = text.split(/\r?\n/);
			for (const edit of edits) {
				// The learner may have typed since the cache was computed: touch only an untouched line.
				if (current[edit.line] !== edit.expected) continue;
				current[edit.line] = edit.replacement;
				if (edit.kind === "stamp") this.stamped.add(edit.key);
				else this.stamped.delete(edit.key);
			}
			return current.join(eol);
		});
	}
}
