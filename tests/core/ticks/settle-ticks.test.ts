import { describe, expect, it } from "vitest";
import type { NoteBox } from "../../../src/core/progress/progress-model";
import { scanNoteBoxes } from "../../../src/core/ticks/scan-boxes";
import { parseYaml } from "../../harness/obsidian";
import { applySettlement, isSettled, matchPredecessors, settleNote, settleTaskLine } from "../../../src/core/ticks/settle-ticks";

const TODAY = "2026-12-01";
const ON = { recordCompletionDates: true, syncProgressProperties: true };
const box = (line: number, char: string, text: string): NoteBox => ({ line, char, text });

function settle(beforeText: string[] | undefined, after: string[], kind = "phase", options = ON) {
	const boxes = scanNoteBoxes(after);
	const predecessors = beforeText ? matchPredecessors(scanNoteBoxes(beforeText), boxes) : undefined;
	const settlement = settleNote({ kind, lines: after, boxes, predecessors, today: TODAY, options, parse: parseYaml });
	return { settlement, lines: applySettlement(after, settlement) };
}

const head = (done: number, total: number, progress: number, status: string) => ["---", "roadmap: r", "kind: phase", "phase: 1", `done: ${done}`, `total: ${total}`, `progress: ${progress}`, `status: ${status}`, "---"];

describe("pairing boxes before and after a change", () => {
	it("pairs by text, not by line, so lines added above never look like ticks", () => {
		const before = [box(0, "x", "a"), box(1, " ", "b")];
		const after = [box(0, " ", "new"), box(1, "x", "a"), box(2, " ", "b")];
		expect(matchPredecessors(before, after)).toEqual([undefined, before[0], before[1]]);
	});

	it("pairs a repeated text with the nearest line", () => {
		const before = [box(0, "x", "same"), box(5, " ", "same")];
		const after = [box(6, " ", "same"), box(1, "x", "same")];
		expect(matchPredecessors(before, after)).toEqual([before[1], before[0]]);
	});

	it("pairs a box ticked and reworded in one go with the one it was", () => {
		const before = [box(0, " ", "a"), box(1, " ", "b")];
		const after = [box(0, " ", "a"), box(1, "x", "b, reworded")];
		expect(matchPredecessors(before, after)).toEqual([before[0], before[1]]);
	});
});

describe("pairing boxes that stayed where they were", () => {
	it("pairs each box with itself when no box moved or changed its words (a tick, a word typed elsewhere)", () => {
		const before = [box(2, " ", "a"), box(3, "x", "b"), box(4, " ", "a")];
		const after = [box(2, "x", "a"), box(3, " ", "b"), box(4, " ", "a")];
		expect(matchPredecessors(before, after)).toEqual(before);
	});

	it("searches again as soon as one box moved: the same repeated words, nearest line first", () => {
		const before = [box(1, " ", "same"), box(10, "x", "same")];
		const after = [box(9, " ", "same"), box(10, " ", "same")];
		expect(matchPredecessors(before, after)).toEqual([before[1], before[0]]);
	});
});

describe("what a task line becomes", () => {
	it("gets today's date when it turns done, and keeps a date it already has", () => {
		expect(settleTaskLine("- [x] a", false, TODAY)).toBe("- [x] a ✅ 2026-12-01");
		expect(settleTaskLine("- [x] a ✅ 2026-01-02", false, TODAY)).toBe("- [x] a ✅ 2026-01-02");
		expect(settleTaskLine("- [x] a", true, TODAY)).toBe("- [x] a");
	});

	it("loses its ✅ date when it turns not done, whoever wrote the date", () => {
		expect(settleTaskLine("- [ ] a ✅ 2025-05-05", true, TODAY)).toBe("- [ ] a");
		expect(settleTaskLine("- [/] a ✅ 2025-05-05 ^id", true, TODAY)).toBe("- [/] a ^id");
		expect(settleTaskLine("- [ ] a ✅ 2025-05-05", false, TODAY)).toBe("- [ ] a ✅ 2025-05-05");
	});
});

