import { addDays, format } from "date-fns";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { LearningRoadmapSettings } from "../../src/core/settings/settings";
import { openSettingTab } from "../harness/app";
import { findSetting, typeInto } from "../harness/ui";
import { bar, FOLDER, freezeClock, generatedRoadmapFiles, openLearnerVault, progressViewEl, restoreClock, setBox, type LearnerVault } from "./built-plugin";

const OVERVIEW = `${FOLDER}/Roadmap overview.md`;
const FIRST_DAY = new Date(2026, 9, 6); // Tuesday 6 October 2026
const ymd = (date: Date): string => format(date, "yyyy-MM-dd");

let vault: LearnerVault | undefined;
let files: Record<string, string>;
let phase2 = "";

/**
 * Eight weeks of study: five boxes a week, Tuesday to Saturday, from 6 October to 28 November 2026
 * (40 boxes: all 33 topics of phase 1, then 7 of phase 2), each with its ✅ date.
 */
function eightWeeksOfTicks(generated: Record<string, string>): Record<string, string> {
	const dates: string[] = [];
	for (let week = 0; week < 8; week++) for (let day = 0; day < 5; day++) dates.push(ymd(addDays(FIRST_DAY, week * 7 + day)));
	const out = { ...generated };
	let next = 0;
	for (const path of [Object.keys(out).find((p) => /Phase 01 [^/]*\.md$/.test(p) && p.split("/").length === 3), phase2]) {
		if (path === undefined) throw new Error("phase note not found");
		out[path] = (out[path] ?? "")
			.split("\n")
			.map((line) => (next < dates.length && /^- \[ \] /.test(line) ? `${line.replace("[ ]", "[x]")} ✅ ${dates[next++]}` : line))
			.join("\n");
	}
	expect(next).toBe(40);
	return out;
}

/** The whole vault's text, note by note. */
function snapshot(v: LearnerVault): Map<string, string> {
	return new Map(v.app.vault.getMarkdownFiles().map((f) => [f.path, v.read(f.path)]));
}

function hoursPerWeek(v: LearnerVault): number | null {
	return (v.plugin.settings as LearningRoadmapSettings).hoursPerWeek;
}

function text(el: Element | null | undefined): string {
	return el?.textContent ?? "";
}

beforeAll(async () => {
	const generated = await generatedRoadmapFiles();
	phase2 = Object.keys(generated).find((p) => /Phase 02 [^/]*\/Phase 02 [^/]*\.md$/.test(p)) ?? "";
	files = eightWeeksOfTicks(generated);
});

afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

async function openView(data?: Record<string, unknown>): Promise<HTMLElement> {
	// Monday 30 November 2026, 10:00 in Paris: day 55 of the plan
	freezeClock("Europe/Paris", "2026-11-30T10:00", "+01:00");
	vault = await openLearnerVault(files, data);
	await vault.run("open-progress");
	const el = progressViewEl(vault);
	if (!el) throw new Error("no progress view");
	return el;
}

