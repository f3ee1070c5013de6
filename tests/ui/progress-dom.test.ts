import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import { renderBar, renderPhaseBlock, renderProgressView, updateProgressView, type OpenNote, type ProgressViewOptions } from "../../src/ui/view/progress-dom";
import type { RoadmapProgress } from "../../src/core/progress/progress-model";
import { percent } from "../../src/core/progress/percent";
import { emptyProgress, phasePath, sampleProgress } from "./sample-progress";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;

beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv({ cls: "view-content" });
});

function options(overrides: Partial<ProgressViewOptions> = {}): ProgressViewOptions {
	return {
		expanded: new Set<string>(),
		roadmaps: [{ id: "python-data-engineering", title: "Python Learning Roadmap" }],
		selected: "python-data-engineering",
		onOpen: vi.fn<OpenNote>(),
		onToggle: vi.fn(),
		onGenerate: vi.fn(),
		onSelectRoadmap: vi.fn(),
		...overrides,
	};
}

function bars(root: HTMLElement = container): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>('[role="progressbar"]'));
}

function barNamed(label: string, root: HTMLElement = container): HTMLElement {
	const bar = bars(root).find((b) => b.getAttribute("aria-label") === label);
	if (!bar) throw new Error(`no bar labelled ${label}`);
	return bar;
}

function buttonWithText(text: string, root: HTMLElement = container): HTMLButtonElement {
	const button = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!button) throw new Error(`no button ${text}`);
	return button;
}

describe("progress bar", () => {
	it("exposes its value, maximum and label and shows done/total and the percentage", () => {
		const bar = renderBar(container, { label: "Phase 3: Data Manipulation with Pandas & NumPy", done: 12, total: 40 });
		expect(bar.getAttribute("role")).toBe("progressbar");
		expect(bar.getAttribute("aria-valuenow")).toBe("12");
		expect(bar.getAttribute("aria-valuemin")).toBe("0");
		expect(bar.getAttribute("aria-valuemax")).toBe("40");
		expect(bar.getAttribute("aria-label")).toBe("Phase 3: Data Manipulation with Pandas & NumPy");
		expect(bar.getAttribute("aria-valuetext")).toBe("12 of 40 (30%)");
		expect(bar.textContent).toContain("12/40 · 30%");
		const fill = bar.querySelector<HTMLElement>(".lr-bar-fill");
		expect(fill?.style.getPropertyValue("--lr-fill")).toBe("30%");
		expect(fill?.getAttribute("style")).not.toContain("width");
	});

	it("rounds the percentage down and shows 0% for an empty total", () => {
		expect(percent(2, 3)).toBe(66);
		expect(percent(39, 40)).toBe(97);
		expect(percent(0, 0)).toBe(0);
		const bar = renderBar(container, { label: "Empty", done: 0, total: 0 });
		expect(bar.textContent).toContain("0/0 · 0%");
		expect(bar.classList.contains("is-empty")).toBe(true);
	});

	it("marks a full bar complete and shows started boxes", () => {
		expect(renderBar(container, { label: "Done", done: 5, total: 5 }).classList.contains("is-complete")).toBe(true);
		const started = renderBar(container, { label: "Started", done: 1, total: 4, started: 1 });
		expect(started.getAttribute("aria-valuetext")).toBe("1 of 4 (25%), 1 started");
		expect(started.querySelector<HTMLElement>(".lr-bar-started")?.style.getPropertyValue("--lr-fill")).toBe("50%");
	});
});

