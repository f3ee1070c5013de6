import { describe, expect, it } from "vitest";
import { applyChange, placePortfolio, portfolioBlock, PORTFOLIO_END, PORTFOLIO_START } from "../../../src/core/portfolio/portfolio-markers";

const OLD = "## Completed projects\n\nNo completed project yet.\n";
const NEW = "## Completed projects\n\n### Project 1.1\n";

function place(text: string, generated: string): string {
	const placement = placePortfolio(text, generated);
	if (placement.status === "unchanged") return text;
	if (placement.status === "damaged") throw new Error(placement.problem);
	return applyChange(text, placement.change);
}

describe("placing the generated part", () => {
	it("rewrites only what is between the markers; the learner's text around them stays byte for byte", () => {
		const before = `# My portfolio\r\nHi, I'm Ada.\n\n${portfolioBlock(OLD)}\nThanks for reading!\n`;
		expect(place(before, NEW)).toBe(`# My portfolio\r\nHi, I'm Ada.\n\n${portfolioBlock(NEW)}\nThanks for reading!\n`);
	});

	it("changes nothing when the generated part is the same", () => {
		const text = `intro\n${portfolioBlock(NEW)}outro`;
		expect(placePortfolio(text, NEW)).toEqual({ status: "unchanged" });
	});

	it("keeps a note ending on the end marker without a newline as it is", () => {
		const text = `intro\n${portfolioBlock(OLD).trimEnd()}`;
		expect(place(text, NEW)).toBe(`intro\n${portfolioBlock(NEW).trimEnd()}`);
		expect(placePortfolio(place(text, NEW), NEW)).toEqual({ status: "unchanged" });
	});

	it("appends the block to a note without markers", () => {
		expect(place("My own words", NEW)).toBe(`My own words\n\n${portfolioBlock(NEW)}`);
		expect(place("My own words\n", NEW)).toBe(`My own words\n\n${portfolioBlock(NEW)}`);
		expect(place("", NEW)).toBe(portfolioBlock(NEW));
	});

	it.each([
		["a start marker alone", `${PORTFOLIO_START}\nmine\n`],
		["an end marker alone", `mine\n${PORTFOLIO_END}\n`],
		["the markers in the wrong order", `${PORTFOLIO_END}\nmine\n${PORTFOLIO_START}\n`],
		["two blocks", `${portfolioBlock(OLD)}mine\n${portfolioBlock(OLD)}`],
	])("refuses to write over damaged markers: %s", (_name, text) => {
		expect(placePortfolio(text, NEW)).toMatchObject({ status: "damaged" });
	});
});
