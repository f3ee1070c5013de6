import { describe, expect, it } from "vitest";
import { learnerLine } from "../../../src/core/portfolio/markdown-text";
import { applyChange, markerLines, placePortfolio, PORTFOLIO_END, PORTFOLIO_START } from "../../../src/core/portfolio/portfolio-markers";

function place(text: string, generated: string): string {
	const placement = placePortfolio(text, generated);
	if (placement.status === "unchanged") return text;
	if (placement.status === "damaged") throw new Error(placement.problem);
	return applyChange(text, placement.change);
}

describe("key learnings quoted in the portfolio", () => {
	it("show HTML as text, whatever tag or comment it is", () => {
		expect(learnerLine("<script>alert(1)</script>")).toBe("&lt;script>alert(1)&lt;/script>");
		expect(learnerLine('<img src=x onerror="alert(2)">')).toBe('&lt;img src=x onerror="alert(2)">');
		expect(learnerLine(`${PORTFOLIO_END}`)).toBe("&lt;!-- learning-roadmap:portfolio:end --&gt;");
		expect(learnerLine("<?php echo 1 ?> and <!DOCTYPE html>")).toBe("&lt;?php echo 1 ?> and &lt;!DOCTYPE html>");
	});

	it("keep their markdown, autolinks, comparisons and inline code as written", () => {
		expect(learnerLine("**Bold**, [a link](https://x.dev) and <https://x.dev>")).toBe("**Bold**, [a link](https://x.dev) and <https://x.dev>");
		expect(learnerLine("a < b and c > d, x->y")).toBe("a < b and c > d, x->y");
		expect(learnerLine("use `<div>` and ``<b>`` here")).toBe("use `<div>` and ``<b>`` here");
	});
});

describe("portfolio markers", () => {
	it("are not markers inside a code fence", () => {
		const text = ["```", PORTFOLIO_START, PORTFOLIO_END, "```", "~~~~", PORTFOLIO_START, "~~~", PORTFOLIO_END, "~~~~", ""].join("\n");
		expect(markerLines(text, PORTFOLIO_START)).toEqual([]);
		const appended = place(text, "new\n");
		expect(appended.startsWith(text)).toBe(true);
		expect(appended.slice(text.length)).toBe(`\n${PORTFOLIO_START}\nnew\n${PORTFOLIO_END}\n`);
	});

	it("are found after a fence closes", () => {
		const text = ["```", PORTFOLIO_START, "```", PORTFOLIO_START, "old", PORTFOLIO_END, ""].join("\n");
		expect(place(text, "new\n")).toBe(["```", PORTFOLIO_START, "```", PORTFOLIO_START, "new", PORTFOLIO_END, ""].join("\n"));
	});

	it("keep a CRLF note in CRLF, when rewritten and when added", () => {
		const crlf = ["# Mine", PORTFOLIO_START, "old", PORTFOLIO_END, "Outro."].join("\r\n");
		expect(place(crlf, "a\nb\n")).toBe(["# Mine", PORTFOLIO_START, "a", "b", PORTFOLIO_END, "Outro."].join("\r\n"));
		expect(place("# Mine\r\nIntro.\r\n", "a\n")).toBe(["# Mine", "Intro.", "", PORTFOLIO_START, "a", PORTFOLIO_END, ""].join("\r\n"));
		const last = ["# Mine", PORTFOLIO_START, "old", PORTFOLIO_END].join("\r\n");
		expect(place(last, "a\n")).toBe(["# Mine", PORTFOLIO_START, "a", PORTFOLIO_END].join("\r\n"));
	});
});