describe("progress view", () => {
	it("gives every bar a progressbar role with value, maximum and label", () => {
		renderProgressView(container, sampleProgress(), options({ expanded: new Set(["1", "2", "3"]) }));
		const all = bars();
		expect(all.length).toBeGreaterThan(12);
		for (const bar of all) {
			expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
			expect(Number(bar.getAttribute("aria-valuenow"))).toBeLessThanOrEqual(Number(bar.getAttribute("aria-valuemax")));
			expect(bar.getAttribute("aria-valuemin")).toBe("0");
			expect(bar.getAttribute("aria-label")?.length).toBeGreaterThan(0);
		}
	});

	it("draws the overall bar first, labelled Overall, with the input's values", () => {
		const progress = sampleProgress();
		renderProgressView(container, progress, options());
		const overall = bars()[0];
		expect(overall.getAttribute("aria-label")).toMatch(/^Overall/);
		expect(overall.getAttribute("aria-valuenow")).toBe(String(progress.overall.done));
		expect(overall.getAttribute("aria-valuemax")).toBe(String(progress.overall.total));
	});

	it("draws a bar per phase measuring its topics, with its completed projects beside it", () => {
		const progress = sampleProgress();
		renderProgressView(container, progress, options());
		expect(progress.phases).toHaveLength(12);
		for (const phase of progress.phases) {
			const bar = barNamed(`Phase ${phase.number}: ${phase.title}`);
			expect(bar.getAttribute("aria-valuenow")).toBe(String(phase.done));
			expect(bar.getAttribute("aria-valuemax")).toBe(String(phase.total));
		}
		const phase1 = container.querySelector('[data-phase="1"]');
		expect(phase1?.textContent).toContain("3/3 projects");
		const phase2 = container.querySelector('[data-phase="2"]');
		expect(phase2?.textContent).toContain("1/3 projects");
	});

	it("shows sections and projects only for expanded phases", () => {
		const onToggle = vi.fn();
		renderProgressView(container, sampleProgress(), options({ onToggle }));
		const toggle = container.querySelector<HTMLButtonElement>('[data-phase="3"] button[aria-expanded]');
		expect(toggle?.getAttribute("aria-expanded")).toBe("false");
		expect(container.querySelector('[aria-label="3.1 NumPy Fundamentals"]')).toBeNull();
		toggle?.click();
		expect(onToggle).toHaveBeenCalledWith("3");

		renderProgressView(container, sampleProgress(), options({ expanded: new Set(["3"]) }));
		const expanded = container.querySelector<HTMLButtonElement>('[data-phase="3"] button[aria-expanded]');
		expect(expanded?.getAttribute("aria-expanded")).toBe("true");
		const numpy = barNamed("3.1 NumPy Fundamentals");
		expect(numpy.getAttribute("aria-valuenow")).toBe("9");
		expect(numpy.getAttribute("aria-valuemax")).toBe("9");
		const project = barNamed("Project 3.1: E-commerce Sales Analysis");
		expect(project.getAttribute("aria-valuenow")).toBe("3");
		expect(project.getAttribute("aria-valuemax")).toBe("10");
		expect(container.querySelector('[aria-label="2.1 Built-in Data Structures"]')).toBeNull();
	});

	it("marks complete projects as complete", () => {
		renderProgressView(container, sampleProgress(), options({ expanded: new Set(["1", "3"]) }));
		const marks = Array.from(container.querySelectorAll('[data-phase="1"] .lr-project .lr-mark'));
		expect(marks.map((m) => m.getAttribute("aria-label"))).toEqual(["Complete", "Complete", "Complete"]);
		expect(container.querySelector('[data-phase="3"] .lr-project .lr-mark')?.getAttribute("aria-label")).toBe("Not complete");
	});

	it("opens the note at the right line when a phase, section, project or topic is clicked", () => {
		const onOpen = vi.fn<OpenNote>();
		renderProgressView(container, sampleProgress(), options({ onOpen, expanded: new Set(["3"]) }));
		const phase3 = phasePath(3);

		container.querySelector<HTMLElement>('[data-phase="3"] .lr-phase-title')?.click();
		expect(onOpen).toHaveBeenLastCalledWith(phase3, 0, expect.anything());

		buttonWithText("3.2 Pandas Basics").click();
		expect(onOpen).toHaveBeenLastCalledWith(phase3, 25, expect.anything());

		buttonWithText("3.1 E-commerce Sales Analysis").click();
		expect(onOpen.mock.lastCall?.[0]).toMatch(/Project 3\.1 - E-commerce Sales Analysis\.md$/);

		buttonWithText("Indexing and selection (.loc, .iloc)").click();
		expect(onOpen).toHaveBeenLastCalledWith(phase3, 29, expect.anything());
	});

	it("draws a card per level with its criteria, measured ones with their count", () => {
		const onOpen = vi.fn<OpenNote>();
		renderProgressView(container, sampleProgress(), options({ onOpen }));
		const cards = Array.from(container.querySelectorAll<HTMLElement>(".lr-level"));
		expect(cards.map((c) => c.querySelector(".lr-level-title")?.textContent)).toEqual(["Beginner", "Intermediate", "Advanced", "Expert"]);
		const beginner = cards[0];
		expect(beginner.textContent).toContain("1/4 criteria");
		expect(beginner.textContent).toContain("Build 5+ projects");
		expect(beginner.textContent).toContain("4/5");
		const marks = Array.from(beginner.querySelectorAll(".lr-mark")).map((m) => m.getAttribute("aria-label"));
		expect(marks).toEqual(["Not met", "Not met", "Not met", "Met"]);
		buttonWithText("Comfortable with Pandas and NumPy", beginner).click();
		expect(onOpen).toHaveBeenLastCalledWith("Learning Roadmap/Completion criteria.md", 8, expect.anything());
	});

	it("lists warnings with their notes as links", () => {
		const onOpen = vi.fn<OpenNote>();
		renderProgressView(container, sampleProgress(), options({ onOpen }));
		const warning = container.querySelector<HTMLElement>(".lr-warning");
		expect(warning?.textContent).toContain("Two notes claim phase 2");
		const copy = "Learning Roadmap/Phase 02 - Data Structures & Algorithms (copy).md";
		buttonWithText(copy, warning ?? container).click();
		expect(onOpen).toHaveBeenLastCalledWith(copy, undefined, expect.anything());
	});

	it("charts the last twelve months with accessible labels", () => {
		renderProgressView(container, sampleProgress(), options());
		const columns = Array.from(container.querySelectorAll<HTMLElement>('.lr-chart [role="img"]'));
		expect(columns).toHaveLength(12);
		expect(columns[11].getAttribute("aria-label")).toBe("November 2026: 4 topics completed");
		expect(columns[0].getAttribute("aria-label")).toBe("December 2025: 0 topics completed");
		expect(columns[7].querySelector<HTMLElement>(".lr-chart-bar")?.style.getPropertyValue("--lr-height")).toBe("100%");
	});

	it("shows the empty state with a button that generates the notes", () => {
		const onGenerate = vi.fn();
		renderProgressView(container, emptyProgress(), options({ onGenerate }));
		expect(bars()).toHaveLength(0);
		buttonWithText("Generate roadmap notes").click();
		expect(onGenerate).toHaveBeenCalledTimes(1);
	});

	it("says it is indexing, with no generate button, until the vault's first index is built", () => {
		renderProgressView(container, emptyProgress(), options({ indexing: true }));
		expect(container.textContent).toContain("Indexing the vault…");
		expect(container.querySelectorAll("button.lr-generate")).toHaveLength(0);
		renderProgressView(container, emptyProgress(), options({ indexing: false }));
		expect(container.querySelectorAll("button.lr-generate")).toHaveLength(1);
	});

	it("shows note text literally, never as HTML", () => {
		const evil = "<img src=x onerror=alert(1)>";
		const progress: RoadmapProgress = sampleProgress({
			title: "<b>Bold</b> roadmap",
			upNext: [{ text: evil, path: phasePath(3), line: 30, phase: 3 }],
			warnings: [{ message: `<script>alert(1)</script> in ${evil}`, paths: [`${evil}.md`] }],
		});
		progress.phases[2].title = evil;
		progress.phases[2].sections[0].title = evil;
		renderProgressView(container, progress, options({ expanded: new Set(["3"]) }));
		expect(container.textContent).toContain(evil);
		expect(container.textContent).toContain("<b>Bold</b> roadmap");
		expect(container.querySelector("img")).toBeNull();
		expect(container.querySelector("script")).toBeNull();
		expect(container.querySelector("b")).toBeNull();
		expect(barNamed(`Phase 3: ${evil}`)).toBeTruthy();
	});

	it("offers a roadmap switcher only when there is more than one roadmap", () => {
		renderProgressView(container, sampleProgress(), options());
		expect(container.querySelector("select")).toBeNull();

		const onSelectRoadmap = vi.fn();
		const roadmaps = [
			{ id: "python-data-engineering", title: "Python Learning Roadmap" },
			{ id: "rust", title: "Rust roadmap" },
		];
		renderProgressView(container, sampleProgress(), options({ roadmaps, onSelectRoadmap }));
		const select = container.querySelector("select");
		expect(select?.getAttribute("aria-label")).toBe("Roadmap");
		expect(Array.from(select?.options ?? []).map((o) => o.textContent)).toEqual(["Python Learning Roadmap", "Rust roadmap"]);
		expect(select?.value).toBe("python-data-engineering");
		if (!select) return;
		select.value = "rust";
		select.dispatchEvent(new Event("change"));
		expect(onSelectRoadmap).toHaveBeenCalledWith("rust");
	});

	it("replaces its previous content when drawn whole, and keeps the focused toggle focused when updated", () => {
		renderProgressView(container, sampleProgress(), options());
		renderProgressView(container, sampleProgress(), options());
		container.querySelector<HTMLButtonElement>('[data-phase="4"] .lr-toggle')?.focus();
		updateProgressView(container, sampleProgress(), options({ expanded: new Set(["4"]) }));
		expect(container.querySelectorAll(".lr-progress-view")).toHaveLength(1);
		expect(document.activeElement?.closest("[data-phase]")?.getAttribute("data-phase")).toBe("4");
	});

	it("uses no inline style but custom properties", () => {
		renderProgressView(container, sampleProgress(), options({ expanded: new Set(["1", "2", "3"]) }));
		const styled = Array.from(container.querySelectorAll<HTMLElement>("[style]"));
		expect(styled.length).toBeGreaterThan(12); // every bar sets its fill through a custom property
		for (const el of styled) {
			const names = Array.from({ length: el.style.length }, (_, i) => el.style.item(i));
			expect(names.every((n) => n.startsWith("--lr-"))).toBe(true);
		}
	});
});

