import { describe, expect, it } from "vitest";
import { portfolioBlock } from "../../../src/core/portfolio/portfolio-markers";
import { portfolioReadme } from "../../../src/core/portfolio/portfolio-readme";

describe("the portfolio as a README", () => {
	it("keeps headings, lists and web links, and turns wikilinks into their text", () => {
		const note = [
			"---",
			"cssclasses: wide",
			"---",
			"# Portfolio: Python",
			"Hi, I'm Ada. %%private note%%",
			"",
			portfolioBlock(
				[
					"## Completed projects",
					"",
					"### [[Learning Roadmap/Phase 01/Project 1.2 - Simple Calculator|Project 1.2: Simple Calculator]]",
					"",
					"- **Phase:** [[Learning Roadmap/Phase 01/Phase 01|Phase 1: Python Fundamentals]]",
					"- **Repository:** [github.com/ada/calc](https://github.com/ada/calc)",
					"- **Key learnings:**",
					"  > See [[Learning Roadmap/Notes/Parsing]] and ![[diagram.png]]",
				].join("\n"),
			),
			"%%",
			"a hidden",
			"block%%",
			"",
			"```python",
			"x = [[1, 2]]  # stays as written",
			"```",
		].join("\n");
		expect(portfolioReadme(note)).toBe(
			[
				"# Portfolio: Python",
				"Hi, I'm Ada. ",
				"",
				"## Completed projects",
				"",
				"### Project 1.2: Simple Calculator",
				"",
				"- **Phase:** Phase 1: Python Fundamentals",
				"- **Repository:** [github.com/ada/calc](https://github.com/ada/calc)",
				"- **Key learnings:**",
				"  > See Parsing and diagram.png",
				"",
				"```python",
				"x = [[1, 2]]  # stays as written",
				"```",
				"",
			].join("\n"),
		);
	});

	it("leaves no wikilink, marker or Obsidian comment", () => {
		const readme = portfolioReadme(`${portfolioBlock("- [[a|b]] [[c#d]] [[e#^f|g]]")}%%x%%`);
		expect(readme).toBe("- b c g\n");
		expect(readme).not.toMatch(/\[\[|<!--|%%/);
	});
});
