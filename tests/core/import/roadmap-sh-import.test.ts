import { describe, expect, it } from "vitest";
import { importRoadmapSh } from "../../../src/core/import/roadmap-sh-import";
import type { ImportedRoadmap } from "../../../src/core/import/imported-roadmap";
import { HAND_WRITTEN_ROADMAP, node } from "./samples";

function imported(data: unknown): ImportedRoadmap {
	const result = importRoadmapSh(JSON.stringify(data), "web-basics");
	if (!result.ok) throw new Error(result.problem);
	return result.roadmap;
}

describe("importing a roadmap.sh roadmap file", () => {
	it("reads topics top to bottom, each followed by its subtopics, and groups them into phases", () => {
		const roadmap = imported(HAND_WRITTEN_ROADMAP);
		expect(roadmap.title).toBe("Web Basics");
		expect(roadmap.phases.map((phase) => [phase.title, phase.sections.map((s) => `${s.title}: ${s.topics.map((t) => t.text).join(", ")}`)])).toEqual([
			["Internet", ["Internet: Internet, What is HTTP?, DNS and how it works"]],
			// CSS and Version control have no subtopics: they join the phase before them
			["HTML", ["HTML: HTML, Semantic HTML, Forms and validation", "CSS: CSS", "Version control: Version control"]],
		]);
	});

	it("keeps each node's id with its topic", () => {
		const topics = imported(HAND_WRITTEN_ROADMAP).phases[0]?.sections[0]?.topics;
		expect(topics).toEqual([
			{ text: "Internet", sourceId: "t-internet" },
			{ text: "What is HTTP?", sourceId: "sub-http" },
			{ text: "DNS and how it works", sourceId: "sub-dns" },
		]);
	});

	it("gives a subtopic no edge reaches to the nearest topic", () => {
		const data = { nodes: [node("a", "topic", "A", 0, 0), node("b", "topic", "B", 0, 500), node("s", "subtopic", "Near B", 300, 480)], edges: [] };
		expect(imported(data).phases.map((p) => p.sections.map((s) => s.topics.map((t) => t.text)))).toEqual([[["A"]], [["B", "Near B"]]]);
	});

	it("names the roadmap after the file when it has no title node", () => {
		expect(imported({ nodes: [node("a", "topic", "A", 0, 0)] }).title).toBe("web-basics");
	});

	it("says so for JSON that is not a roadmap.sh file, or one without topics", () => {
		const problem = (text: string) => {
			const result = importRoadmapSh(text, "x");
			return result.ok ? "" : result.problem;
		};
		expect(problem("{ nope")).toBe("it is not valid JSON");
		expect(problem(JSON.stringify({ name: "package", version: "1.0.0" }))).toBe("it is not a roadmap.sh roadmap file (no React Flow nodes with a type and a position)");
		expect(problem(JSON.stringify([1, 2, 3]))).toBe("it is not a roadmap.sh roadmap file (no React Flow nodes with a type and a position)");
		expect(problem(JSON.stringify({ nodes: [node("t", "title", "Empty", 0, 0), node("p", "paragraph", "Text", 0, 50)], edges: [] }))).toBe("it is a roadmap.sh file without any topic or subtopic nodes");
	});
});
