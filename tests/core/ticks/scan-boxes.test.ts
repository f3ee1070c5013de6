import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CAPTURES, needs } from "../../harness/prerequisites";
import { readNoteBoxes, type CachedListItem } from "../../../src/core/progress/note-boxes";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";

// Metadata captured from real Obsidian (see the folder's README); read in place, never copied.
const FIXTURES = `${CAPTURES.where}/`;
const present = existsSync(FIXTURES);

interface Captured {
	fileContents: string;
	cachedMetadata: { listItems?: CachedListItem[] };
}

describe("finding boxes in a note's text, as Obsidian's cache does", () => {
	const names = present ? readdirSync(FIXTURES).filter((f) => f.endsWith(".json")) : [];

	it("reads all the captures", (ctx) => {
		needs(ctx, CAPTURES);
		expect(names.length).toBeGreaterThanOrEqual(76);
	});

	it.each(names)("agrees with Obsidian on %s", (name) => {
		const { fileContents, cachedMetadata } = JSON.parse(readFileSync(`${FIXTURES}${name}`, "utf8")) as Captured;
		const lines = fileContents.split(/\r?\n/);
		const fromCache = readNoteBoxes(lines, cachedMetadata.listItems, undefined).map(({ line, char, text }) => ({ line, char, text }));
		expect(scanNoteBoxes(lines).map(({ line, char, text }) => ({ line, char, text }))).toEqual(fromCache);
	});
});

describe("finding boxes in a note's text", () => {
	it("skips properties, fenced code, %% and HTML comments", () => {
		const lines = [
			"---",
			"tags: [a]",
			"---",
			"- [ ] one",
			"```python",
			"- [ ] in code",
			"```",
			"%%",
			"- [x] in a comment",
			"%%",
			"<!--",
			"- [x] in an html comment",
			"-->",
			"  - [x] two ✅ 2026-11-03",
			"> - [/] three",
			"- [ ]no space is no box",
		];
		expect(scanNoteBoxes(lines)).toEqual([
			{ line: 3, char: " ", text: "one" },
			{ line: 13, char: "x", text: "two", completed: "2026-11-03" },
			{ line: 14, char: "/", text: "three" },
		]);
	});

	it("finds nothing in a note without boxes", () => {
		expect(scanNoteBoxes(["# Title", "", "Some text", "- a bullet"])).toEqual([]);
	});
});
