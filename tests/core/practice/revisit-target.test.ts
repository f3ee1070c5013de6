import { describe, expect, it } from "vitest";
import { findRevisitTopic } from "../../../src/core/practice/revisit-target";

const target = { path: "p.md", line: 1, text: "Array creation methods" };

describe("finding the topic to mark revisited", () => {
	it("takes its line when it still reads the same, else the nearest done line with its text", () => {
		expect(findRevisitTopic(["# P", "- [x] Array creation methods ✅ 2026-11-20"], target)).toBe(1);
		expect(findRevisitTopic(["# P", "", "", "- [x] Array creation methods ✅ 2026-11-20"], target)).toBe(3);
	});

	it("takes its own line when the learner typed words after the topic's text, saved or not", () => {
		expect(findRevisitTopic(["# P", "- [x] Array creation methods (np.zeros) ↻ 2026-11-21 ✅ 2026-11-20"], target)).toBe(1);
		expect(findRevisitTopic(["# P", "- [x] Array creation methods ✅ 2026-11-20 and a note"], target)).toBe(1);
	});

	it("finds nothing when the topic was unticked or its words are gone", () => {
		expect(findRevisitTopic(["# P", "- [ ] Array creation methods (np.zeros)"], target)).toBeUndefined();
		expect(findRevisitTopic(["# P", "- [x] Arrays ✅ 2026-11-20"], target)).toBeUndefined();
		expect(findRevisitTopic(["# P", "- [x] Array creation methods extra", "- [x] Array creation methods"], { ...target, line: 0 })).toBe(2);
	});
});
