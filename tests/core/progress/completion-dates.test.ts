import { afterEach, describe, expect, it } from "vitest";
import { localDateString, planCompletionEdits, stampKey } from "../../../src/core/progress/completion-dates";
import { parseTaskLine } from "../../../src/core/progress/task-line";
import type { NoteBox } from "../../../src/core/progress/progress-model";

// The note's boxes as the index would read them from these lines.
function read(lines: string[]): NoteBox[] {
	return lines.flatMap((text, line) => {
		const task = parseTaskLine(text);
		return task ? [{ line, ...task }] : [];
	});
}

function plan(before: string[] | undefined, after: string[], stamped: string[] = []) {
	return planCompletionEdits({
		previous: before && read(before),
		current: read(after),
		lines: after,
		today: "2026-11-03",
		stampedByPlugin: new Set(stamped),
		path: "P1.md",
	});
}

describe("completion dates", () => {
	it("stamps a box the learner just ticked", () => {
		expect(plan(["# T", "- [ ] Loops"], ["# T", "- [x] Loops"])).toEqual([
			{ line: 1, expected: "- [x] Loops", replacement: "- [x] Loops ✅ 2026-11-03", kind: "stamp", key: stampKey("P1.md", "Loops", "2026-11-03") },
		]);
	});

	it("stamps nothing the first time a note is seen, such as at start-up", () => {
		expect(plan(undefined, ["- [x] Loops"])).toEqual([]);
	});

	it("leaves a line alone that the Tasks plugin already dated", () => {
		expect(plan(["- [ ] Loops 📅 2026-11-10"], ["- [x] Loops 📅 2026-11-10 ✅ 2026-11-02"])).toEqual([]);
	});

	it("does not take a line inserted above for a tick", () => {
		expect(plan(["- [ ] Loops", "- [x] Lists"], ["- [ ] New", "- [ ] Loops", "- [x] Lists"])).toEqual([]);
	});

	it("does not stamp a box pasted in already ticked, nor a started or cancelled one", () => {
		expect(plan(["- [ ] a"], ["- [ ] a", "- [x] pasted"])).toEqual([]);
		expect(plan(["- [ ] a", "- [ ] b"], ["- [/] a", "- [-] b"])).toEqual([]);
	});

	it("removes the date it wrote when the box is unticked", () => {
		const key = stampKey("P1.md", "Loops", "2026-11-01");
		expect(plan(["- [x] Loops ✅ 2026-11-01 ^l"], ["- [ ] Loops ✅ 2026-11-01 ^l"], [key])).toEqual([
			{ line: 0, expected: "- [ ] Loops ✅ 2026-11-01 ^l", replacement: "- [ ] Loops ^l", kind: "unstamp", key },
		]);
	});

	it("keeps a date it did not write when the box is unticked", () => {
		expect(plan(["- [x] Loops ✅ 2026-11-01"], ["- [ ] Loops ✅ 2026-11-01"])).toEqual([]);
		// the same text in another note was stamped, not this one
		expect(plan(["- [x] Loops ✅ 2026-11-01"], ["- [ ] Loops ✅ 2026-11-01"], [stampKey("P2.md", "Loops", "2026-11-01")])).toEqual([]);
	});
});

describe("today's date", () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it("is the local date, not the UTC one", () => {
		process.env.TZ = "America/Los_Angeles";
		expect(localDateString(new Date("2026-12-01T07:30:00Z"))).toBe("2026-11-30");
		process.env.TZ = "Europe/Paris";
		expect(localDateString(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
	});
});