describe("pace through the built plugin", () => {
	it("shows the plan from the first ✅ date, the pace against its band and the projection from eight weeks of ticks", async () => {
		const view = await openView({ showPaceInStatusBar: true });
		const overall = bar(view, /^Overall: /);
		expect(overall.value).toBe(40);

		const pace = view.querySelector(".lr-overall .lr-pace");
		const lines = Array.from(pace?.querySelectorAll("p") ?? []).map((p) => p.textContent ?? "");
		expect(lines[0]).toMatch(/^(A little behind \(\d weeks?\)|About \d+ weeks behind): \d+% of the planned phases done; the plan expects \d+\u2013\d+% by today\.$/u);
		expect(lines[1]).toMatch(/^Plan from 6 Oct 2026 \(your first completion date\); it ends between \d+ \w{3} 2027 and \d+ \w{3} 2027\.$/u);
		// five boxes a week, every week: the finish is the remaining boxes at five a week, with no spread
		const remaining = overall.max - 40;
		const finish = addDays(new Date(2026, 10, 30), Math.ceil((remaining / 5) * 7));
		expect(lines).toContain(`At your recent pace you finish the roadmap around ${format(finish, "d MMM yyyy")}.`);
		expect(lines).toContain("Phase 12 (Ongoing) has no duration the plan can use, so it is left out of the pace.");

		// Phase 1 (3-4 weeks) is due in full; phase 2 (4-5 weeks) runs from day 21 or 28 to day 49 or 63: 77–100%
		expect(bar(view, /^Phase 1: /).text).toContain("today the plan expects 100% of it: complete");
		expect(bar(view, /^Phase 2: /).text).toMatch(/today the plan expects 77\u2013100% of it: (a little behind|about \d+ weeks behind)/u);
		const marker = view.querySelector<HTMLElement>('.lr-phase[data-phase="2"] .lr-pace-marker');
		expect(marker?.style.getPropertyValue("--lr-pace-from")).toBe(`${Number(((27 / 35) * 100).toFixed(3))}%`);
		expect(marker?.style.getPropertyValue("--lr-pace-to")).toBe("100%");
		// Phase 3 (5-6 weeks) is under way on the short plan (from day 49); phase 4 is not due yet on either.
		expect(Array.from(view.querySelectorAll(".lr-phase:has(.lr-pace-marker)")).map((p) => p.getAttribute("data-phase"))).toEqual(["1", "2", "3"]);
		expect(bar(view, /^Phase 4: /).text).toBe("0 of 29 (0%)");

		const chart = view.querySelector(".lr-burn-up svg");
		expect(chart?.getAttribute("role")).toBe("img");
		const caption = view.querySelector(`#${chart?.getAttribute("aria-labelledby") ?? "none"}`);
		expect(text(caption)).toMatch(/^Burn-up from 6 Oct 2026: 40 boxes done by 30 Nov 2026\. The plan expects \d+\u2013\d+% of \d+ by today\.$/u);
		expect(chart?.querySelector("polyline.lr-burn-up-done")?.getAttribute("points")?.split(" ")).toHaveLength(9);

		expect(vault!.app.workspace.statusBarEl.textContent).toMatch(/^Roadmap \d+% · (a little behind|\d+ wk behind)$/u);
		// Nothing was ticked in this session: the plan's start is computed, not written.
		expect(vault!.frontmatter(OVERVIEW)?.started).toBeUndefined();
	});

	it("moves the plan when the learner studies more hours a week", async () => {
		const view = await openView();
		const before = text(view.querySelectorAll(".lr-pace p")[1]);
		const setting = findSetting(openSettingTab(vault!.app, "learning-roadmap"), "Hours per week");
		const input = setting.querySelector("input");
		if (!input) throw new Error("no input");
		typeInto(input, "25");
		await vault!.settle();
		expect(hoursPerWeek(vault!)).toBe(25);
		const after = progressViewEl(vault!);
		// Twice Beginner's 12.5 hours: phase 2 now takes 2–2.5 weeks and is due in full by today.
		expect(bar(after!, /^Phase 2: /).text).toContain("today the plan expects 100% of it");
		expect(text(after!.querySelectorAll(".lr-pace p")[1])).not.toBe(before);

		typeInto(input, "lots");
		await vault!.settle();
		expect(hoursPerWeek(vault!)).toBe(25);
		expect(text(setting.querySelector(".setting-item-description"))).toBe('"lots" is not a number of hours: enter one such as 8, or leave it empty for the roadmap\'s own.');
	});

	it("writes started at the first tick, and re-planning changes only that property", async () => {
		await openView();
		await vault!.edit(phase2, setBox(files[phase2].split("\n").find((l) => l.startsWith("- [ ] "))!.slice(6), "x"));
		await vault!.settle();
		expect(vault!.frontmatter(OVERVIEW)?.started).toBe("2026-10-06");
		const overviewBefore = vault!.read(OVERVIEW);
		expect(overviewBefore).toContain("\nstarted: 2026-10-06\n---\n");

		// Every later tick leaves the overview alone: the sync's write and the plugin's one, on that note only.
		const writes = vault!.app.vault.totalWrites;
		await vault!.edit(phase2, setBox(files[phase2].split("\n").filter((l) => l.startsWith("- [ ] "))[1].slice(6), "x"));
		await vault!.settle();
		expect(vault!.app.vault.totalWrites - writes).toBe(2);
		expect(vault!.read(OVERVIEW)).toBe(overviewBefore);

		const before = snapshot(vault!);
		await vault!.run("replan-from-today");
		const after = snapshot(vault!);
		const changed = [...after].filter(([path, body]) => before.get(path) !== body).map(([path]) => path);
		expect(changed).toEqual([OVERVIEW]);
		const started = vault!.frontmatter(OVERVIEW)?.started as string;
		expect(started > "2026-10-06" && started < "2026-11-30").toBe(true);
		expect(vault!.read(OVERVIEW)).toBe(overviewBefore.replace("started: 2026-10-06", `started: ${started}`));
		expect(vault!.notices().at(-1)).toMatch(/^Re-planned: the plan now starts on \d+ \w{3} 2026, so what is left begins today\. What you have done is kept\.$/u);
		expect(text(progressViewEl(vault!)?.querySelector(".lr-pace-verdict"))).toMatch(/^On track: /);

		// A second re-plan on the same day has nothing to move.
		await vault!.run("replan-from-today");
		expect(snapshot(vault!)).toEqual(after);
	});

	it("re-plans through the editor when the overview is open, keeping the learner's unsaved typing", async () => {
		await openView();
		const view = await vault!.openInEditor(OVERVIEW);
		view.editor.setValue(`${view.editor.getValue()}\nMy note, not saved yet.`);
		const writes = vault!.app.vault.writeCount(OVERVIEW);

		await vault!.run("replan-from-today");
		// One write at most: the editor's own save, carrying the typing and the start together.
		expect(vault!.app.vault.writeCount(OVERVIEW) - writes).toBeLessThanOrEqual(1);
		const text = view.editor.getValue();
		expect(text).toMatch(/\nstarted: 2026-\d\d-\d\d\n---\n/u);
		expect(text.endsWith("\nMy note, not saved yet.")).toBe(true);
		expect(vault!.read(OVERVIEW)).toBe(text);
	});
});
