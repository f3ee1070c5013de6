/**
 * The shapes that flow from the vault index to the aggregation and on to the view.
 * The index builds one `RoadmapNote` per note carrying a `roadmap` property; the aggregation turns
 * them (plus the roadmap data, when known) into one `RoadmapProgress` per roadmap.
 */

/** What a checkbox's status character means for progress. */
export type BoxState = "done" | "cancelled" | "started" | "open";

/** One checkbox of a note, as the MetadataCache reports it, with the text of its line. */
export interface NoteBox {
	/** 0-based line in the note. */
	line: number;
	/** The character between the brackets, kept as written (`x`, `X`, `-`, `/`, ` `, `?`...). */
	char: string;
	/** The box's text after `- [ ] `, without a trailing ✅ date. */
	text: string;
	/** The ✅ completion date on the line (`YYYY-MM-DD`), if any. */
	completed?: string;
	/** The dates of the line's `↻` revisit marks, if any. */
	revisits?: string[];
	/** The link target of the topic's own note, when its words link to one (`[[target|words]]`). */
	topicNote?: string;
	/** The nearest heading above the box (its text), if any. */
	heading?: string;
	/** 0-based line of that heading. */
	headingLine?: number;
}

/** A note that claims to belong to a roadmap, through its `roadmap` property. */
export interface RoadmapNote {
	path: string;
	roadmap: string;
	/** `phase`, `project`, `overview`, `criteria`, `resources`, `review`, or anything else. */
	kind: string;
	phase?: number;
	project?: string;
	title?: string;
	/** The phase's level (`level` property of a phase note), if written. */
	level?: string;
	/** The learner's repository link (`repository` property of a project note), if written. */
	repository?: string;
	/** The plan's start (`started` property of the overview note, `YYYY-MM-DD`), if written. */
	started?: string;
	/** A `started` value that is no calendar day (`"2026-02-30"`, `"banana"`, a list), as written. */
	startedUnreadable?: string;
	boxes: NoteBox[];
	/** Set when the note's properties cannot be read (broken YAML, wrong types). */
	problem?: string;
	/** Set when its progress properties differ from its boxes and cannot be edited without risk (why). */
	propertiesProblem?: string;
}

export interface Count {
	done: number;
	/** Counted boxes: every box but the cancelled (`-`) ones. */
	total: number;
	/** Boxes marked started (`/`); they are part of `total` and not of `done`. */
	started: number;
}

/** A topic of a section: its box's words, line and state, and the link to its own note, if any. */
export interface SectionTopic {
	text: string;
	line: number;
	state: BoxState;
	/** The link target of the topic's own note, as written on its box. */
	topicNote?: string;
}

export interface SectionProgress extends Count {
	title: string;
	path: string;
	line: number;
	/** The section's topics, in note order. */
	topics?: SectionTopic[];
}

export interface ProjectProgress extends Count {
	id: string;
	title: string;
	phase: number;
	path: string | undefined;
	complete: boolean;
	/** Latest ✅ date of the project's boxes, when it is complete. */
	completedOn?: string;
}

export interface PhaseProgress extends Count {
	number: number;
	title: string;
	level?: string;
	path: string | undefined;
	sections: SectionProgress[];
	projects: ProjectProgress[];
	projectsComplete: number;
}

export interface CriterionProgress {
	text: string;
	met: boolean;
	/** Measured from the vault (topics or projects) rather than ticked in the criteria note. */
	measured: boolean;
	/** For measured criteria: how far along (e.g. 3 of 5 projects). */
	done?: number;
	total?: number;
	path?: string;
	line?: number;
}

export interface LevelProgress {
	id: string;
	title: string;
	phases: number[];
	criteria: CriterionProgress[];
	met: number;
}

export interface UpNextItem {
	text: string;
	path: string;
	line: number;
	phase?: number;
	/** The link target of the topic's own note, as written on its box. */
	topicNote?: string;
}

export interface Warning {
	message: string;
	paths: string[];
}

export interface MonthCount {
	/** `YYYY-MM` */
	month: string;
	count: number;
}

export interface RoadmapProgress {
	roadmap: string;
	title: string;
	overall: Count;
	levels: LevelProgress[];
	phases: PhaseProgress[];
	upNext: UpNextItem[];
	warnings: Warning[];
	/** Completions per month over the last twelve months, oldest first. */
	activity: MonthCount[];
	/** Whether any phase or project note of this roadmap exists in the vault. */
	hasNotes: boolean;
	/** ✅ dates of the done boxes of the counted phase and project notes, for pace (unsorted). */
	doneDates?: string[];
}
