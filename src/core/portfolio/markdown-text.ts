/**
 * Text from notes and properties put into generated markdown: escaped so it shows as written,
 * whatever it holds (`|`, `]]`, `#tag`, `$math$`, `<html>`, a marker comment), in Obsidian and on GitHub.
 */

/** Escapes the characters markdown, Obsidian or GitHub would read as syntax, and keeps the text on one line. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/\s*\n\s*/gu, " ")
		.replace(/[\\`*_[\]<>|#$~=%]/gu, (c) => `\\${c}`)
		.trim();
}

/** A web address (`http` or `https`) as a markdown link, or undefined when the text is not one. */
export function webLink(value: string): string | undefined {
	const text = value.trim();
	if (!/^https?:\/\/\S+$/iu.test(text)) return undefined;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return undefined;
	}
	if ((url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") return undefined;
	const shown = `${url.host}${url.pathname === "/" ? "" : url.pathname.replace(/\/$/u, "")}`;
	// Brackets and spaces would end the link's destination: percent-encode them.
	const href = url.href.replace(/[()<> ]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	return `[${escapeMarkdown(shown)}](${href})`;
}

// An HTML tag, comment or declaration starts here; an autolink `<https://…>` is markdown and stays.
const HTML_START = /<(?!https?:\/\/[^\s>]*>)(?=[A-Za-z/!?])/giu;

/**
 * A line the learner wrote, quoted with its markdown as written, but with HTML shown as text (`<script>`
 * becomes `&lt;script>`, inline code left as it is), so it can never run in a README nor open or
 * close a generated block.
 */
export function learnerLine(text: string): string {
	return text
		.split(/(`+[^`]*`+)/u)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(HTML_START, "&lt;").replace(/-->/gu, "--&gt;")))
		.join("");
}