describe("roadmap-progress code block", () => {
	it("without a phase draws the overall bar and one bar per phase", () => {
		const progress = sampleProgress();
		renderPhaseBlock(container, progress, undefined, vi.fn<OpenNote>());
		const labels = bars().map((b) => b.getAttribute("aria-label"));
		expect(labels[0]).toMatch(/^Overall/);
		expect(labels).toHaveLength(1 + progress.phases.length);
		expect(container.querySelector(".lr-toggle")).toBeNull();
	});

	it("with a phase draws that phase, its sections and its projects", () => {
		const onOpen = vi.fn<OpenNote>();
		renderPhaseBlock(container, sampleProgress(), 3, onOpen);
		const labels = bars().map((b) => b.getAttribute("aria-label"));
		expect(labels[0]).toBe("Phase 3: Data Manipulation with Pandas & NumPy");
		expect(labels).toContain("3.7 Time Series");
		expect(labels).toContain("Project 3.3: Financial Data ETL");
		expect(labels).toHaveLength(1 + 7 + 3);
		buttonWithText("3.1 NumPy Fundamentals").click();
		expect(onOpen).toHaveBeenLastCalledWith(phasePath(3), 14, expect.anything());
	});

	it("says clearly when the phase is not in the roadmap", () => {
		renderPhaseBlock(container, sampleProgress(), 13, vi.fn<OpenNote>());
		expect(bars()).toHaveLength(0);
		expect(container.textContent).toContain("Phase 13 is not part of");
		expect(container.textContent).toContain("1 to 12");
	});
});

