import { describe, expect, it } from "vitest";
import { boxState, countBoxes } from "../../../src/core/progress/box-state";
import { noteProgressProperties } from "../../../src/core/progress/note-progress";
import { boxes } from "./builders";

describe("status characters", () => {
	it.each([
		["x", "done"],
		["X", "done"],
		["-", "cancelled"],
		["/", "started"],
		[" ", "open"],
		["?", "open"],
		[">", "open"],
	])("reads [%s] as %s", (char, state) => {
		expect(boxState(char)).toBe(state);
	});

	it("leaves cancelled boxes out of the total and counts started ones as not done", () => {
		expect(countBoxes(boxes("[x] a", "[X] b", "[-] c", "[/] d", "[ ] e", "[?] f"))).toEqual({ done: 2, total: 5, started: 1 });
	});
});

describe("a note's progress properties", () => {
	it("is not started with no ticked box, and 0% when it has no box at all", () => {
		expect(noteProgressProperties(boxes("[ ] a", "[ ] b"))).toEqual({ done: 0, total: 2, progress: 0, status: "not-started" });
		expect(noteProgressProperties([])).toEqual({ done: 0, total: 0, progress: 0, status: "not-started" });
	});

	it("is in progress as soon as a box is started, even with nothing done", () => {
		expect(noteProgressProperties(boxes("[/] a", "[ ] b")).status).toBe("in-progress");
	});

	it("never shows 100 before the last box is ticked", () => {
		const many = boxes(...Array.from({ length: 250 }, (_, i) => (i === 0 ? "[ ] last" : "[x] t")));
		expect(noteProgressProperties(many)).toEqual({ done: 249, total: 250, progress: 99, status: "in-progress" });
	});

	it("is complete when every counted box is done, cancelled ones aside", () => {
		expect(noteProgressProperties(boxes("[x] a", "[-] b"))).toEqual({ done: 1, total: 1, progress: 100, status: "complete" });
	});

	it("gives a complete project note the date of its last ticked box as `completed`", () => {
		const done = boxes("[x] a ✅ 2026-11-02", "[x] b ✅ 2026-11-27", "[-] c ✅ 2026-12-01", "[x] d ✅ 2026-11-20");
		expect(noteProgressProperties(done, "project")).toEqual({ done: 3, total: 3, progress: 100, status: "complete", completed: "2026-11-27" });
	});

	it("asks a project note to drop `completed` when it is not complete, or no done box has a date", () => {
		expect(noteProgressProperties(boxes("[x] a ✅ 2026-11-02", "[ ] b"), "project").completed).toBeNull();
		expect(noteProgressProperties(boxes("[x] a", "[x] b"), "project").completed).toBeNull();
	});

	it("leaves `completed` alone on phase and other notes", () => {
		const props = noteProgressProperties(boxes("[x] a ✅ 2026-11-02"), "phase");
		expect(props).not.toHaveProperty("completed");
	});
});
