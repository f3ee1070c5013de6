import type { RoadmapProgress } from "../../core/progress/progress-model";
import { renderNoteLink, type OpenNote } from "../view/progress-parts";
import type { TopicRef } from "./topic-note-button";

/**
 * The `show: topics` code block: the topics that have their own note, by phase (one phase with
 * `phase: N`), each opening its note; a sentence when there is none yet.
 */
export function renderTopicNoteList(container: HTMLElement, progress: RoadmapProgress, phaseNumber: number | undefined, onOpen: OpenNote, has: (topic: TopicRef) => boolean): void {
	container.empty();
	const root = container.createDiv({ cls: "lr-progress lr-progress-block lr-topic-notes" });
	const phases = progress.phases.filter((p) => phaseNumber === undefined || p.number === phaseNumber);
	let shown = 0;
	for (const phase of phases) {
		const topics: TopicRef[] = [];
		for (const section of phase.sections) {
			for (const topic of section.topics ?? []) {
				const ref: TopicRef = { text: topic.text, path: section.path, line: topic.line, ...(topic.topicNote !== undefined ? { topicNote: topic.topicNote } : {}) };
				if (has(ref)) topics.push(ref);
			}
		}
		if (topics.length === 0) continue;
		root.createDiv({ cls: "lr-subheading", text: `Phase ${phase.number}: ${phase.title}` });
		const list = root.createEl("ul", { cls: "lr-items" });
		for (const topic of topics) {
			const item = list.createEl("li", { cls: "lr-item" });
			renderNoteLink(item, topic.text, { path: topic.topicNote ?? topic.path, key: `topic:${topic.path}:${topic.line}` }, onOpen, "lr-item-title");
		}
		shown += topics.length;
	}
	if (shown === 0) {
		const where = phaseNumber === undefined ? "" : ` in phase ${phaseNumber}`;
		root.createEl("p", { cls: "lr-message", text: `No topic notes yet${where}. Put the cursor on a topic's box and run \u201cOpen topic note\u201d.` });
	}
}
