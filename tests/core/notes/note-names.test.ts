import { describe, expect, it } from "vitest";
import {
	criteriaNotePath,
	noteLink,
	overviewNotePath,
	phaseNotePath,
	projectNotePath,
	resourcesNotePath,
	MAX_NAME_LENGTH,
	MAX_PATH_LENGTH,
	notePathProblem,
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

describe("names every system accepts", () => {
	it.each([
		["CON", "CON_"],
		["con", "con_"],
		["PRN", "PRN_"],
		["AUX", "AUX_"],
		["nul", "nul_"],
		["COM1", "COM1_"],
		["LPT9", "LPT9_"],
		["CON.txt", "CON_.txt"],
		["aux.notes", "aux_.notes"],
		["Console", "Console"],
		["COM10", "COM10"],
		["CONTROL flow", "CONTROL flow"],
		["Trailing dots...", "Trailing dots"],
		["Bell\u0007 and\u0000nul", "Bell and nul"],
	])("turns %j into %j", (text, name) => {
		expect(safeFileName(text)).toBe(name);
	});

	it("shortens a long name with a stable short hash, so two long titles never share a name", () => {
		const long = `${"A very long roadmap title ".repeat(12)}part one`;
		const other = `${"A very long roadmap title ".repeat(12)}part two`;
		const name = safeFileName(long);
		expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
		expect(name).toMatch(/^A very long roadmap title .* ~[0-9a-f]{6}$/u);
		expect(safeFileName(long)).toBe(name);
		expect(safeFileName(other)).not.toBe(name);
		expect(safeFileName("x".repeat(MAX_NAME_LENGTH))).toBe("x".repeat(MAX_NAME_LENGTH));
	});

	it("keeps a 300-character title's note path under the limit", () => {
		const phase = { number: 1, title: "T".repeat(300) };
		const path = projectNotePath(`Learning Roadmap/${safeFileName("R".repeat(300))}`, phase, { id: "1.1", title: "P".repeat(300) });
		expect(path.length).toBeLessThanOrEqual(MAX_PATH_LENGTH);
		expect(notePathProblem(path)).toBeUndefined();
	});

	it.each([
		["a/".repeat(130) + "b.md", /characters long/],
		["Roadmaps/CON/Note.md", /reserves/],
		["Roadmaps/lpt1.md", /reserves/],
		["Roadmaps/Folder./Note.md", /dot or a space/],
		["Roadmaps/Tab\u0009x/Note.md", /control character/],
	])("names what is wrong with %j", (path, problem) => {
		expect(notePathProblem(path)).toMatch(problem);
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
