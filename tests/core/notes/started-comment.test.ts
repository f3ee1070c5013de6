import { describe, expect, it } from "vitest";
import { applyLineEdits, propertyEdits, trailingComment } from "../../../src/core/notes/frontmatter";
import { parseYaml as parse } from "../../harness/obsidian";

describe("a comment on a property's line", () => {
	it("is found after the value, outside quotes", () => {
		expect(trailingComment("started: 2026-10-06  # the day I began")).toBe("  # the day I began");
		expect(trailingComment('title: "C# and #tags" # mine')).toBe(" # mine");
		expect(trailingComment("title: C#sharp")).toBe("");
		expect(trailingComment("started: 2026-10-06")).toBe("");
	});

	it("stays with the new value when the plugin rewrites the property", () => {
		const lines = ["---", "kind: overview", "started: 2026-10-06  # the day I began", "---", "body"];
		expect(applyLineEdits(lines, propertyEdits(lines, { started: "2026-11-02" }, parse))).toEqual([
			"---",
			"kind: overview",
			"started: 2026-11-02  # the day I began",
			"---",
			"body",
		]);
	});
});
