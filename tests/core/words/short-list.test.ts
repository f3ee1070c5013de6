import { describe, expect, it } from "vitest";
import { shortList } from "../../../src/core/words/short-list";

describe("a list in a notice", () => {
	it("names the first five and counts the rest", () => {
		const items = Array.from({ length: 200_000 }, (_, i) => `r${i}.yaml`);
		expect(shortList(items)).toBe("r0.yaml, r1.yaml, r2.yaml, r3.yaml, r4.yaml, and 199,995 more");
		expect(shortList(items, "\n").split("\n")).toHaveLength(6);
	});

	it("names them all when there are five or fewer", () => {
		expect(shortList(["a", "b", "c", "d", "e"])).toBe("a, b, c, d, e");
		expect(shortList([])).toBe("");
		expect(shortList(["a", "b", "c"], ", ", 2)).toBe("a, b, and 1 more");
	});
});
