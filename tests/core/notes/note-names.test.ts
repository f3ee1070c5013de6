import { describe, expect, it } from "vitest";
import {
	criteriaNotePath,
	noteLink,
	overviewNotePath,
	phaseNotePath,
	projectNotePath,
	resourcesNotePath,
	safeFileName,
} from "../../../src/core/notes/note-names";

describe("safe file names", () => {
	it("keeps ETL/ELT in one file name instead of creating a folder", () => {
		expect(safeFileName("ETL/ELT Pipeline Development")).toBe("ETL-ELT Pipeline Development");
		expect(phaseNotePath("Learning Roadmap", { number: 8, title: "ETL/ELT Pipeline Development" })).toBe(
			"Learning Roadmap/Phase 08 - ETL-ELT Pipeline Development/Phase 08 - ETL-ELT Pipeline Development.md",
		);
	});

	it.each([
		["a/b", "a-b"],
		["a\\b", "a-b"],
		["Phase 1: Basics", "Phase 1 - Basics"],
		["Ends with colon:", "Ends with colon"],
		["What *really* matters", "What really matters"],
		["Why? Because", "Why Because"],
		['The "best" way', "The 'best' way"],
		["a <b> c", "a b c"],
		["Data | Engineering", "Data - Engineering"],
		["C# and F#", "C and F"],
		["x^2", "x2"],
		["[Draft] Plan", "(Draft) Plan"],
	])("turns %j into %j", (text, name) => {
		expect(safeFileName(text)).toBe(name);
	});

	it("never lets a forbidden or link-breaking character through", () => {
		const name = safeFileName('a/b\\c:d*e?f"g<h>i|j#k^l[m]n');
		expect(name).not.toMatch(/[/\\:*?"<>|#^[\]]/u);
		expect(name).toBe("a-b-c - def'ghi - jkl(m)n");
	});

	it("collapses spaces and trims dots and spaces at the ends", () => {
		expect(safeFileName("  ..Too   many\tspaces..  ")).toBe("Too many spaces");
		expect(safeFileName("  ...  ")).toBe("Untitled");
	});
});

describe("note layout", () => {
	it("puts each phase note and its projects in one zero-padded phase folder", () => {
		const phase = { number: 1, title: "Python Fundamentals & Syntax" };
		expect(phaseNotePath("Learning Roadmap", phase)).toBe(
			"Learning Roadmap/Phase 01 - Python Fundamentals & Syntax/Phase 01 - Python Fundamentals & Syntax.md",
		);
		expect(projectNotePath("Learning Roadmap", phase, { id: "1.1", title: "Data Cleaning Script" })).toBe(
			"Learning Roadmap/Phase 01 - Python Fundamentals & Syntax/Project 1.1 - Data Cleaning Script.md",
		);
	});

	it("sorts Phase 10 after Phase 09 by plain name", () => {
		const paths = [10, 9, 1, 12, 2].map((number) => phaseNotePath("R", { number, title: "T" }));
		expect([...paths].sort()).toEqual([1, 2, 9, 10, 12].map((number) => phaseNotePath("R", { number, title: "T" })));
		expect(paths[0]).toBe("R/Phase 10 - T/Phase 10 - T.md");
	});

	it("places the overview, criteria and resources notes at the top of the folder", () => {
		expect(overviewNotePath("Learning Roadmap")).toBe("Learning Roadmap/Roadmap overview.md");
		expect(criteriaNotePath("Learning Roadmap/")).toBe("Learning Roadmap/Completion criteria.md");
		expect(resourcesNotePath("Study/Roadmap")).toBe("Study/Roadmap/Learning resources.md");
	});

	it("links by full path without .md, with an alias that cannot end the link early", () => {
		expect(noteLink("R/Phase 01 - A/Project 1.1 - B.md", "Project 1.1: B | [draft]]")).toBe(
			"[[R/Phase 01 - A/Project 1.1 - B|Project 1.1: B - (draft))]]",
		);
	});
});
