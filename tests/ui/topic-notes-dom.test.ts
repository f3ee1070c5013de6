import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import type { RoadmapProgress } from "../../src/core/progress/progress-model";
import type { OpenNote } from "../../src/ui/view/progress-parts";
import { renderTopicNoteList } from "../../src/ui/topics/topic-note-list";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;
beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv();
});

const PHASE_1 = "R/Phase 01 - Basics/Phase 01 - Basics.md";
const PHASE_2 = "R/Phase 02 - More/Phase 02 - More.md";

function progress(): RoadmapProgress {
	const count = { done: 0, total: 2, started: 0 };
	const section = (path: string, title: string, topics: { text: string; line: number; topicNote?: string }[]) => ({
		...count,
		title,
		path,
		line: 1,
		topics: topics.map((t) => ({ ...t, state: "open" as const })),
	});
	const phase = (number: number, path: string, sections: ReturnType<typeof section>[]) => ({
		...count,
		number,
		title: number === 1 ? "Basics" : "More",
		path,
		sections,
		projects: [],
		projectsComplete: 0,
	});
	return {
		roadmap: "r",
		title: "R",
		overall: count,
		levels: [],
		upNext: [],
		warnings: [],
		activity: [],
		hasNotes: true,
		phases: [
			phase(1, PHASE_1, [section(PHASE_1, "1.1 Start", [{ text: "Loops", line: 3, topicNote: "R/Phase 01 - Basics/Topics/Loops" }, { text: "Lists", line: 4 }])]),
			phase(2, PHASE_2, [section(PHASE_2, "2.1 Next", [{ text: "Sets", line: 3, topicNote: "R/Phase 02 - More/Topics/Sets" }, { text: "Gone", line: 4, topicNote: "Deleted" }])]),
		],
	};
}

const exists = (topic: { topicNote?: string }) => topic.topicNote !== undefined && topic.topicNote !== "Deleted";

describe("the code block's show: topics", () => {
	it("lists the topics that have a note, by phase, each opening its note", () => {
		const onOpen = vi.fn<OpenNote>();
		renderTopicNoteList(container, progress(), undefined, onOpen, exists);
		expect(Array.from(container.querySelectorAll(".lr-subheading, .lr-item-title")).map((el) => el.textContent)).toEqual(["Phase 1: Basics", "Loops", "Phase 2: More", "Sets"]);
		container.querySelector<HTMLButtonElement>(".lr-item-title")?.click();
		expect(onOpen).toHaveBeenCalledWith("R/Phase 01 - Basics/Topics/Loops", undefined, expect.anything());
	});

	it("lists one phase's topic notes with phase: N, and says so when there is none", () => {
		renderTopicNoteList(container, progress(), 2, vi.fn<OpenNote>(), exists);
		expect(Array.from(container.querySelectorAll(".lr-item-title")).map((el) => el.textContent)).toEqual(["Sets"]);
		renderTopicNoteList(container, progress(), 2, vi.fn<OpenNote>(), () => false);
		expect(container.querySelector(".lr-message")?.textContent).toBe("No topic notes yet in phase 2. Put the cursor on a topic's box and run \u201cOpen topic note\u201d.");
	});
});
