import { describe, expect, it } from "vitest";
import { readNoteBoxes } from "../../../src/core/progress/note-boxes";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";
import { computeFileCache } from "../../harness/markdown-cache";

/** The boxes the MetadataCache reports for a note's text, and those the editor's scanner finds. */
function bothReaders(text: string): { cache: Array<{ text: string }>; scanner: Array<{ text: string }> } {
	const lines = text.split("\n");
	const cache = readNoteBoxes(lines, computeFileCache(text).listItems, undefined).map(({ line, char, text: t }) => ({ line, char, text: t }));
	const scanner = scanNoteBoxes(lines).map(({ line, char, text: t }) => ({ line, char, text: t }));
	return { cache, scanner };
}

// Hand-written notes beyond the captures. Where no capture shows Obsidian's behaviour, the rule is
// CommonMark's (and Obsidian's for `%%` and `$$`), as the harness README says.
const CASES: Record<string, [string, string[]]> = {
	"an indented code block after a paragraph": ["Some text\n\n    - [ ] in code\n    - [x] also code\n\n- [ ] real", ["real"]],
	"an indented code block at the start": ["    - [ ] in code\n\n- [ ] real", ["real"]],
	"an indented line continuing a list item": ["- [ ] real\n\n    - [ ] nested deeper\n- [ ] next", ["real", "nested deeper", "next"]],
	"a $$ math block": ["- [ ] before\n$$\n- [ ] in math\n$$\n- [x] after", ["before", "after"]],
	"a $$ math block with text on its fences": ["$$ x = 1\n- [ ] in math\ny $$\n- [ ] after", ["after"]],
	"a one-line $$ formula": ["$$x$$\n- [ ] after", ["after"]],
	"an HTML block": ["<div>\n- [ ] in html\n</div>\n\n- [ ] after", ["after"]],
	"an HTML block ended by a blank line": ["<details>\n<summary>More</summary>\n- [ ] in html\n\n- [ ] after the blank line", ["after the blank line"]],
	"a lone tag after a blank line": ["Text\n\n<my-widget>\n- [ ] in html\n\n- [ ] after", ["after"]],
	"an inline HTML tag does not start a block": ["<span>text</span>\n\n- [ ] after", ["after"]],
	"a %% comment": ["- [ ] before\n%%\n- [ ] hidden\n%%\n- [ ] after", ["before", "after"]],
	"an inline %% comment": ["- [ ] one %%note%%\n- [ ] two", ["one %%note%%", "two"]],
	"a callout": ["> [!todo] Tasks\n> - [ ] in callout\n> - [x] done in callout\n\n- [ ] after", ["in callout", "done in callout", "after"]],
	"a nested callout": ["> [!note]\n> > [!todo]\n> > - [ ] deep", ["deep"]],
	"a footnote": ["Text[^1]\n\n[^1]: A note.\n\n- [ ] after", ["after"]],
	"front-matter-like text further down": ["---\nroadmap: r\n---\n- [ ] one\n\n---\nkey: value\n---\n- [ ] two", ["one", "two"]],
	"a fenced block inside a list": ["- [ ] one\n  ```\n  - [ ] in code\n  ```\n- [ ] two", ["one", "two"]],
	"a tilde fence": ["~~~\n- [ ] in code\n~~~\n- [ ] after", ["after"]],
	"an unclosed fence": ["- [ ] before\n```\n- [ ] in code to the end", ["before"]],
};

describe("one reader of boxes: the editor's scanner and the MetadataCache agree", () => {
	it.each(Object.entries(CASES))("on %s", (_name, [text, expected]) => {
		const { cache, scanner } = bothReaders(text);
		expect(scanner).toEqual(cache);
		expect(scanner.map((box) => box.text)).toEqual(expected);
	});
});
