/**
 * Entry of the browser test page (bundled with esbuild at test time): installs Obsidian's DOM helpers
 * (the harness's own, patching Chromium's window),
 * then offers `window.lr` to draw the progress view or the code block the way Obsidian hosts them,
 * and to measure what the browser laid out.
 */
import { installObsidianDomHelpers } from "../harness/dom-helpers";
import { renderPhaseBlock, renderProgressView, updateProgressView } from "../../src/ui/view/progress-dom";
import { emptyProgress, sampleProgress } from "../ui/sample-progress";
import * as a11y from "./a11y-page";
import { samplePace } from "../ui/sample-pace";
import { NEXT_TOPIC, samplePractice } from "../ui/sample-practice";
import { renderTodayCard } from "../../src/ui/practice/today-card";
import { renderStreakCalendar } from "../../src/ui/practice/streak-calendar";
import type { TopicNoteActions } from "../../src/ui/topics/topic-note-button";
import type { RoadmapProgress } from "../../src/core/progress/progress-model";

installObsidianDomHelpers(window);

export type Theme = "light" | "dark";

/** How the view is hosted: on a phone (Obsidian's `is-mobile is-phone` body classes), with several roadmaps (a switcher). */
export interface ViewSetup {
	mobile?: boolean;
	severalRoadmaps?: boolean;
	/** Draws the pace (pace line, phase markers, burn-up) of the sample. */
	pace?: boolean;
	/** Draws the Today card and the calendar of the sample practice. */
	practice?: boolean;
	/** Leaves out the sample's warning (two notes claiming phase 2), as most learners see the view. */
	noWarnings?: boolean;
}

/** The box of a visible text, to tell labels that overlap or leave their frame. */
export interface LabelBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface BarMeasure {
	label: string;
	now: number;
	max: number;
	trackWidth: number;
	fillWidth: number;
	fillColor: string;
	trackColor: string;
}

export interface PageApi {
	/**
	 * Draws the view whole and keeps it live as Obsidian's view does: a toggle, the switcher, a link or
	 * the generate button updates it in place (as the change they cause would).
	 */
	showView(theme: Theme, expanded: string[], empty?: boolean, setup?: ViewSetup): void;
	/** Updates the view in place with the same state, as a progress change does. */
	redraw(): void;
	/** How many times the view was drawn since `showView`. */
	renders(): number;
	/** What the learner's clicks asked for (`toggle 3`, `select sql-basics`, `PATH:LINE`, `generate`). */
	clicks(): string[];
	/** The boxes of the visible texts matching `selector`. */
	labelBoxes(selector: string): LabelBox[];
	showBlock(theme: Theme, setup?: ViewSetup): void;
	/** The view with the pace: the pace line under the overall bar, phase markers and the burn-up. */
	showPaceView(theme: Theme): void;
	measureBars(): BarMeasure[];
	/** Draws the Today card and the calendar in a sidebar-sized view. */
	showPractice(theme: Theme): void;
	/** Draws the view with phase 3 expanded and its topics listed, some with their own note. */
	showTopicNotes(theme: Theme, mobile: boolean): void;
	/** What the page's controls were asked to do, in order (opens, toggles, revisits). */
	/** Median times of one full render (every phase expanded), in milliseconds: building the DOM, and with the browser's style and layout. */
}

declare global {
	interface Window {
		lr: PageApi;
		lrA11y: typeof a11y;
	}
}

const clicks: string[] = [];

const ONE_ROADMAP = [{ id: "python-data-engineering", title: "Python Learning Roadmap" }];
const SEVERAL_ROADMAPS = [
	{ id: "python-data-engineering", title: "Python Learning Roadmap for Data Science & Data Engineering" },
	{ id: "sql-basics", title: "SQL Basics" },
];

/** The view's state as its shell (src/ui/view/progress-view.ts) keeps it between redraws. */
const view = {
	container: undefined as HTMLElement | undefined,
	expanded: new Set<string>(),
	roadmaps: ONE_ROADMAP,
	selected: ONE_ROADMAP[0].id,
	empty: false,
	pace: false,
	practice: false,
	noWarnings: false,
	topics: false,
	renders: 0,
};

// Phase 3's first sections as the roadmap has them; three topics already have their own note.
const PHASE_3_TOPICS: Record<string, string[]> = {
	"3.1": ["NumPy arrays (ndarray)", "Array creation methods", "Array indexing and slicing", "Array operations (broadcasting)", "Mathematical operations", "Statistical functions", "Linear algebra basics", "Random number generation", "Array reshaping and manipulation"],
	"3.2": ["Series and DataFrame", "Reading data (CSV, Excel, JSON, SQL)", "Writing data (various formats)", "Indexing and selection (.loc, .iloc)", "Data inspection (head, tail, info, describe)", "Handling missing data", "Data type conversion"],
};
const WITH_NOTES = new Set(["NumPy arrays (ndarray)", "Array operations (broadcasting)", "Series and DataFrame"]);

function withTopics(progress: RoadmapProgress): RoadmapProgress {
	for (const phase of progress.phases) {
		for (const section of phase.sections) {
			const words = PHASE_3_TOPICS[section.title.split(" ")[0] ?? ""];
			if (!words) continue;
			section.topics = words.map((text, i) => ({
				text,
				line: section.line + 1 + i,
				state: i < section.done ? "done" : "open",
				...(WITH_NOTES.has(text) ? { topicNote: `Topics/${text}` } : {}),
			}));
		}
	}
	return progress;
}

const topicNotes: TopicNoteActions = {
	has: (topic) => topic.topicNote !== undefined,
	open: (topic) => clicks.push(`topic note ${topic.text}`),
};

