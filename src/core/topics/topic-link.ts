/**
 * A topic's box may link its words to the topic's own note: `- [ ] [[…/Topics/Loops|Loops]] ✅ …`.
 * Everything that recognises a topic by its words (progress, ticks, revisits, Generate) reads the
 * words the link shows, so linking a topic never makes it a different topic.
 */

/** A topic's words linked to its note: the link's target and the words it shows. */
interface TopicLink {
	/** The link's path as written (Obsidian rewrites it when the note is renamed or moved). */
	target: string;
	/** The words the link shows: the topic's words. */
	words: string;
}

// `[[target|words]]` at the very start of a box's text; a target may carry a `#heading` part.
const LEADING_LINK = /^\[\[([^[\]|]+)\|([^[\]|]+)\]\]/u;

/** Reads the link a box's text starts with, or undefined when it starts with plain words. */
export function readTopicLink(text: string): TopicLink | undefined {
	const match = LEADING_LINK.exec(text);
	const target = match?.[1]?.trim();
	const words = match?.[2]?.trim();
	if (target === undefined || words === undefined || target === "" || words === "") return undefined;
	return { target, words };
}

/** A box's text as the learner reads it: a leading `[[target|words]]` shows as its words. */
export function shownText(text: string): string {
	const match = LEADING_LINK.exec(text);
	const link = readTopicLink(text);
	if (match === null || link === undefined) return text;
	return link.words + text.slice(match[0].length);
}

/**
 * Whether words can be shown by a wikilink as they are: a `|`, `[` or `]` would end the link early,
 * so a topic holding one cannot be linked without changing its words.
 */
export function canShowInLink(words: string): boolean {
	return !/[[\]|]/u.test(words) && words.trim() === words && words !== "";
}

/**
 * Turns the topic's words on a box line into a link to `target` showing the same words, or returns
 * the line unchanged when it is no box starting with those words (or is already linked there).
 * Everything else on the line (box, ✅ date, ↻ marks, the learner's words) stays byte for byte.
 */
export function linkTopicWords(line: string, words: string, target: string): string {
	const box = /^((?:[ \t]*>)*[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\][ \t]+)(.*)$/u.exec(line);
	if (!box || !canShowInLink(words)) return line;
	const [, head = "", text = ""] = box;
	const link = `[[${target}|${words}]]`;
	const current = LEADING_LINK.exec(text);
	if (current !== null && readTopicLink(text)?.words === words) {
		return current[0] === link ? line : head + link + text.slice(current[0].length);
	}
	if (!text.startsWith(words)) return line;
	return head + link + text.slice(words.length);
}
