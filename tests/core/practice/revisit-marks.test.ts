import { describe, expect, it } from "vitest";
import { addRevisitMark, splitRevisitMarks } from "../../../src/core/practice/revisit-marks";
import { parseTaskLine, removeCompletion, stampCompletion } from "../../../src/core/progress/task-line";
import { settleTaskLine } from "../../../src/core/ticks/settle-ticks";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";
import { mergeRoadmapNote } from "../../../src/core/notes/merge-note";
import { noteText } from "../../../src/core/notes/render-notes";
import { renderPhaseNote } from "../../../src/core/notes/render-phase-notes";
import { countBoxes } from "../../../src/core/progress/box-state";
import { sampleRoadmap } from "../notes/sample-roadmap";

describe("writing a revisit mark on a topic's line", () => {
	it("goes before the ✅ date, so the Tasks plugin still reads the date at the end", () => {
		expect(addRevisitMark("- [x] Pandas groupby ✅ 2026-12-01", "2026-12-02")).toBe("- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-01");
	});

	it("follows the marks already there, in date order of writing", () => {
		const once = "- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-01";
		expect(addRevisitMark(once, "2026-12-08")).toBe("- [x] Pandas groupby ↻ 2026-12-02 ↻ 2026-12-08 ✅ 2026-12-01");
	});

	it("goes before every Tasks field, not only ✅", () => {
		expect(addRevisitMark("- [x] Joins 🔼 📅 2026-12-20 ✅ 2026-12-01", "2026-12-02")).toBe("- [x] Joins ↻ 2026-12-02 🔼 📅 2026-12-20 ✅ 2026-12-01");
		expect(addRevisitMark("- [x] Joins ⏳ 2026-11-30 ✅ 2026-12-01 ^abc", "2026-12-02")).toBe("- [x] Joins ↻ 2026-12-02 ⏳ 2026-11-30 ✅ 2026-12-01 ^abc");
	});

	it("goes before a block id, and keeps the indent, quote and bullet as written", () => {
		expect(addRevisitMark("> \t* [X] Joins ^id-1", "2026-12-02")).toBe("> \t* [X] Joins ↻ 2026-12-02 ^id-1");
		expect(addRevisitMark("  1. [x] Joins, my notes here ✅ 2026-12-01", "2026-12-02")).toBe("  1. [x] Joins, my notes here ↻ 2026-12-02 ✅ 2026-12-01");
	});

	it("writes nothing twice on one day, nothing on a line that is no task, nothing with no real date", () => {
		const line = "- [x] Joins ↻ 2026-12-02 ✅ 2026-12-01";
		expect(addRevisitMark(line, "2026-12-02")).toBe(line);
		expect(addRevisitMark("Joins ✅ 2026-12-01", "2026-12-02")).toBe("Joins ✅ 2026-12-01");
		expect(addRevisitMark("- [x] Joins", "2026-02-30")).toBe("- [x] Joins");
	});
});

describe("reading a revisited line", () => {
	it("keeps the topic's text and its ✅ date, and lists the revisits", () => {
		expect(parseTaskLine("- [x] Pandas groupby ↻ 2026-12-02 ↻ 2026-12-08 ✅ 2026-12-01")).toEqual({
			char: "x",
			text: "Pandas groupby",
			completed: "2026-12-01",
			revisits: ["2026-12-02", "2026-12-08"],
		});
	});

	it("reads a mark written by hand, with or without the space, even after the ✅ date", () => {
		expect(parseTaskLine("- [x] Joins ↻2026-12-03 ✅ 2026-12-01 ↻ 2026-12-09")).toEqual({
			char: "x",
			text: "Joins",
			completed: "2026-12-01",
			revisits: ["2026-12-03", "2026-12-09"],
		});
	});

	it("leaves a mark with no real date in the text: it is the learner's words", () => {
		expect(parseTaskLine("- [x] Joins ↻ 2026-02-30 ✅ 2026-12-01")).toEqual({ char: "x", text: "Joins ↻ 2026-02-30", completed: "2026-12-01" });
		expect(splitRevisitMarks("Loops ↻ again")).toEqual({ text: "Loops ↻ again", revisits: [] });
	});

	it("counts the line as one box with the topic's own text, as the MetadataCache sees it", () => {
		const boxes = scanNoteBoxes(["## Pandas", "- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-01", "- [ ] Merge"]);
		expect(boxes.map((b) => [b.text, b.completed, b.revisits])).toEqual([
			["Pandas groupby", "2026-12-01", ["2026-12-02"]],
			["Merge", undefined, undefined],
		]);
	});
});

describe("a topic unticked after revisits", () => {
	const revisited = "- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-01";

	it("loses its ✅ date and keeps its ↻ marks (the revisits happened)", () => {
		const unticked = settleTaskLine(revisited.replace("[x]", "[ ]"), true, "2026-12-05");
		expect(unticked).toBe("- [ ] Pandas groupby ↻ 2026-12-02");
		expect(parseTaskLine(unticked)).toEqual({ char: " ", text: "Pandas groupby", revisits: ["2026-12-02"] });
	});

	it("gets a new ✅ date at the end when ticked again", () => {
		const ticked = settleTaskLine("- [x] Pandas groupby ↻ 2026-12-02", false, "2026-12-05");
		expect(ticked).toBe("- [x] Pandas groupby ↻ 2026-12-02 ✅ 2026-12-05");
		expect(parseTaskLine(ticked)?.completed).toBe("2026-12-05");
	});

	it("removes only the ✅ date, never a mark", () => {
		expect(removeCompletion(revisited, "2026-12-01")).toBe("- [x] Pandas groupby ↻ 2026-12-02");
		expect(stampCompletion("- [x] Joins ↻ 2026-12-02", "2026-12-04")).toBe("- [x] Joins ↻ 2026-12-02 ✅ 2026-12-04");
	});
});

describe("a revisited line in the rest of the plugin", () => {
	const roadmap = sampleRoadmap();
	const planned = renderPhaseNote(roadmap, roadmap.phases[0], "Learning Roadmap");
	const fresh = noteText(planned);
	const revisited = fresh.replace("- [ ] REPL", "- [x] REPL ↻ 2026-11-04 ↻ 2026-11-10 ✅ 2026-11-03");
	const unticked = fresh.replace("- [ ] REPL", "- [ ] REPL ↻ 2026-11-04");

	it("is recognised by re-generation, so the topic is not added again", () => {
		expect(revisited).not.toBe(fresh);
		expect(mergeRoadmapNote(revisited, planned)).toEqual({ text: revisited, added: 0 });
		expect(mergeRoadmapNote(unticked, planned)).toEqual({ text: unticked, added: 0 });
	});

	it("counts as one done box with the topic's text", () => {
		const lines = revisited.split("\n");
		const boxes = scanNoteBoxes(lines);
		const before = scanNoteBoxes(fresh.split("\n"));
		expect(boxes).toHaveLength(before.length);
		expect(countBoxes(boxes).done).toBe(1);
		expect(boxes.find((b) => b.char === "x")).toMatchObject({ text: "REPL", completed: "2026-11-03" });
	});
});
