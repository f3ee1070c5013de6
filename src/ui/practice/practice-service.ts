import { Notice, type App } from "obsidian";
import { ladderPosition } from "../../core/practice/ladder";
import type { DueRevisit } from "../../core/practice/practice";
import { countedNotes, practiceSummary, type PracticeRules, type PracticeSummary } from "../../core/practice/practice-summary";
import { localDateString } from "../../core/dates/calendar-dates";
import { markRevisited, type RevisitOutcome } from "../../vault/practice/revisit-writer";
import type { RoadmapTracker } from "../../vault/index/roadmap-tracker";
import { noteLinks } from "../view/note-links";

/** What practice needs from the plugin: its settings, the tracker, the roadmap shown, today. */
interface PracticeHost {
	readonly app: App;
	readonly tracker: RoadmapTracker;
	readonly settings: PracticeRules;
	selectedRoadmap(): string;
}

/** The Today card's and the calendar's data, the *Revisited* action and the *Revisit due topics* command, with their notices. */
export class Practice {
	constructor(
		private readonly host: PracticeHost,
		private readonly now: () => Date = () => new Date(),
	) {}

	today(): string {
		return localDateString(this.now());
	}

	/** The practice summary of a roadmap's notes today. */
	summary(roadmapId: string): PracticeSummary {
		const notes = countedNotes(this.host.tracker.notesOf(roadmapId), this.host.tracker.progress(roadmapId));
		return practiceSummary(notes, this.host.settings, this.today());
	}

	/** Marks a due topic revisited today and says what comes next. */
	async revisit(item: DueRevisit): Promise<RevisitOutcome> {
		const outcome = await markRevisited(this.host.app, item, this.today());
		new Notice(describeRevisit(item.text, outcome, this.host.settings.revisitLadder, this.today()));
		return outcome;
	}

	/** The command: opens the first topic due for a revisit, or says there is none. */
	openFirstDue(): void {
		const [first, ...rest] = this.summary(this.host.selectedRoadmap()).due;
		if (!first) {
			new Notice("No revisit due today.");
			return;
		}
		noteLinks(this.host.app, this).open(first.path, first.line);
		const more = rest.length > 0 ? ` (${rest.length} more due)` : "";
		new Notice(`Revisit \u201c${first.text}\u201d${more}: mark it revisited from the Today card of the progress view.`);
	}
}

/** The notice after *Revisited*: when the topic comes back, or that it graduated. */
function describeRevisit(text: string, outcome: RevisitOutcome, ladder: readonly number[], today?: string): string {
	switch (outcome.status) {
		case "gone":
			return `\u201c${text}\u201d could not be marked: its note is gone.`;
		case "not-found":
			return `\u201c${text}\u201d could not be marked: it is no longer a done topic of its note.`;
		case "already":
			return `\u201c${text}\u201d is already marked revisited today.`;
		case "revisited": {
			const { completed, revisits } = outcome.task;
			const next = completed === undefined ? undefined : ladderPosition(completed, revisits ?? [], ladder, today);
			if (next?.status === "graduated") return `Revisited \u201c${text}\u201d: it has graduated, no more revisits.`;
			return next ? `Revisited \u201c${text}\u201d: next revisit on ${next.due}.` : `Revisited \u201c${text}\u201d.`;
		}
	}
}
