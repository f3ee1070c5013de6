/** One topic read from a source file, before it becomes a box. */
export interface ImportedTopic {
	text: string;
	/** The source's own id for it (a roadmap.sh node id); Markdown items are known by their text. */
	sourceId?: string;
	/** Ticked in the source: its ✅ date, or "" when it carries none. */
	ticked?: string;
}

export interface ImportedSection {
	title: string;
	topics: ImportedTopic[];
}

export interface ImportedPhase {
	title: string;
	/** The phase's duration when the source gives one (a course table's Duration column). */
	duration?: string;
	sections: ImportedSection[];
}

/** What an importer read from a source: a title and phases of sections of topics. */
export interface ImportedRoadmap {
	title: string;
	phases: ImportedPhase[];
}

/** An importer's answer: the roadmap it read, or why the file holds none, in the learner's words. */
export type ImportResult = { ok: true; roadmap: ImportedRoadmap } | { ok: false; problem: string };

/** The largest source file read (larger ones are refused before parsing). */
export const MAX_SOURCE_CHARS = 2_000_000;

/** The most topics one import brings in: more would make phase notes no one can work through. */
const MAX_TOPICS = 3_000;

/** Checks what every importer shares: not too large, at least one topic, not too many. */
export function checkImported(roadmap: ImportedRoadmap, noTopics: string): ImportResult {
	const phases = roadmap.phases
		.map((phase) => ({ ...phase, sections: phase.sections.filter((section) => section.topics.length > 0) }))
		.filter((phase) => phase.sections.length > 0);
	const count = phases.reduce((sum, phase) => sum + phase.sections.reduce((n, s) => n + s.topics.length, 0), 0);
	if (count === 0) return { ok: false, problem: noTopics };
	if (count > MAX_TOPICS) {
		return { ok: false, problem: `it holds ${count.toLocaleString("en-US")} topics, more than the ${MAX_TOPICS.toLocaleString("en-US")} one roadmap can take; split it into smaller files` };
	}
	return { ok: true, roadmap: { ...roadmap, phases } };
}

/** The problem of a source too large to read, or undefined when its size is fine. */
export function sizeProblem(text: string): string | undefined {
	if (text.length <= MAX_SOURCE_CHARS) return undefined;
	const megabytes = (text.length / 1_000_000).toFixed(1);
	return `it is too large to import (${megabytes} MB; the limit is ${MAX_SOURCE_CHARS / 1_000_000} MB)`;
}

/** One line of readable text: whitespace runs become one space, the ends trimmed. */
export function cleanText(text: string): string {
	return text.replace(/\s+/gu, " ").trim();
}
