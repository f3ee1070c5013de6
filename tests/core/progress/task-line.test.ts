import { describe, expect, it } from "vitest";
import { parseTaskLine, removeCompletion, stampCompletion } from "../../../src/core/progress/task-line";

describe("reading a task line", () => {
	it.each([
		["- [ ] Variables", " ", "Variables"],
		["\t\t* [x] Nested", "x", "Nested"],
		["+ [/] Plus marker", "/", "Plus marker"],
		["12. [X] Ordered with dot", "X", "Ordered with dot"],
		["3) [-] Ordered with parenthesis", "-", "Ordered with parenthesis"],
		["> - [x] In a quote", "x", "In a quote"],
		[" >>> - [?] In a nested callout", "?", "In a nested callout"],
		["- [ ]", " ", ""],
	])("reads %j", (line, char, text) => {
		expect(parseTaskLine(line)).toEqual({ char, text });
	});

	it.each(["- plain item", "Some text [x]", "-[x] no space", "- [xx] two chars", "- [x]glued"])("finds no task in %j", (line) => {
		expect(parseTaskLine(line)).toBeNull();
	});

	it("takes a ✅ date and whatever follows it out of the text", () => {
		expect(parseTaskLine("- [x] Lists and tuples ✅ 2026-11-03 ^abc1")).toEqual({
			char: "x",
			text: "Lists and tuples",
			completed: "2026-11-03",
		});
	});

	it("does not read the Tasks plugin's other dates as completion", () => {
		for (const emoji of ["📅", "⏳", "🛫", "➕", "❌"]) {
			const task = parseTaskLine(`- [x] Study ${emoji} 2026-11-03`);
			expect(task?.completed).toBeUndefined();
			expect(task?.text).toBe(`Study ${emoji} 2026-11-03`);
		}
		expect(parseTaskLine("- [x] Study 📅 2026-11-01 ✅ 2026-11-03")).toEqual({
			char: "x",
			text: "Study 📅 2026-11-01",
			completed: "2026-11-03",
		});
	});

	it("keeps a ✅ that is part of the learner's words", () => {
		expect(parseTaskLine("- [x] Beginner level ✅ done")).toEqual({ char: "x", text: "Beginner level ✅ done" });
	});

	it("reads a ✅ date in the middle of the text as words, not as the completion date", () => {
		expect(parseTaskLine("- [ ] Learn ✅ 2025-01-01 syntax")).toEqual({ char: " ", text: "Learn ✅ 2025-01-01 syntax" });
		expect(parseTaskLine("- [x] Learn ✅ 2025-01-01 syntax ✅ 2026-11-03")).toEqual({
			char: "x",
			text: "Learn ✅ 2025-01-01 syntax",
			completed: "2026-11-03",
		});
		expect(parseTaskLine("- [x] Loops ✅ 2026-11-03 #python ^loop")).toEqual({ char: "x", text: "Loops", completed: "2026-11-03" });
		expect(stampCompletion("- [x] Learn ✅ 2025-01-01 syntax", "2026-11-03")).toBe("- [x] Learn ✅ 2025-01-01 syntax ✅ 2026-11-03");
	});

	it("leaves a trailing block id out of the text", () => {
		expect(parseTaskLine("- [ ] Dictionaries ^dict")).toEqual({ char: " ", text: "Dictionaries" });
	});
});

describe("writing completion dates", () => {
	it("appends the date, before a block id when there is one", () => {
		expect(stampCompletion("  - [x] Loops", "2026-11-03")).toBe("  - [x] Loops ✅ 2026-11-03");
		expect(stampCompletion("> - [x] Loops ^loop", "2026-11-03")).toBe("> - [x] Loops ✅ 2026-11-03 ^loop");
	});

	it("never adds a second date", () => {
		expect(stampCompletion("- [x] Loops ✅ 2026-10-01", "2026-11-03")).toBe("- [x] Loops ✅ 2026-10-01");
	});

	it("removes exactly the date it is given", () => {
		expect(removeCompletion("- [ ] Loops ✅ 2026-11-03", "2026-11-03")).toBe("- [ ] Loops");
		expect(removeCompletion("- [ ] Loops ✅ 2026-11-03 ^loop", "2026-11-03")).toBe("- [ ] Loops ^loop");
		expect(removeCompletion("- [ ] Loops ✅ 2026-11-03", "2026-11-04")).toBe("- [ ] Loops ✅ 2026-11-03");
		expect(removeCompletion("- [ ] Loops 📅 2026-11-03", "2026-11-03")).toBe("- [ ] Loops 📅 2026-11-03");
	});

	it("round-trips: stamping then removing gives the line back", () => {
		const line = "1. [x] Functions ^fn";
		expect(removeCompletion(stampCompletion(line, "2026-01-31"), "2026-01-31")).toBe(line);
	});
});

describe("reading the same line again", () => {
	it("gives the same reading every time, also after thousands of other lines were read", () => {
		const line = "- [x] [[Loops note|for and while]] ✅ 2026-11-02 ↻ 2026-11-20";
		const first = structuredClone(parseTaskLine(line));
		for (let i = 0; i < 10_000; i++) parseTaskLine(`- [ ] Topic ${i} ✅ 2026-01-01`);
		expect(parseTaskLine(line)).toEqual(first);
		expect(first).toEqual({ char: "x", text: "for and while", topicNote: "Loops note", completed: "2026-11-02", revisits: ["2026-11-20"] });
		expect(parseTaskLine("- [ ] Topic 9999 ✅ 2026-01-01")).toEqual({ char: " ", text: "Topic 9999", completed: "2026-01-01" });
	});
});
