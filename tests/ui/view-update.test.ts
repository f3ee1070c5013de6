import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import { practiceSummary } from "../../src/core/practice/practice-summary";
import { computeProgress } from "../../src/core/progress/progress";
import type { RoadmapNote } from "../../src/core/progress/progress-model";
import { scanNoteBoxes } from "../../src/core/ticks/scan-boxes";
import { renderProgressView, updateProgressView, type OpenNote, type ProgressViewOptions } from "../../src/ui/view/progress-dom";
import { describeDay } from "../../src/ui/practice/streak-calendar";
import { samplePace } from "./sample-pace";
import { samplePractice } from "./sample-practice";
import { sampleProgress } from "./sample-progress";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;

beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv({ cls: "view-content" });
});

const ROADMAPS = [
	{ id: "py", title: "Python" },
	{ id: "rs", title: "Rust" },
];

function options(overrides: Partial<ProgressViewOptions> = {}): ProgressViewOptions {
	return {
		expanded: new Set<string>(),
		roadmaps: ROADMAPS,
		selected: "py",
		onOpen: vi.fn<OpenNote>(),
		onToggle: vi.fn(),
		onGenerate: vi.fn(),
		onSelectRoadmap: vi.fn(),
		...overrides,
	};
}

/** Every element of the view, in document order. */
function elements(): Element[] {
	return Array.from(container.querySelectorAll("*"));
}

/** The sample progress with one more topic done in phase 3's second section (its phase and the overall bar too). */
function tickedInPhase3() {
	const ticked = sampleProgress();
	const phase = ticked.phases[2];
	const section = phase?.sections[1];
	if (!phase || !section) throw new Error("sample has no phase 3");
	section.done++;
	phase.done++;
	ticked.overall = { ...ticked.overall, done: ticked.overall.done + 1 };
	return { ticked, phase, section };
}

function barText(label: string): string | null | undefined {
	return Array.from(container.querySelectorAll('[role="progressbar"]')).find((b) => b.getAttribute("aria-label") === label)?.querySelector(".lr-bar-text")?.textContent;
}

