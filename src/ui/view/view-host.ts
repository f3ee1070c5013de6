import type { App } from "obsidian";
import type { RoadmapPace } from "../../core/pace/pace";
import type { RoadmapTracker } from "../../vault/index/roadmap-tracker";
import type { Practice } from "../practice/practice-service";
import type { TopicNoteActions } from "../topics/topic-note-button";

/** What the view, the code block and the status bar need from the plugin, and nothing more. */
export interface ProgressHost {
	readonly app: App;
	readonly tracker: RoadmapTracker;
	/** The roadmap the learner is looking at (resolved: never a roadmap that is gone). */
	selectedRoadmap(): string;
	selectRoadmap(id: string): Promise<void>;
	generateRoadmap(): Promise<void>;
	/** The roadmap's pace (plan, band, projection), when the plugin computes one. */
	pace?(roadmapId: string): RoadmapPace;
	/** Whether the status bar item also shows the pace (setting). */
	paceInStatusBar?(): boolean;
	/** The Today card's and the calendar's data and actions, when the plugin has them. */
	readonly practice?: Practice;
	readonly settings?: { restDaysPerWeek: number };
	/** Each topic's own note, offered beside the topics the view lists. */
	readonly topicNotes?: TopicNoteActions;
}
