import { splitFrontmatter } from "../notes/frontmatter";
import { PORTFOLIO_END, PORTFOLIO_START } from "./portfolio-markers";

const FENCE = /^\s*(`{3,}|~{3,})/u;
// [[target#heading|alias]] and ![[embed]]: the alias (or the target's name) is what a reader sees.
const WIKILINK = /!?\[\[([^\][|]*?)(?:\|([^\]]*))?\]\]/gu;

/**
 * Turns the portfolio note into GitHub-flavoured markdown for a profile README: no properties, no
 * markers, no Obsidian comments, wikilinks and embeds replaced by their text; web links, headings,
 * lists and code stay as they are.
 */
export function portfolioReadme(noteText: string): string {
	const lines = splitFrontmatter(noteText.replace(/\r\n?/gu, "\n")).body.split("\n");
	const out: string[] = [];
	let fence: string | undefined;
	let inComment = false;
	for (const line of lines) {
		const fenceMatch = FENCE.exec(line);
		if (fence !== undefined) {
			out.push(line);
			if (fenceMatch?.[1]?.startsWith(fence)) fence = undefined;
			continue;
		}
		if (fenceMatch?.[1] !== undefined && !inComment) {
			fence = fenceMatch[1].slice(0, 3);
			out.push(line);
			continue;
		}
		const trimmed = line.trim();
		if (trimmed === PORTFOLIO_START || trimmed === PORTFOLIO_END) continue;
		const { text, open } = withoutObsidianComments(line, inComment);
		inComment = open;
		if (text.trim() === "" && line.trim() !== "") continue;
		out.push(text.replace(WIKILINK, (_link, target: string, alias: string | undefined) => linkText(target, alias)));
	}
	return `${out.join("\n").replace(/\n{3,}/gu, "\n\n").trim()}\n`;
}

function linkText(target: string, alias: string | undefined): string {
	if (alias !== undefined && alias.trim() !== "") return alias.trim();
	const path = target.split("#")[0] ?? "";
	const name = path.split("/").pop() ?? path;
	return name.replace(/\.md$/u, "") || target.replace(/^#/u, "");
}

// `%%…%%` is an Obsidian comment, possibly over several lines; GitHub would show it.
function withoutObsidianComments(line: string, inComment: boolean): { text: string; open: boolean } {
	let text = "";
	let open = inComment;
	let rest = line;
	for (;;) {
		const i = rest.indexOf("%%");
		if (i === -1) {
			if (!open) text += rest;
			return { text, open };
		}
		if (!open) text += rest.slice(0, i);
		open = !open;
		rest = rest.slice(i + 2);
	}
}
