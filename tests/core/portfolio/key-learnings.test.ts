import { describe, expect, it } from "vitest";
import { keyLearnings } from "../../../src/core/portfolio/key-learnings";

const NOTE = [
	"---",
	"kind: project",
	"---",
	"# Project 3.3: Financial Data ETL",
	"## Features",
	"- [x] Portfolio analysis",
	"",
	"## Key learnings",
	"",
	"%% first thoughts %%",
	"Rolling windows need a warm-up period.",
	"",
	"- RSI is undefined on flat prices",
	"```python",
	"# not a heading",
	"```",
	"Third line.",
	"Fourth line, left out.",
	"## Next",
	"Not a learning.",
].join("\n");

describe("key learnings", () => {
	it("takes the first three lines the learner wrote under the heading, without blanks, comments or code", () => {
		expect(keyLearnings(NOTE)).toEqual(["Rolling windows need a warm-up period.", "- RSI is undefined on flat prices", "Third line."]);
	});

	it("stops at the next heading of the same level, and keeps deeper headings' lines", () => {
		const text = "## Key Learnings:\n### Pandas\nIndex alignment surprises.\n## Repository\nhttps://x";
		expect(keyLearnings(text)).toEqual(["Index alignment surprises."]);
	});

	it("finds nothing in a note without the section, or with it empty", () => {
		expect(keyLearnings("# Project\n- [x] done\n")).toEqual([]);
		expect(keyLearnings("## Key learnings\n\n## Other\ntext")).toEqual([]);
		expect(keyLearnings("")).toEqual([]);
	});

	it("does not read a heading inside a code block as the section", () => {
		expect(keyLearnings("```\n## Key learnings\nnot mine\n```\n")).toEqual([]);
	});

	it("reads notes saved with Windows line endings", () => {
		expect(keyLearnings("## Key learnings\r\nOne\r\nTwo\r\n")).toEqual(["One", "Two"]);
	});
});
