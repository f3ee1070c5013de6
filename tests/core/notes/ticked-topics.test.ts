import { describe, expect, it } from "vitest";
import { mergeRoadmapNote } from "../../../src/core/notes/merge-note";
import { renderPhaseNote } from "../../../src/core/notes/render-phase-notes";
import { roadmapSchema } from "../../../src/core/roadmap/roadmap-schema";

function roadmapWith(topics: string[], ticked: Record<string, string>) {
	return roadmapSchema.parse({
		id: "imported",
		title: "Imported",
		phases: [{ number: 1, title: "Basics", duration: "Self-paced", level: "Any", sections: [{ id: "1.1", title: "Basics", topics, ticked }] }],
	});
}

function boxes(text: string): string[] {
	return text.split("\n").filter((line) => line.startsWith("- ["));
}

describe("topics a roadmap marks ticked", () => {
	it("are written ticked, with their ✅ date when they have one, and counted done", () => {
		const roadmap = roadmapWith(["Variables", "Loops", "Functions"], { Variables: "2026-01-05", Loops: "" });
		const note = renderPhaseNote(roadmap, roadmap.phases[0], "Imported");
		expect(boxes(note.body)).toEqual(["- [x] Variables ✅ 2026-01-05", "- [x] Loops", "- [ ] Functions"]);
		expect(note.properties).toMatchObject({ done: 2, total: 3, progress: 66, status: "in-progress" });
	});

	it("arrive ticked when generation adds them to an existing note, and never change a box already there", () => {
		const before = renderPhaseNote(roadmapWith(["Variables"], {}), roadmapWith(["Variables"], {}).phases[0], "Imported").body;
		const grown = roadmapWith(["Variables", "Loops"], { Variables: "2026-01-05", Loops: "2026-02-01" });
		const merged = mergeRoadmapNote(before, renderPhaseNote(grown, grown.phases[0], "Imported"));
		expect(boxes(merged.text)).toEqual(["- [ ] Variables", "- [x] Loops ✅ 2026-02-01"]);
	});

	it("must name topics of their section and carry a date or nothing", () => {
		const base = { id: "x", title: "X", phases: [{ number: 1, title: "P", duration: "d", level: "l", sections: [{ id: "1.1", title: "S", topics: ["A"] }] }] };
		const withSection = (extra: object) => ({ ...base, phases: [{ ...base.phases[0], sections: [{ ...base.phases[0].sections[0], ...extra }] }] });
		const messages = (data: unknown) => (roadmapSchema.safeParse(data).error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
		expect(messages(withSection({ ticked: { B: "" }, topic_ids: { C: "node-1" } }))).toEqual([
			'phases.0.sections.0.ticked.B: "B" is not a topic of this section',
			'phases.0.sections.0.topic_ids.C: "C" is not a topic of this section',
		]);
		expect(messages(withSection({ ticked: { A: "yesterday" } }))).toEqual(['phases.0.sections.0.ticked.A: must be a date like "2026-03-01", or empty']);
	});
});
