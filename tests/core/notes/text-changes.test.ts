import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTextChanges, textChanges } from "../../../src/core/notes/text-changes";

describe("the smallest changes between two texts of a note", () => {
	it("changes nothing when the texts are the same", () => {
		expect(textChanges("a\nb", "a\nb")).toEqual([]);
	});

	it("keeps two edits far apart as two changes, leaving the lines between untouched", () => {
		const before = ["---", "done: 3", "---", "typed words", "- [x] one", "- [ ] two"].join("\n");
		const after = ["---", "done: 4", "---", "typed words", "- [x] one", "- [x] two ✅ 2026-12-01"].join("\n");
		const changes = textChanges(before, after);
		expect(changes).toHaveLength(2);
		expect(changes[0]).toEqual({ from: 10, to: 11, insert: "4" });
		// the second starts on the last line: the typed words and the box between are not touched
		expect(changes[1].from).toBeGreaterThan(before.indexOf("- [ ] two"));
		expect(applyTextChanges(before, changes)).toBe(after);
	});

	it("adds and removes whole lines at the start, the middle and the end", () => {
		for (const [before, after] of [
			["a\nb", "a\nb\nc"],
			["a\nb\nc", "a\nb"],
			["a\nb", "x\na\nb"],
			["x\na\nb", "a\nb"],
			["a\nc", "a\nb\nc"],
			["", "a"],
			["a", ""],
			["a\n", "a\n\n"],
		] as const) {
			expect(applyTextChanges(before, textChanges(before, after))).toBe(after);
		}
	});

	it("turns any text into any other", () => {
		const text = fc.array(fc.constantFrom("a", "b", "\n", "- [x] c", "x"), { maxLength: 12 }).map((parts) => parts.join(""));
		fc.assert(
			fc.property(text, text, (before, after) => {
				const changes = textChanges(before, after);
				expect(applyTextChanges(before, changes)).toBe(after);
				// never overlapping, in order, within the old text
				changes.forEach((c, i) => {
					expect(c.from).toBeLessThanOrEqual(c.to);
					expect(c.to).toBeLessThanOrEqual(before.length);
					if (i > 0) expect(c.from).toBeGreaterThanOrEqual(changes[i - 1].to);
				});
			}),
			{ numRuns: 500 },
		);
	});
});