describe("the progress view updated in place", () => {
	it("keeps the focused toggle, its element and every other element when a phase is expanded", () => {
		renderProgressView(container, sampleProgress(), options());
		const toggle = container.querySelector<HTMLButtonElement>('[data-phase="4"] .lr-toggle');
		toggle?.focus();
		const before = elements();
		updateProgressView(container, sampleProgress(), options({ expanded: new Set(["4"]) }));
		expect(document.activeElement).toBe(toggle);
		expect(toggle?.getAttribute("aria-expanded")).toBe("true");
		expect(before.every((el) => el.isConnected)).toBe(true);
		expect(container.querySelector('[data-phase="4"] .lr-phase-details')).not.toBeNull();
	});

	it("keeps the scroll position: nothing is replaced, so the height above the learner's place stays", () => {
		renderProgressView(container, sampleProgress(), options({ expanded: new Set(["1", "2", "3"]) }));
		container.scrollTop = 400;
		const progress = sampleProgress();
		progress.overall = { ...progress.overall, done: progress.overall.done + 1 };
		updateProgressView(container, progress, options({ expanded: new Set(["1", "2", "3"]) }));
		expect(container.scrollTop).toBe(400);
		expect(container.children).toHaveLength(1);
	});

	it("writes only the bars and numbers that moved when one topic is ticked, creating no element", () => {
		const progress = sampleProgress();
		renderProgressView(container, progress, options({ expanded: new Set(["3"]) }));
		const phase2 = container.querySelector('[data-phase="2"]');
		const { ticked, phase, section } = tickedInPhase3();
		const stats = updateProgressView(container, ticked, options({ expanded: new Set(["3"]) }));
		expect(barText(section.title)).toBe(`${section.done}/${section.total} · ${Math.round((section.done / section.total) * 100)}%${section.started > 0 ? ` · ${section.started} started` : ""}`);
		expect(barText(`Phase 3: ${phase.title}`)).toContain(`${phase.done}/${phase.total}`);
		expect(container.querySelector('[data-phase="2"]')).toBe(phase2);
		expect(stats.created).toBe(0);
		expect(stats.removed).toBe(0);
	});

	it("inserts the topic that joins Up next whole, once, and leaves the rows that stay where they are", () => {
		const progress = sampleProgress();
		renderProgressView(container, progress, options());
		const list = container.querySelector(".lr-up-next-list");
		const staying = Array.from(list?.children ?? []).slice(1);
		const joining = { text: "Merging and joining", path: progress.upNext[4]?.path ?? "", line: 40, phase: 3 };
		const ticked = sampleProgress({ upNext: [...progress.upNext.slice(1), joining] });
		const observer = new MutationObserver(() => undefined);
		observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
		updateProgressView(container, ticked, options());
		const records = observer.takeRecords();
		observer.disconnect();
		const rows = Array.from(list?.children ?? []);
		expect(rows.map((row) => row.querySelector(".lr-up-next-text")?.textContent)).toEqual(ticked.upNext.map((item) => item.text));
		expect(rows.slice(0, 4)).toEqual(staying);
		// One removal and one insertion in the list; the new row was complete before it was inserted.
		const inList = records.filter((r) => r.target === list);
		expect(inList.flatMap((r) => Array.from(r.addedNodes))).toEqual([rows[4]]);
		expect(inList.flatMap((r) => Array.from(r.removedNodes))).toHaveLength(1);
		expect(records.filter((r) => r.target !== list && rows[4]?.contains(r.target))).toEqual([]);
		// The rows that moved up are numbered again, and only their numbers are written.
		expect(rows.map((row) => row.querySelector(".lr-up-next-number")?.textContent)).toEqual(["1", "2", "3", "4", "5"]);
		const written = records.filter((r) => r.target !== list && staying.some((row) => row.contains(r.target)));
		expect(written.map((r) => [r.type, r.target.parentElement?.className])).toEqual(Array.from({ length: 4 }, () => ["characterData", "lr-up-next-number"]));
	});

	it("adds a row for a phase whose note appears and removes it when the note goes", () => {
		const progress = sampleProgress();
		const without = sampleProgress({ phases: progress.phases.slice(0, 11) });
		renderProgressView(container, without, options());
		const phase1 = container.querySelector('[data-phase="1"]');
		updateProgressView(container, progress, options());
		expect(container.querySelectorAll(".lr-phase")).toHaveLength(12);
		expect(container.querySelector('[data-phase="1"]')).toBe(phase1);
		updateProgressView(container, without, options());
		expect(container.querySelector('[data-phase="12"]')).toBeNull();
		expect(container.querySelector('[data-phase="1"]')).toBe(phase1);
	});

	it("calls the listener of the current drawing, not the one the element was first drawn with", () => {
		const first = vi.fn();
		const second = vi.fn();
		renderProgressView(container, sampleProgress(), options({ onToggle: first }));
		updateProgressView(container, sampleProgress(), options({ onToggle: second }));
		container.querySelector<HTMLButtonElement>('[data-phase="4"] .lr-toggle')?.click();
		expect(first).not.toHaveBeenCalled();
		expect(second).toHaveBeenCalledWith("4");
	});

	it("creates at most a few elements when a tick moves the Today card, the calendar and the pace", () => {
		const practice = { summary: samplePractice(), restDaysPerWeek: 1, onRevisit: vi.fn() };
		const all = new Set(Array.from({ length: 12 }, (_, i) => String(i + 1)));
		renderProgressView(container, sampleProgress(), options({ expanded: all, pace: samplePace(), practice }));
		const ticked = sampleProgress();
		ticked.overall = { ...ticked.overall, done: ticked.overall.done + 1 };
		const stats = updateProgressView(container, ticked, options({ expanded: all, pace: samplePace(), practice: { ...practice, summary: samplePractice() } }));
		expect(stats.created).toBeLessThanOrEqual(20);
		// Nothing moved, nothing created: every id (the burn-up's caption's too) is the same at every update.
		const again = updateProgressView(container, ticked, options({ expanded: all, pace: samplePace(), practice: { ...practice, summary: samplePractice() } }));
		expect(again).toEqual({ created: 0, removed: 0 });
	});
});