function drawView(whole = false): void {
	const container = view.container;
	if (!container) throw new Error("showView first");
	const sample = view.empty ? emptyProgress() : sampleProgress(view.noWarnings ? { warnings: [] } : {});
	const progress = view.topics && !view.empty ? withTopics(sample) : sample;
	const title = view.roadmaps.find((r) => r.id === view.selected)?.title ?? progress.title;
	view.renders++;
	(whole ? renderProgressView : updateProgressView)(container, { ...progress, title }, {
		expanded: view.expanded,
		roadmaps: view.roadmaps,
		selected: view.selected,
		...(view.pace ? { pace: samplePace() } : {}),
		...(view.topics ? { topicNotes } : {}),
		...(view.practice ? { practice: { summary: samplePractice(), restDaysPerWeek: 1, onRevisit: (item: { text: string }) => clicks.push(`revisit ${item.text}`) } } : {}),
		onOpen: (path, line) => {
			clicks.push(`${path}:${line ?? ""}`);
			drawView();
		},
		onToggle: (key) => {
			clicks.push(`toggle ${key}`);
			if (view.expanded.has(key)) view.expanded.delete(key);
			else view.expanded.add(key);
			drawView();
		},
		onGenerate: () => {
			clicks.push("generate");
			drawView();
		},
		onSelectRoadmap: (id) => {
			clicks.push(`select ${id}`);
			view.selected = id;
			drawView();
		},
	});
}

function setTheme(theme: Theme, setup: ViewSetup = {}): void {
	document.body.className = `theme-${theme}`;
	if (setup.mobile) document.body.addClass("is-mobile", "is-phone");
	document.body.empty();
	// A view opens at its top, whatever the page showed before.
	window.scrollTo(0, 0);
}

/** The sidebar leaf Obsidian gives an `ItemView`. */
function viewContent(): HTMLElement {
	const leaf = document.body.createDiv({
		cls: "workspace-leaf-content",
		attr: { "data-type": "learning-roadmap-progress" },
	});
	return leaf.createDiv({ cls: "view-content" });
}

window.lrA11y = a11y;

window.lr = {
	showView(theme, expanded, empty = false, setup = {}) {
		setTheme(theme, setup);
		view.container = viewContent();
		view.expanded = new Set(expanded);
		view.roadmaps = setup.severalRoadmaps ? SEVERAL_ROADMAPS : ONE_ROADMAP;
		view.selected = view.roadmaps[0].id;
		view.empty = empty;
		view.pace = setup.pace === true;
		view.practice = setup.practice === true;
		view.noWarnings = setup.noWarnings === true;
		view.topics = false;
		view.renders = 0;
		clicks.length = 0;
		drawView(true);
	},

	showTopicNotes(theme, mobile) {
		window.lr.showView(theme, ["3"], false, { mobile });
		view.topics = true;
		drawView(true);
	},

	showPaceView(theme) {
		window.lr.showView(theme, [], false, { pace: true });
	},

	redraw() {
		drawView();
	},

	renders() {
		return view.renders;
	},

	clicks() {
		return [...clicks];
	},

	labelBoxes(selector) {
		return Array.from(document.querySelectorAll(selector))
			.filter((el) => getComputedStyle(el).visibility === "visible" && (el.textContent ?? "").trim() !== "")
			.map((el) => {
				const r = el.getBoundingClientRect();
				return { text: (el.textContent ?? "").trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
			});
	},

	showBlock(theme, setup = {}) {
		setTheme(theme, setup);
		const note = document.body.createDiv({ cls: "markdown-preview-view markdown-rendered" });
		note.createEl("h2", { text: "This week" });
		note.createEl("p", { text: "Pandas is clicking at last. Where phase 3 stands:" });
		const block = note.createDiv({ cls: "block-language-roadmap-progress" });
		renderPhaseBlock(block, sampleProgress(), 3, (path, line) => clicks.push(`${path}:${line ?? ""}`));
		note.createEl("p", { text: "And the whole roadmap:" });
		const whole = note.createDiv({ cls: "block-language-roadmap-progress" });
		renderPhaseBlock(whole, sampleProgress(), undefined, (path, line) => clicks.push(`${path}:${line ?? ""}`));
	},

	showPractice(theme) {
		setTheme(theme);
		clicks.length = 0;
		const root = viewContent().createDiv({ cls: "lr-progress lr-progress-view" });
		const summary = samplePractice();
		renderTodayCard(root, NEXT_TOPIC, summary, {
			onOpen: (path, line) => clicks.push(`open ${path}:${line ?? ""}`),
			onRevisit: (item) => clicks.push(`revisit ${item.text}`),
		});
		renderStreakCalendar(root, summary, 1);
	},

	measureBars() {
		return Array.from(document.querySelectorAll<HTMLElement>('[role="progressbar"]')).map((bar) => {
			const track = bar.querySelector<HTMLElement>(".lr-bar-track");
			const fill = bar.querySelector<HTMLElement>(".lr-bar-fill");
			if (!track || !fill) throw new Error(`bar ${bar.getAttribute("aria-label")} has no track or fill`);
			return {
				label: bar.getAttribute("aria-label") ?? "",
				now: Number(bar.getAttribute("aria-valuenow")),
				max: Number(bar.getAttribute("aria-valuemax")),
				trackWidth: track.getBoundingClientRect().width,
				fillWidth: fill.getBoundingClientRect().width,
				fillColor: getComputedStyle(fill).backgroundColor,
				trackColor: getComputedStyle(track).backgroundColor,
			};
		});
	},

};