describe("state classes (drawn with each element, for styles.css)", () => {
	it("marks complete, expanded, met, done, empty-month and overdue parts, and only those", async () => {
		const { samplePractice } = await import("./sample-practice");
		const progress = sampleProgress();
		const practice = samplePractice();
		renderProgressView(container, progress, options({ expanded: new Set(["1", "3"]), practice: { summary: practice, restDaysPerWeek: 1, onRevisit: vi.fn() } }));
		const has = (selector: string) => Array.from(container.querySelectorAll<HTMLElement>(selector));
		const phasesComplete = progress.phases.filter((p) => p.total > 0 && p.done >= p.total).map((p) => String(p.number));
		expect(phasesComplete.length).toBeGreaterThan(0);
		expect(has(".lr-phase.is-complete").map((row) => row.dataset.phase)).toEqual(phasesComplete);
		expect(has(".lr-phase.is-expanded").map((row) => row.dataset.phase)).toEqual(["1", "3"]);
		expect(has(".lr-phase-projects.is-complete")).toHaveLength(progress.phases.filter((p) => p.projects.length > 0 && p.projectsComplete >= p.projects.length).length);
		const shownProjects = progress.phases.filter((p) => p.number === 1 || p.number === 3).flatMap((p) => p.projects);
		expect(has(".lr-project.is-complete")).toHaveLength(shownProjects.filter((p) => p.complete).length);
		const criteria = progress.levels.flatMap((l) => l.criteria);
		expect(has(".lr-criterion.is-met")).toHaveLength(criteria.filter((c) => c.met).length);
		expect(has(".lr-criterion:not(.is-met)")).toHaveLength(criteria.filter((c) => !c.met).length);
		expect(has(".lr-mark.is-done")).toHaveLength(criteria.filter((c) => c.met).length + shownProjects.filter((p) => p.complete).length);
		expect(has(".lr-level.is-complete")).toHaveLength(progress.levels.filter((l) => l.criteria.length > 0 && l.met >= l.criteria.length).length);
		expect(has(".lr-chart-column.is-zero")).toHaveLength(progress.activity.filter((m) => m.count === 0).length);
		const overdue = practice.due.slice(0, 5).filter((d) => d.overdueDays > 0).length;
		expect(overdue).toBeGreaterThan(0);
		expect(has(".lr-today-item.is-overdue")).toHaveLength(overdue);
		// Every class attribute is clean: no empty parts, no "false".
		for (const el of has("[class]")) expect(el.getAttribute("class")).toMatch(/^[a-z-]+( [a-z0-9-]+)*$/);
	});
});
