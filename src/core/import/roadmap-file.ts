import { toYaml } from "../yaml/emit";
import type { ImportedRoadmap, ImportedSection, ImportedTopic } from "./imported-roadmap";

/** A section as a roadmap file holds it (other keys a learner added are kept as they are). */
interface SectionData {
	id: string;
	title: string;
	topics: string[];
	ticked?: Record<string, string>;
	topic_ids?: Record<string, string>;
	[key: string]: unknown;
}

interface PhaseData {
	number: number;
	title: string;
	duration: string;
	level: string;
	sections: SectionData[];
	[key: string]: unknown;
}

/** The data of a roadmap file: what the import writes, and a validated earlier version it adds to. */
export interface RoadmapFileData {
	id: string;
	title: string;
	phases: PhaseData[];
	[key: string]: unknown;
}

/** What importing did to the roadmap file, for the closing notice. */
interface ImportOutcome {
	data: RoadmapFileData;
	/** Topics the source gained since the last import (every topic, the first time). */
	added: number;
	/** Of those, how many arrive ticked. */
	addedTicked: number;
}

const DEFAULT_DURATION = "Self-paced";
const DEFAULT_LEVEL = "Any";
const FIRST_LINE = "# Imported by Learning Roadmap from ";

/**
 * Turns an import into roadmap file data: the first time a new roadmap with id `id`; again, the
 * `previous` file with only the topics it lacks added (a roadmap.sh topic is known by its node id,
 * a Markdown item by its text under its heading), so every earlier topic keeps its words and place.
 */
export function roadmapFileData(imported: ImportedRoadmap, previous: RoadmapFileData | undefined, id: string, source: string): ImportOutcome {
	const data: RoadmapFileData = previous ? structuredClone(previous) : { id, title: imported.title, description: `Imported from ${source}.`, phases: [] };
	const places = new Map<string, SectionData>();
	for (const phase of data.phases) {
		for (const section of phase.sections) {
			for (const sourceId of Object.values(section.topic_ids ?? {})) places.set(sourceId, section);
		}
	}
	let added = 0;
	let addedTicked = 0;
	for (const phase of imported.phases) {
		for (const section of phase.sections) {
			const anchor = section.topics.map((t) => (t.sourceId === undefined ? undefined : places.get(t.sourceId))).find((s) => s !== undefined);
			const seen = new Map<string, number>();
			let target: SectionData | undefined = anchor ?? findSection(data, phase.title, section.title);
			for (const topic of section.topics) {
				const occurrence = (seen.get(topic.text) ?? 0) + 1;
				seen.set(topic.text, occurrence);
				if (isKnown(topic, occurrence, target, places)) continue;
				target ??= addSection(data, phase.title, phase.duration, section);
				addTopic(target, topic, occurrence);
				if (topic.sourceId !== undefined) places.set(topic.sourceId, target);
				added++;
				if (topic.ticked !== undefined) addedTicked++;
			}
		}
	}
	return { data, added, addedTicked };
}

function isKnown(topic: ImportedTopic, occurrence: number, section: SectionData | undefined, places: Map<string, SectionData>): boolean {
	if (topic.sourceId !== undefined) return places.has(topic.sourceId);
	return section?.topics.includes(numbered(topic.text, occurrence)) ?? false;
}

// the second "Exercises" under one heading is "Exercises (2)": each box its own line
function numbered(text: string, occurrence: number): string {
	return occurrence === 1 ? text : `${text} (${occurrence})`;
}

function findSection(data: RoadmapFileData, phaseTitle: string, sectionTitle: string): SectionData | undefined {
	const phase = data.phases.find((p) => p.title === phaseTitle);
	return phase?.sections.find((s) => s.title === sectionTitle);
}

function addSection(data: RoadmapFileData, phaseTitle: string, duration: string | undefined, section: ImportedSection): SectionData {
	let phase = data.phases.find((p) => p.title === phaseTitle);
	if (!phase) {
		const number = Math.max(0, ...data.phases.map((p) => p.number)) + 1;
		phase = { number, title: phaseTitle, duration: duration ?? DEFAULT_DURATION, level: DEFAULT_LEVEL, sections: [] };
		data.phases.push(phase);
	}
	const prefix = `${phase.number}.`;
	const taken = data.phases.flatMap((p) => p.sections.map((s) => s.id)).filter((sid) => sid.startsWith(prefix));
	const next = Math.max(0, ...taken.map((sid) => Number(sid.slice(prefix.length)))) + 1;
	const created: SectionData = { id: `${prefix}${next}`, title: section.title, topics: [] };
	phase.sections.push(created);
	return created;
}

/** Adds a topic under a text no other topic of the section has. */
function addTopic(section: SectionData, topic: ImportedTopic, occurrence: number): void {
	let text = numbered(topic.text, occurrence);
	for (let n = occurrence + 1; section.topics.includes(text); n++) text = numbered(topic.text, n);
	section.topics.push(text);
	if (topic.ticked !== undefined) (section.ticked ??= {})[text] = topic.ticked;
	if (topic.sourceId !== undefined) (section.topic_ids ??= {})[text] = topic.sourceId;
}

/** The roadmap file's text: a first comment naming its source, then the data as YAML. */
export function roadmapFileText(data: RoadmapFileData, source: string): string {
	return `${FIRST_LINE}${JSON.stringify(source)}.\n# Import it again to add what the source gained; your ticks live in the notes and stay.\n${toYaml(data)}`;
}

/** The source a roadmap file says it was imported from, or undefined when the import did not write it. */
export function importedFrom(text: string): string | undefined {
	const first = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
	if (!first.startsWith(FIRST_LINE)) return undefined;
	try {
		const source: unknown = JSON.parse(first.slice(FIRST_LINE.length).replace(/\.\s*$/u, ""));
		return typeof source === "string" ? source : undefined;
	} catch {
		return undefined;
	}
}

/** A roadmap id from a title (`Computer Science` → `computer-science`), unlike any of `taken`. */
export function roadmapIdFor(title: string, taken: ReadonlySet<string>): string {
	const base = title
		.normalize("NFKD")
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, "-")
		.replace(/^-+|-+$/gu, "")
		.slice(0, 48)
		.replace(/-+$/u, "") || "imported-roadmap";
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	return id;
}

/** A title unlike any of `taken` (`Web Basics (2)`): each roadmap's notes get a folder of their own. */
export function roadmapTitleFor(title: string, taken: ReadonlySet<string>): string {
	let unique = title;
	for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${title} (${n})`;
	return unique;
}

/** Where the roadmap file of a source goes: `<source name>.roadmap.yaml` beside it. */
export function roadmapFilePath(sourcePath: string): string {
	return `${sourcePath.replace(/\.(md|json)$/iu, "")}.roadmap.yaml`;
}