describe("settling a note after a change", () => {
	it("dates the tick and updates the properties together", () => {
		const before = [...head(0, 2, 0, "not-started"), "- [ ] a", "- [ ] b"];
		const after = [...head(0, 2, 0, "not-started"), "- [x] a", "- [ ] b"];
		expect(settle(before, after).lines).toEqual([...head(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-12-01", "- [ ] b"]);
	});

	it("dates a tick saved together with a line added above it", () => {
		const before = [...head(0, 2, 0, "not-started"), "- [ ] a", "- [ ] b"];
		const after = [...head(0, 2, 0, "not-started"), "my note", "- [ ] a", "- [x] b"];
		expect(settle(before, after).lines.slice(9)).toEqual(["my note", "- [ ] a", "- [x] b ✅ 2026-12-01"]);
	});

	it("removes the date of an untick saved together with a line removed above it", () => {
		const before = [...head(2, 2, 100, "complete"), "remove me", "- [x] a ✅ 2026-11-01", "- [x] b ✅ 2026-11-02"];
		const after = [...head(2, 2, 100, "complete"), "- [x] a ✅ 2026-11-01", "- [ ] b ✅ 2026-11-02"];
		expect(settle(before, after).lines).toEqual([...head(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-11-01", "- [ ] b"]);
	});

	it("changes nothing in a note that already agrees with itself", () => {
		const text = [...head(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-11-01", "- [ ] b"];
		expect(isSettled(settle(text, text).settlement)).toBe(true);
	});

	it("dates nothing in a note seen for the first time, but still counts it", () => {
		const text = [...head(0, 2, 0, "not-started"), "- [x] a", "- [ ] b"];
		const { settlement } = settle(undefined, text);
		expect(settlement.lines.size).toBe(0);
		expect(settlement.properties).not.toEqual([]);
	});

	it("updates the properties of a learner's own block, which only the YAML parser reads", () => {
		const learners = ["---", "roadmap: r", "kind: phase", "phase: 1", "aliases: [One, 'P1'] # mine", "done: 0", "total: 2", "progress: 0", "status: not-started", "---"];
		const before = [...learners, "- [ ] a", "- [ ] b"];
		const after = [...learners, "- [x] a", "- [ ] b"];
		expect(settle(before, after).lines).toEqual([...learners.slice(0, 5), "done: 1", "total: 2", "progress: 50", "status: in-progress", "---", "- [x] a ✅ 2026-12-01", "- [ ] b"]);
	});

	it("follows the settings, and dates no box of a criteria note", () => {
		const before = [...head(0, 1, 0, "not-started"), "- [ ] a"];
		const after = [...head(0, 1, 0, "not-started"), "- [x] a"];
		expect(isSettled(settle(before, after, "phase", { recordCompletionDates: false, syncProgressProperties: false }).settlement)).toBe(true);
		expect(settle(before, after, "criteria").lines.at(-1)).toBe("- [x] a");
		expect(settle(before, after, "review").settlement.properties).toEqual([]);
	});

	it("takes the date off a box unticked while dates are not recorded (unticking removes it, always)", () => {
		const before = [...head(1, 1, 100, "complete"), "- [x] a ✅ 2026-11-30"];
		const after = [...head(1, 1, 100, "complete"), "- [ ] a ✅ 2026-11-30"];
		expect(settle(before, after, "phase", { recordCompletionDates: false, syncProgressProperties: false }).lines.at(-1)).toBe("- [ ] a");
	});
});

describe("a project note's completed date", () => {
	const project = (done: number, total: number, progress: number, status: string, completed?: string) =>
		["---", "roadmap: r", "kind: project", "phase: 1", 'project: "1.1"', `done: ${done}`, `total: ${total}`, `progress: ${progress}`, `status: ${status}`, ...(completed ? [`completed: ${completed}`] : []), "---"];

	it("comes with the tick of its last box, and goes with the untick, in the same change", () => {
		const before = [...project(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-11-02", "- [ ] b"];
		const after = [...project(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-11-02", "- [x] b"];
		const ticked = settle(before, after, "project").lines;
		expect(ticked).toEqual([...project(2, 2, 100, "complete", "2026-12-01"), "- [x] a ✅ 2026-11-02", "- [x] b ✅ 2026-12-01"]);
		const unticked = [...ticked.slice(0, -1), "- [ ] b ✅ 2026-12-01"];
		expect(settle(ticked, unticked, "project").lines).toEqual([...project(1, 2, 50, "in-progress"), "- [x] a ✅ 2026-11-02", "- [ ] b"]);
	});
});
