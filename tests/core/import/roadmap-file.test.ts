import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { importMarkdown } from "../../../src/core/import/markdown-import";
import { importRoadmapSh } from "../../../src/core/import/roadmap-sh-import";
import { importedFrom, roadmapFileData, roadmapFilePath, roadmapFileText, roadmapIdFor, roadmapTitleFor, type RoadmapFileData } from "../../../src/core/import/roadmap-file";
import type { ImportedRoadmap } from "../../../src/core/import/imported-roadmap";
import { countRoadmap, formatRoadmapProblem, loadRoadmap } from "../../../src/core/roadmap/roadmap-loader";
import { HAND_WRITTEN_ROADMAP } from "./samples";

function markdown(text: string): ImportedRoadmap {
	const result = importMarkdown(text, "Plan");
	if (!result.ok) throw new Error(result.problem);
	return result.roadmap;
}

function roadmapSh(data: unknown): ImportedRoadmap {
	const result = importRoadmapSh(JSON.stringify(data), "web");
	if (!result.ok) throw new Error(result.problem);
	return result.roadmap;
}

/** Writes the file text and reads it back as the plugin does, failing on any problem. */
function roundTrip(data: RoadmapFileData, source = "Plan.md"): RoadmapFileData {
	const text = roadmapFileText(data, source);
	const loaded = loadRoadmap(text, "Plan.roadmap.yaml", parse);
	if (!loaded.ok) throw new Error(loaded.problems.map(formatRoadmapProblem).join("\n"));
	return parse(text) as RoadmapFileData;
}

const PLAN = `# Plan
## Basics
- [x] Variables ✅ 2026-01-05
- [ ] Loops
  - [x] For loops
- [ ] Exercises
### Practice
- [ ] Exercises
- [ ] Exercises
`;

describe("the roadmap file of an import", () => {
	it("is a valid roadmap whose first comment names the source", () => {
		const { data, added, addedTicked } = roadmapFileData(markdown(PLAN), undefined, "plan", "Study/Plan.md");
		const text = roadmapFileText(data, "Study/Plan.md");
		expect(text.split("\n")[0]).toBe('# Imported by Learning Roadmap from "Study/Plan.md".');
		expect(importedFrom(text)).toBe("Study/Plan.md");
		expect(importedFrom("id: hand-written\n")).toBeUndefined();
		const loaded = loadRoadmap(text, "Plan.roadmap.yaml", parse);
		expect(loaded.ok && countRoadmap(loaded.roadmap)).toMatchObject({ phases: 1, sections: 2, topics: 6, projects: 0 });
		expect([added, addedTicked]).toEqual([6, 2]);
		expect(roundTrip(data).phases[0]?.sections).toEqual([
			{ id: "1.1", title: "Basics", topics: ["Variables", "Loops", "For loops", "Exercises"], ticked: { Variables: "2026-01-05", "For loops": "" } },
			{ id: "1.2", title: "Practice", topics: ["Exercises", "Exercises (2)"] },
		]);
	});

	it("adds only what the source gained when imported again, and keeps every earlier topic", () => {
		const first = roundTrip(roadmapFileData(markdown(PLAN), undefined, "plan", "Plan.md").data);
		// the learner's source lost "Loops", gained a box and a phase
		const grown = PLAN.replace("- [ ] Loops\n", "").replace("- [ ] Exercises\n###", "- [ ] Exercises\n- [ ] Functions\n###") + "## Next\n- [ ] Classes\n";
		const again = roadmapFileData(markdown(grown), first, "ignored", "Plan.md");
		expect([again.added, again.addedTicked]).toEqual([2, 0]);
		const data = roundTrip(again.data);
		expect(data.id).toBe("plan");
		expect(data.phases.map((p) => [p.number, p.title, p.sections.map((s) => s.topics)])).toEqual([
			[1, "Basics", [["Variables", "Loops", "For loops", "Exercises", "Functions"], ["Exercises", "Exercises (2)"]]],
			[2, "Next", [["Classes"]]],
		]);
		expect(roadmapFileData(markdown(grown), data, "plan", "Plan.md").added).toBe(0);
	});

	it("keeps a roadmap.sh topic's words and place when a newer version rewords it", () => {
		const first = roundTrip(roadmapFileData(roadmapSh(HAND_WRITTEN_ROADMAP), undefined, "web-basics", "web.json").data, "web.json");
		expect(first.phases[0]?.sections[0]?.topic_ids).toEqual({ Internet: "t-internet", "What is HTTP?": "sub-http", "DNS and how it works": "sub-dns" });
		const newer = structuredClone(HAND_WRITTEN_ROADMAP);
		for (const n of newer.nodes) if (n.id === "t-internet") n.data.label = "The Internet";
		newer.nodes.push({ id: "sub-tls", type: "subtopic", position: { x: 420, y: 160 }, data: { label: "TLS" } });
		newer.edges.push({ id: "e", source: "t-internet", target: "sub-tls", type: "simple", data: { edgeStyle: "dashed" } });
		const again = roadmapFileData(roadmapSh(newer), first, "web-basics", "web.json");
		expect(again.added).toBe(1);
		expect(roundTrip(again.data, "web.json").phases[0]?.sections[0]?.topics).toEqual(["Internet", "What is HTTP?", "DNS and how it works", "TLS"]);
	});

	it("keeps labels with pipes, links, hashes, HTML and emoji readable back as the same words", () => {
		const label = 'C# | F# 🚀 <script>alert("x")</script> [[Note|alias]] #tag: "quoted" - dash';
		const data = roundTrip(roadmapFileData(markdown(`# ${label}\n## ${label}\n- [ ] ${label}\n`), undefined, "x", "Plan.md").data);
		expect(data.title).toBe(label);
		expect(data.phases[0]?.title).toBe(label);
		expect(data.phases[0]?.sections[0]?.topics).toEqual([label]);
	});

	it("is named after its source and gets an id of its own", () => {
		expect(roadmapFilePath("Study/CS path.md")).toBe("Study/CS path.roadmap.yaml");
		expect(roadmapFilePath("frontend.json")).toBe("frontend.roadmap.yaml");
		expect(roadmapIdFor("Computer Science: the path!", new Set())).toBe("computer-science-the-path");
		expect(roadmapIdFor("Café", new Set(["cafe"]))).toBe("cafe-2");
		expect(roadmapIdFor("学习 🚀", new Set())).toBe("imported-roadmap");
		expect(roadmapTitleFor("Web Basics", new Set(["web basics", "web basics (2)"]))).toBe("Web Basics (3)");
	});
});
