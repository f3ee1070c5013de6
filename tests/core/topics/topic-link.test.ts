import { describe, expect, it } from "vitest";
import { mergeRoadmapNote } from "../../../src/core/notes/merge-note";
import { parseTaskLine } from "../../../src/core/progress/task-line";
import { canShowInLink, linkTopicWords, readTopicLink, shownText } from "../../../src/core/topics/topic-link";

const TARGET = "Learning Roadmap/Phase 01 - Basics/Topics/List comprehensions";

describe("a topic's words linked to its note", () => {
	it("reads the link a box starts with, and shows its words", () => {
		expect(readTopicLink(`[[${TARGET}|List comprehensions]] my words`)).toEqual({ target: TARGET, words: "List comprehensions" });
		expect(shownText(`[[${TARGET}|List comprehensions]] my words`)).toBe("List comprehensions my words");
		expect(readTopicLink("List comprehensions [[Elsewhere|see]]")).toBeUndefined();
		expect(shownText("List comprehensions [[Elsewhere|see]]")).toBe("List comprehensions [[Elsewhere|see]]");
	});

	it("is the same topic to the task reader: same words, same date, same revisits", () => {
		const plain = parseTaskLine("- [x] List comprehensions ✅ 2026-12-01 ↻ 2026-12-02");
		const linked = parseTaskLine(`- [x] [[${TARGET}|List comprehensions]] ✅ 2026-12-01 ↻ 2026-12-02`);
		expect(linked).toEqual({ ...plain, topicNote: TARGET });
		expect(linked?.text).toBe("List comprehensions");
	});

	it("links only the words, leaving the box, the dates, the marks and the learner's words byte for byte", () => {
		const line = "  - [x] List comprehensions, my words ✅ 2026-12-01 ^abc";
		expect(linkTopicWords(line, "List comprehensions, my words", TARGET)).toBe(`  - [x] [[${TARGET}|List comprehensions, my words]] ✅ 2026-12-01 ^abc`);
		expect(linkTopicWords("> - [ ] Loops", "Loops", "T/Loops")).toBe("> - [ ] [[T/Loops|Loops]]");
	});

	it("changes nothing when the line already links there, and moves a link to a new target", () => {
		const linked = `- [ ] [[${TARGET}|List comprehensions]]`;
		expect(linkTopicWords(linked, "List comprehensions", TARGET)).toBe(linked);
		expect(linkTopicWords(linked, "List comprehensions", "New/List comprehensions")).toBe("- [ ] [[New/List comprehensions|List comprehensions]]");
	});

	it("refuses words a link cannot show, and lines that are not that topic's box", () => {
		expect(canShowInLink("a | b")).toBe(false);
		expect(canShowInLink("Arrays [1D]")).toBe(false);
		expect(linkTopicWords("- [ ] a | b", "a | b", TARGET)).toBe("- [ ] a | b");
		expect(linkTopicWords("- [ ] Loops", "Classes", TARGET)).toBe("- [ ] Loops");
		expect(linkTopicWords("- Loops", "Loops", TARGET)).toBe("- Loops");
	});
});

describe("Generate with a linked topic", () => {
	const planned = {
		identity: { roadmap: "py", kind: "phase", phase: 1 },
		path: "P.md",
		properties: {},
		body: "## Topics\n\n### 1.1 Basics\n\n- [ ] List comprehensions\n- [ ] Loops\n",
		items: [
			{ text: "List comprehensions", checkbox: true, heading: "### 1.1 Basics" },
			{ text: "Loops", checkbox: true, heading: "### 1.1 Basics" },
		],
	};

	it("neither adds the topic again nor removes its link", () => {
		const note = `## Topics\n\n### 1.1 Basics\n\n- [x] [[${TARGET}|List comprehensions]] ✅ 2026-12-01\n- [ ] Loops\n`;
		expect(mergeRoadmapNote(note, planned as never)).toEqual({ text: note, added: 0 });
	});
});