describe("the parts an update skips", () => {
	const handlers = { onOpen: vi.fn<OpenNote>(), onToggle: vi.fn(), onGenerate: vi.fn(), onSelectRoadmap: vi.fn() };
	const all = new Set(Array.from({ length: 12 }, (_, i) => String(i + 1)));

	it("redraws an expanded phase whose section moved, and leaves the untouched phases' elements alone", () => {
		renderProgressView(container, sampleProgress(), options({ ...handlers, expanded: all }));
		const phase2 = Array.from(container.querySelectorAll('[data-phase="2"] *'));
		const { ticked, phase, section } = tickedInPhase3();
		updateProgressView(container, ticked, options({ ...handlers, expanded: all }));
		expect(barText(section.title)).toContain(`${section.done}/${section.total}`);
		expect(barText(`Phase 3: ${phase.title}`)).toContain(`${phase.done}/${phase.total}`);
		expect(phase2.every((el) => el.isConnected)).toBe(true);
		// Back to the first progress: the phase drawn from the older data shows it again.
		updateProgressView(container, sampleProgress(), options({ ...handlers, expanded: all }));
		expect(barText(section.title)).toContain(`${section.done - 1}/${section.total}`);
	});

	it("moves a day of the calendar and the Today card when only the practice changed", () => {
		const summary = samplePractice();
		renderProgressView(container, sampleProgress(), options({ ...handlers, practice: { summary, restDaysPerWeek: 1, onRevisit: vi.fn() } }));
		const onRevisit = vi.fn();
		const first = summary.calendar.weeks.flat().find((day) => day !== null);
		if (!first) throw new Error("sample calendar has no day");
		// The same practice with three more topics done on the calendar's first day, and nothing today.
		const day = { ...first, completed: first.completed + 3, level: 4 as const };
		const weeks = summary.calendar.weeks.map((week) => week.map((d) => (d?.date === first.date ? day : d)));
		const moved = { ...samplePractice(), calendar: { ...summary.calendar, weeks }, completedToday: [], revisitedToday: [] };
		const stats = updateProgressView(container, sampleProgress(), options({ ...handlers, practice: { summary: moved, restDaysPerWeek: 1, onRevisit } }));
		expect(container.querySelector(`[aria-label="${describeDay(day)}"]`)?.classList.contains("lr-level-4")).toBe(true);
		expect(container.querySelector(".lr-today-done .lr-today-empty")?.textContent).toBe("Nothing done yet today.");
		expect(stats.removed).toBeGreaterThan(0);
		// The Today card's buttons call the current handler: a changed handler redraws the card.
		container.querySelector<HTMLButtonElement>('[data-lr-key="revisit:0"]')?.click();
		expect(onRevisit).toHaveBeenCalled();
	});

	it("opens with the first screen only, busy for screen readers, and the update after it draws the rest", () => {
		const practice = { summary: samplePractice(), restDaysPerWeek: 1, onRevisit: vi.fn() };
		const view = options({ ...handlers, expanded: all, practice });
		renderProgressView(container, sampleProgress(), { ...view, firstFrame: true });
		const root = container.firstElementChild;
		expect(root?.getAttribute("aria-busy")).toBe("true");
		expect(container.querySelectorAll("#lr-phase-details-1 .lr-item").length).toBeGreaterThan(0);
		expect(container.querySelector("#lr-phase-details-2")?.children).toHaveLength(0);
		expect(container.querySelector(".lr-calendar")).toBeNull();
		const toggle = container.querySelector('[data-phase="1"] .lr-toggle');
		updateProgressView(container, sampleProgress(), view);
		expect(container.firstElementChild).toBe(root);
		expect(container.querySelector('[data-phase="1"] .lr-toggle')).toBe(toggle);
		const fresh = document.body.createDiv();
		renderProgressView(fresh, sampleProgress(), view);
		expect(describeNode(container.firstChild as Node)).toBe(describeNode(fresh.firstChild as Node));
		expect(root?.hasAttribute("aria-busy")).toBe(false);
	});

	it("draws the same view after an update of a view emptied in between", () => {
		renderProgressView(container, sampleProgress(), options({ ...handlers, expanded: all }));
		container.empty();
		updateProgressView(container, sampleProgress(), options({ ...handlers, expanded: all }));
		const fresh = document.body.createDiv();
		renderProgressView(fresh, sampleProgress(), options({ ...handlers, expanded: all }));
		expect(container.innerText).toBe(fresh.innerText);
		expect(container.querySelectorAll("*")).toHaveLength(fresh.querySelectorAll("*").length);
	});
});

