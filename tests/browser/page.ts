/**
 * Entry of the browser test page (bundled with esbuild at test time): installs Obsidian's DOM helpers
 * (the harness's own, patching Chromium's window),
 * then offers `window.lr` to draw the progress view or the code block the way Obsidian hosts them,
 * and to measure what the browser laid out.
 */
import { installObsidianDomHelpers } from "../harness/dom-helpers";
import { renderPhaseBlock, renderProgressView, type ProgressViewOptions } from "../../src/ui/progress-dom";
import { emptyProgress, sampleProgress } from "../ui/sample-progress";
import { NEXT_TOPIC, samplePractice } from "../ui/sample-practice";
import { renderTodayCard } from "../../src/ui/today-card";
import { renderStreakCalendar } from "../../src/ui/streak-calendar";

installObsidianDomHelpers(window);

export type Theme = "light" | "dark";

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
	showView(theme: Theme, expanded: string[], empty?: boolean): void;
	showBlock(theme: Theme): void;
	measureBars(): BarMeasure[];
	/** Draws the Today card and the calendar (issue 13) in a sidebar-sized view. */
	showPractice(theme: Theme): void;
	/** What the page's controls were asked to do, in order (opens, toggles, revisits). */
	clicks(): string[];
	/** Median times of one full render (every phase expanded), in milliseconds: building the DOM, and with the browser's style and layout. */
}

declare global {
	interface Window {
		lr: PageApi;
	}
}

const clicks: string[] = [];

function viewOptions(expanded: string[]): ProgressViewOptions {
	return {
		expanded: new Set(expanded),
		roadmaps: [{ id: "python-data-engineering", title: "Python Learning Roadmap" }],
		selected: "python-data-engineering",
		onOpen: (path, line) => clicks.push(`${path}:${line ?? ""}`),
		onToggle: (key) => clicks.push(`toggle ${key}`),
		onGenerate: () => clicks.push("generate"),
		onSelectRoadmap: (id) => clicks.push(`select ${id}`),
	};
}

function setTheme(theme: Theme): void {
	document.body.className = `theme-${theme}`;
	document.body.empty();
}

/** The sidebar leaf Obsidian gives an `ItemView`. */
function viewContent(): HTMLElement {
	const leaf = document.body.createDiv({
		cls: "workspace-leaf-content",
		attr: { "data-type": "learning-roadmap-progress" },
	});
	return leaf.createDiv({ cls: "view-content" });
}

window.lr = {
	showView(theme, expanded, empty = false) {
		setTheme(theme);
		renderProgressView(viewContent(), empty ? emptyProgress() : sampleProgress(), viewOptions(expanded));
	},

	showBlock(theme) {
		setTheme(theme);
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

	clicks() {
		return [...clicks];
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
