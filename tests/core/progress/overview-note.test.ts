import { describe, expect, it } from "vitest";
import { chooseOverview } from "../../../src/core/progress/overview-note";
import type { RoadmapNote } from "../../../src/core/progress/progress-model";

const overview = (path: string, extra: Partial<RoadmapNote> = {}): RoadmapNote => ({ path, roadmap: "r", kind: "overview", boxes: [], ...extra });
const NOTE = "Learning Roadmap/Roadmap overview.md";
const COPY = "Learning Roadmap/Roadmap overview (conflicted copy).md";

describe("the overview note that counts", () => {
	it("is the one at its generated path, though a conflict copy sorts before it and is older", () => {
		const notes = [overview(COPY, { started: "2026-01-01" }), overview(NOTE, { started: "2026-10-06" })];
		expect(chooseOverview(notes, "r", NOTE, new Map([[COPY, 1], [NOTE, 2]]))?.path).toBe(NOTE);
	});

	it("is the oldest, then the first by path, when none is at the generated path", () => {
		const notes = [overview("b.md"), overview("a.md"), overview("c.md")];
		expect(chooseOverview(notes, "r", NOTE, new Map([["c.md", 1]]))?.path).toBe("c.md");
		expect(chooseOverview(notes, "r")?.path).toBe("a.md");
	});

	it("is never another roadmap's, another kind, or one whose properties can't be read", () => {
		const notes = [overview(NOTE, { problem: "broken" }), overview("x.md", { roadmap: "other" }), overview("y.md", { kind: "phase" })];
		expect(chooseOverview(notes, "r", NOTE)).toBeUndefined();
	});
});