// ---------------------------------------------------------------------------------------------
// Random sequences of changes: the view updated in place always equals the view drawn from scratch.

const TODAY = "2026-12-01";
const DATES = ["2026-11-29", "2026-11-30", TODAY];

interface Note {
	path: string;
	roadmap: string;
	phase: number;
	project?: string;
	lines: string[];
}

type Change =
	| { kind: "tick"; note: number; box: number; date: number }
	| { kind: "untick"; note: number; box: number }
	| { kind: "create"; roadmap: number; phase: number; project: boolean; topics: number }
	| { kind: "delete"; note: number }
	| { kind: "rename"; note: number; name: string }
	| { kind: "switch" }
	| { kind: "toggle"; phase: number };

const change: fc.Arbitrary<Change> = fc.oneof(
	fc.record({ kind: fc.constant("tick" as const), note: fc.nat(), box: fc.nat(), date: fc.nat(DATES.length - 1) }),
	fc.record({ kind: fc.constant("untick" as const), note: fc.nat(), box: fc.nat() }),
	fc.record({ kind: fc.constant("create" as const), roadmap: fc.nat(1), phase: fc.integer({ min: 1, max: 4 }), project: fc.boolean(), topics: fc.integer({ min: 1, max: 6 }) }),
	fc.record({ kind: fc.constant("delete" as const), note: fc.nat() }),
	fc.record({ kind: fc.constant("rename" as const), note: fc.nat(), name: fc.constantFrom("Moved", "Renamed", "Elsewhere") }),
	fc.constant({ kind: "switch" as const }),
	fc.record({ kind: fc.constant("toggle" as const), phase: fc.integer({ min: 1, max: 4 }) }),
);

function noteLines(phase: number, topics: number): string[] {
	const lines = [`## ${phase}.1 Basics`];
	for (let i = 0; i < topics; i++) lines.push(`- [ ] Topic ${phase}.${i + 1}`);
	return lines;
}

class Vault {
	notes: Note[] = [
		{ path: "py/Phase 1.md", roadmap: "py", phase: 1, lines: noteLines(1, 4) },
		{ path: "py/Phase 2.md", roadmap: "py", phase: 2, lines: noteLines(2, 3) },
		{ path: "rs/Phase 1.md", roadmap: "rs", phase: 1, lines: noteLines(1, 2) },
	];
	selected = "py";
	expanded = new Set<string>();
	private made = 0;
	// One set of handlers for every drawing, as the view has: parts whose data did not change are skipped.
	private readonly handlers = { onOpen: vi.fn<OpenNote>(), onToggle: vi.fn(), onGenerate: vi.fn(), onSelectRoadmap: vi.fn(), onRevisit: vi.fn() };

