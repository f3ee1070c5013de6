import { splitFrontmatter } from "../notes/frontmatter";
import { joinVaultPath, safeFileName } from "../notes/note-names";
import { renderFrontmatter } from "../notes/render-notes";

/** The folder beside a phase (or project) note that holds its topics' notes. */
const TOPICS_FOLDER = "Topics";

/** The body a topic note gets when no template note is set. */
const BUILT_IN_TOPIC_TEMPLATE = `Back to {{phase_link}} in {{phase}}.

## Notes

## Resources

## Questions
`;

/** What a new topic note is made from. */
interface TopicNoteInput {
	roadmap: string;
	phase: number;
	/** The topic's section number (`"1.2"`), or its project's id for a project's box. */
	section: string;
	/** The topic's words. */
	topic: string;
	/** Today, `YYYY-MM-DD`. */
	created: string;
	/** The phase's label, e.g. `Phase 1: Python Fundamentals`. */
	phaseLabel: string;
	/** A link back to the topic's section in its phase (or project) note. */
	phaseLink: string;
	/** The template note's text; the built-in template when absent. */
	template?: string;
}

/**
 * The vault path of a topic's note: a `Topics` folder beside the note holding its box, named by the
 * topic's words under the generated notes' file-name rules; `copy` 2, 3… names a second topic with the
 * same words in the same note (`Loops (2).md`).
 */
export function topicNotePath(boxNotePath: string, words: string, copy = 1): string {
	const slash = boxNotePath.lastIndexOf("/");
	const folder = slash === -1 ? "" : boxNotePath.slice(0, slash);
	const name = safeFileName(copy <= 1 ? words : `${words} (${copy})`);
	return joinVaultPath(folder, TOPICS_FOLDER, `${name}.md`);
}

/** The section a box belongs to: the number its heading starts with (`### 1.2 Lists` → `"1.2"`), else the whole heading. */
export function sectionOfHeading(heading: string | undefined): string {
	const text = (heading ?? "").trim();
	return /^(\d+(?:\.\d+)*)(?=\s|$)/u.exec(text)?.[1] ?? text;
}

/** A wikilink to a heading of a note (`[[path#heading|heading]]`), or to the note itself when there is no heading. */
export function headingLink(notePath: string, heading: string | undefined, noteLabel: string): string {
	const target = notePath.replace(/\.md$/u, "");
	// A heading link stops at these characters, so they are left out of it and of the shown words.
	const clean = (text: string) => text.replace(/[#|^[\]]/gu, " ").replace(/\s+/gu, " ").trim();
	const section = clean(heading ?? "");
	return section === "" ? `[[${target}|${clean(noteLabel)}]]` : `[[${target}#${section}|${section}]]`;
}

/** The whole text of a new topic note: its properties, then the template with its placeholders filled in. */
export function renderTopicNote(input: TopicNoteInput): string {
	const properties = {
		roadmap: input.roadmap,
		kind: "topic",
		phase: input.phase,
		section: input.section,
		topic: input.topic,
		tags: ["roadmap/topic"],
		created: input.created,
		resources: [],
	};
	// The template's own properties would clash with the note's: its body alone is used.
	const body = splitFrontmatter(input.template ?? BUILT_IN_TOPIC_TEMPLATE).body.replace(/^(\r?\n)+/u, "");
	const values: Record<string, string> = {
		topic: input.topic,
		phase: input.phaseLabel,
		section: input.section,
		date: input.created,
		phase_link: input.phaseLink,
	};
	const filled = body.replace(/\{\{\s*(topic|phase|section|date|phase_link)\s*\}\}/gu, (_whole, key: string) => values[key] ?? "");
	return renderFrontmatter(properties) + filled;
}
