import { headingWords } from "../notes/note-outline";
import { splitFrontmatter } from "../notes/frontmatter";
/** How many lines of a project's *Key learnings* the portfolio quotes. */
const KEY_LEARNINGS_LINES = 3;

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/u;
const FENCE = /^\s*(`{3,}|~{3,})/u;

/**
 * The first lines the learner wrote under a project note's *Key learnings* heading (any level),
 * up to the next heading of that level or higher: blank lines, comments and code fences left out.
 */
export function keyLearnings(noteText: string, max = KEY_LEARNINGS_LINES): string[] {
	const lines = splitFrontmatter(noteText.replace(/\r\n?/gu, "\n")).body.split("\n");
	const found: string[] = [];
	let level = 0;
	let fence: string | undefined;
	for (const line of lines) {
		const fenceMatch = FENCE.exec(line);
		if (fence !== undefined) {
			if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
			continue;
		}
		if (fenceMatch?.[1] !== undefined) {
			fence = fenceMatch[1].slice(0, 3);
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			const headingLevel = heading[1]?.length ?? 0;
			if (level > 0 && headingLevel <= level) break;
			if (level === 0 && isKeyLearningsHeading(heading[2] ?? "")) level = headingLevel;
			continue;
		}
		if (level === 0) continue;
		const text = line.trim();
		if (text === "" || /^%%.*%%$/u.test(text) || /^<!--.*-->$/u.test(text)) continue;
		found.push(text);
		if (found.length === max) break;
	}
	return found;
}

function isKeyLearningsHeading(text: string): boolean {
	return headingWords(text) === "key learnings";
}