	apply(c: Change): void {
		const note = this.notes.length > 0 ? this.notes[("note" in c ? c.note : 0) % this.notes.length] : undefined;
		const boxLine = (n: Note, box: number) => {
			const boxes = n.lines.map((line, i) => ({ line, i })).filter(({ line }) => line.startsWith("- ["));
			return boxes.length > 0 ? boxes[box % boxes.length]?.i : undefined;
		};
		switch (c.kind) {
			case "tick":
			case "untick": {
				const i = note && boxLine(note, c.box);
				if (!note || i === undefined) return;
				const text = (note.lines[i] ?? "").replace(/^- \[.\] /, "").replace(/ ✅ .*$/, "");
				note.lines[i] = c.kind === "tick" ? `- [x] ${text} ✅ ${DATES[c.date]}` : `- [ ] ${text}`;
				return;
			}
			case "create": {
				const roadmap = ROADMAPS[c.roadmap]?.id ?? "py";
				const name = c.project ? `Project ${c.phase}.${++this.made}` : `Phase ${c.phase} (${++this.made})`;
				this.notes.push({ path: `${roadmap}/${name}.md`, roadmap, phase: c.phase, ...(c.project ? { project: `${c.phase}.${this.made}` } : {}), lines: noteLines(c.phase, c.topics) });
				return;
			}
			case "delete":
				if (note) this.notes.splice(this.notes.indexOf(note), 1);
				return;
			case "rename":
				if (note) note.path = `${note.roadmap}/${c.name} ${++this.made}.md`;
				return;
			case "switch":
				this.selected = this.selected === "py" ? "rs" : "py";
				return;
			case "toggle": {
				const key = String(c.phase);
				if (this.expanded.has(key)) this.expanded.delete(key);
				else this.expanded.add(key);
			}
		}
	}

	roadmapNotes(): RoadmapNote[] {
		return this.notes.map((n) => ({
			path: n.path,
			roadmap: n.roadmap,
			kind: n.project !== undefined ? "project" : "phase",
			phase: n.phase,
			...(n.project !== undefined ? { project: n.project, title: `Project ${n.project}` } : { title: `Phase ${n.phase}` }),
			boxes: scanNoteBoxes(n.lines),
		}));
	}

	draw(): [ReturnType<typeof computeProgress>, ProgressViewOptions] {
		const notes = this.roadmapNotes();
		const progress = computeProgress({ roadmapId: this.selected, notes, today: new Date(`${TODAY}T12:00:00`) });
		const own = notes.filter((n) => n.roadmap === this.selected);
		const summary = practiceSummary(own, { revisitLadder: [1, 7, 30, 90], restDaysPerWeek: 1 }, TODAY);
		const { onRevisit, ...handlers } = this.handlers;
		return [progress, options({ ...handlers, selected: this.selected, expanded: new Set(this.expanded), practice: { summary, restDaysPerWeek: 1, onRevisit } })];
	}
}

/** A node as a reader and a screen reader meet it: tag, attributes (style by property), selection, text, children in order. */
function describeNode(node: Node): string {
	if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
	if (!(node instanceof Element)) return "";
	const attrs = Array.from(node.attributes)
		.filter((a) => a.name !== "style")
		.map((a) => `${a.name}=${JSON.stringify(a.value)}`)
		.sort();
	const style = node instanceof HTMLElement || node instanceof SVGElement ? Array.from({ length: node.style.length }, (_, i) => node.style.item(i)).sort().map((p) => `${p}:${node.style.getPropertyValue(p)}`) : [];
	const selected = node instanceof HTMLOptionElement ? [`selected:${node.selected}`] : [];
	const children = Array.from(node.childNodes).map(describeNode).join(",");
	return `<${node.tagName.toLowerCase()} ${[...attrs, ...style, ...selected].join(" ")}>[${children}]`;
}

describe("the progress view after random sequences of changes", () => {
	it("always equals the view drawn from scratch from the same progress", () => {
		const fresh = document.body.createDiv();
		fc.assert(
			fc.property(fc.array(change, { minLength: 1, maxLength: 10 }), (changes) => {
				const vault = new Vault();
				container.empty();
				renderProgressView(container, ...vault.draw());
				for (const c of changes) {
					vault.apply(c);
					updateProgressView(container, ...vault.draw());
					renderProgressView(fresh, ...vault.draw());
					expect(describeNode(container.firstChild as Node)).toBe(describeNode(fresh.firstChild as Node));
				}
			}),
			{ numRuns: 10, endOnFailure: true },
		);
	}, 300_000);
});
