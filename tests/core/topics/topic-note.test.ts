import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH } from "../../../src/core/notes/note-names";
import { headingLink, renderTopicNote, sectionOfHeading, topicNotePath } from "../../../src/core/topics/topic-note";

const PHASE = "Learning Roadmap/Phase 01 - Basics/Phase 01 - Basics.md";
const input = {
	roadmap: "py",
	phase: 1,
	section: "1.2",
	topic: "List comprehensions",
	created: "2026-12-07",
	phaseLabel: "Phase 1: Basics",
	phaseLink: "[[Learning Roadmap/Phase 01 - Basics/Phase 01 - Basics#1.2 Lists|1.2 Lists]]",
};

function properties(text: string): Record<string, unknown> {
	return parse(text.split("---\n")[1] ?? "") as Record<string, unknown>;
}

describe("a topic note", () => {
	it("lives in a Topics folder beside its phase note, named by the topic's words", () => {
		expect(topicNotePath(PHASE, "List comprehensions")).toBe("Learning Roadmap/Phase 01 - Basics/Topics/List comprehensions.md");
	});

	it("follows the generated notes' file-name rules: no folder from a slash, long names shortened", () => {
		expect(topicNotePath(PHASE, "ETL/ELT: concepts")).toBe("Learning Roadmap/Phase 01 - Basics/Topics/ETL-ELT - concepts.md");
		const long = "Understanding the differences between lists, tuples, sets and dictionaries in everyday Python code";
		const name = topicNotePath(PHASE, long).split("/").at(-1) ?? "";
		expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH + 3);
		expect(name).toMatch(/ ~[0-9a-f]{6}\.md$/u);
	});

	it("gives a second topic with the same words its own name", () => {
		expect(topicNotePath(PHASE, "Practice", 2)).toBe("Learning Roadmap/Phase 01 - Basics/Topics/Practice (2).md");
		expect(topicNotePath(PHASE, "Practice", 2)).not.toBe(topicNotePath(PHASE, "Practice"));
	});

	it("carries its properties: roadmap, kind, phase, section as text, topic, tag, created and empty resources", () => {
		const text = renderTopicNote(input);
		expect(properties(text)).toEqual({
			roadmap: "py",
			kind: "topic",
			phase: 1,
			section: "1.2",
			topic: "List comprehensions",
			tags: ["roadmap/topic"],
			created: "2026-12-07",
			resources: [],
		});
		expect(text).toContain('section: "1.2"');
	});

	it("starts from the built-in template: a link back to the section, Notes, Resources and Questions", () => {
		const body = renderTopicNote(input).split("---\n")[2];
		expect(body).toBe(`Back to ${input.phaseLink} in Phase 1: Basics.\n\n## Notes\n\n## Resources\n\n## Questions\n`);
	});

	it("fills every placeholder of a template note, and keeps the note's own properties over the template's", () => {
		const template = "---\ntags: [mine]\n---\n# {{topic}}\n{{phase}} / {{section}} / {{date}} / {{phase_link}} / {{ topic }}\n";
		const text = renderTopicNote({ ...input, template });
		expect(text.split("---\n")[2]).toBe(`# List comprehensions\nPhase 1: Basics / 1.2 / 2026-12-07 / ${input.phaseLink} / List comprehensions\n`);
		expect(properties(text).tags).toEqual(["roadmap/topic"]);
	});

	it("knows its section by the number its heading starts with", () => {
		expect(sectionOfHeading("1.2 Lists and tuples")).toBe("1.2");
		expect(sectionOfHeading("Extras")).toBe("Extras");
		expect(headingLink(PHASE, "1.2 Lists", "Phase 1: Basics")).toBe("[[Learning Roadmap/Phase 01 - Basics/Phase 01 - Basics#1.2 Lists|1.2 Lists]]");
		expect(headingLink(PHASE, undefined, "Phase 1: Basics")).toBe("[[Learning Roadmap/Phase 01 - Basics/Phase 01 - Basics|Phase 1: Basics]]");
	});
});
