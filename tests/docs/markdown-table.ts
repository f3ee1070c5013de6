/** Reading the documentation's markdown tables, for the tests that hold them to the plugin. */

/** The rows of the first table under the heading `heading` (e.g. `## Commands`), as trimmed cells. */
export function tableUnder(markdown: string, heading: string): string[][] {
	const lines = markdown.split("\n");
	const start = lines.findIndex((line) => line.trim() === heading);
	if (start < 0) throw new Error(`no "${heading}" heading`);
	const rows: string[][] = [];
	for (const line of lines.slice(start + 1)) {
		if (/^#{1,6} /u.test(line)) break;
		if (!line.startsWith("|")) {
			if (rows.length > 0) break;
			continue;
		}
		rows.push(line.replace(/^\||\|$/gu, "").split("|").map((cell) => cell.trim()));
	}
	if (rows.length < 2) throw new Error(`no table under "${heading}"`);
	// the header and its |---| line
	return rows.slice(2);
}

/** A cell's text without the backticks of inline code. */
export function unquoted(cell: string): string {
	return cell.replace(/^`(.*)`$/u, "$1");
}
