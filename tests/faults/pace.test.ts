/**
 * Bad input on the pace surface through the built plugin: a `started` property the plugin cannot read
 * (kept, and the view says so), Obsidian's date-and-time format, a comment on the `started` line,
 * durations that would carry the plan past 50 years, a sync conflict copy of the overview, and an
 * overview whose properties were removed.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { FOLDER, freezeClock, generatedRoadmapFiles, openLearnerVault, PHASE_1, progressViewEl, restoreClock, setBox, type LearnerVault } from "../plugin/built-plugin";
import { expectPlainWords, expectQuiet, FAULT_FILE, ONLY_FAULT_FILE, smallRoadmap } from "./faults";

const OVERVIEW = `${FOLDER}/Roadmap overview.md`;
let files: Record<string, string>;
let vault: LearnerVault | undefined;

/** The generated roadmap with five topics of phase 1 done from 6 October 2026. */
beforeAll(async () => {
	const generated = await generatedRoadmapFiles();
	let next = 0;
	const phase1 = (generated[PHASE_1] ?? "")
		.split("\n")
		.map((line) => (next < 5 && /^- \[ \] /.test(line) ? `${line.replace("[ ]", "[x]")} ✅ 2026-10-0${6 + next++}` : line))
		.join("\n");
	files = { ...generated, [PHASE_1]: phase1 };
});

afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

/** The overview with `started:` written as the learner left it (`line` is the whole property line). */
function withStarted(line: string): Record<string, string> {
	return { ...files, [OVERVIEW]: (files[OVERVIEW] ?? "").replace("\n---\n", `\n${line}\n---\n`) };
}

async function openAt(extra: Record<string, string>, data?: Record<string, unknown>): Promise<LearnerVault> {
	// Monday 30 November 2026, 10:00 in Paris
	freezeClock("Europe/Paris", "2026-11-30T10:00", "+01:00");
	const v = await openLearnerVault(extra, data);
	await v.run("open-progress");
	return v;
}

function paceLines(v: LearnerVault): string[] {
	return Array.from(progressViewEl(v)?.querySelectorAll(".lr-pace p") ?? []).map((p) => p.textContent ?? "");
}

/** The learner ticks the next open topic of phase 1: the moment the plugin writes a missing `started`. */
async function tickNext(v: LearnerVault): Promise<void> {
	const topic = v.read(PHASE_1).split("\n").find((l) => l.startsWith("- [ ] "))?.slice(6) ?? "";
	await v.edit(PHASE_1, setBox(topic, "x"));
	await v.settle();
}

const UNREADABLE: [string, string][] = [
	["started: 2026-02-30", '"2026-02-30"'],
	["started: 2026-13-45", '"2026-13-45"'],
	["started: 04/09/2026", '"04/09/2026"'],
	["started: banana", '"banana"'],
	["started: 2026", "2026"],
	["started: 20260904", "20260904"],
	["started: [2026-09-04]", "a list"],
];

describe("pace: a started property the plugin cannot read", () => {
	it.each(UNREADABLE)("%s is kept through a tick, and the view names the value and the note", async (line, shown) => {
		vault = await openAt(withStarted(line));
		const before = vault.read(OVERVIEW);
		await tickNext(vault);

		expect(vault.read(OVERVIEW)).toBe(before);
		const problem = progressViewEl(vault)?.querySelector(".lr-pace-problem")?.textContent ?? "";
		expect(problem).toBe(`The started value ${shown} in "${OVERVIEW}" is not a date, so the plan starts from your first completion date. Write it as YYYY-MM-DD, or run "Re-plan from today".`);
		expectPlainWords(problem);
		expect(paceLines(vault)).toContainEqual(expect.stringMatching(/^Plan from 6 Oct 2026 \(your first completion date\); it ends between \d+ \w{3} 2027 and \d+ \w{3} 2027\.$/u));
		await expectQuiet(vault);
	});

	it("reads Obsidian's date-and-time format as its day, and never rewrites it", async () => {
		vault = await openAt(withStarted("started: 2026-09-04T10:00:00"));
		const before = vault.read(OVERVIEW);
		await tickNext(vault);

		expect(vault.read(OVERVIEW)).toBe(before);
		expect(progressViewEl(vault)?.querySelector(".lr-pace-problem")).toBeNull();
		expect(paceLines(vault)).toContainEqual(expect.stringMatching(/^Plan from 4 Sep 2026 \(the overview's started date\); /u));
		await expectQuiet(vault);
	});

	it("keeps a comment on the started line through Re-plan from today", async () => {
		vault = await openAt(withStarted("started: 2026-10-06  # the day I began"));
		await vault.run("replan-from-today");

		expect(vault.notices().at(-1)).toMatch(/^Re-planned: the plan now starts on \d+ \w{3} 2026, /u);
		const started = vault.read(OVERVIEW).split("\n").find((l) => l.startsWith("started:"));
		expect(started).toMatch(/^started: 2026-1\d-\d\d {2}# the day I began$/u);
		expect(started).not.toBe("started: 2026-10-06  # the day I began");
		await expectQuiet(vault);
	});
});

describe("pace: durations that would carry the plan past 50 years", () => {
	const phase = (number: number, duration: string) => ({
		number,
		title: `Part ${number}`,
		duration,
		level: "Beginner",
		sections: [{ id: `${number}.1`, title: "Start", topics: [`Topic ${number}a`, `Topic ${number}b`] }],
	});

	it.each(["99999999 weeks", "3000000 weeks", "613 months"])(
		"%s: refused by name with the roadmap file, ticks and the view keep working, re-plan writes a real date",
		async (duration) => {
			const roadmap = smallRoadmap({ phases: [phase(1, duration), phase(2, "2 weeks")] });
			vault = await openAt({ [FAULT_FILE]: stringify(roadmap) }, ONLY_FAULT_FILE);
			await vault.run("generate-roadmap");
			const note = vault.app.vault.getMarkdownFiles().find((f) => f.basename.startsWith("Phase 02"))?.path ?? "";
			await vault.edit(note, setBox("Topic 2a", "x"));
			await vault.settle();

			const lines = paceLines(vault);
			const refused = `Phase 1 ("${duration}") in ${FAULT_FILE} would make the plan longer than 50 years, so it is left out of the pace. Check the duration.`;
			expect(lines).toContain(refused);
			expectPlainWords(refused);
			// the first tick wrote the plan's start as usual: the plan is the two weeks of phase 2
			expect(lines).toContain("Plan from 30 Nov 2026 (the overview's started date); it ends between 14 Dec 2026 and 14 Dec 2026.");

			await vault.run("replan-from-today");
			const overview = vault.app.vault.getMarkdownFiles().find((f) => f.basename === "Roadmap overview")?.path ?? "";
			expect(vault.frontmatter(overview)?.started).toMatch(/^2026-\d\d-\d\d$/u);
			await vault.run("create-monthly-review");
			expect(vault.notices().at(-1)).toMatch(/^Created \d{4}-\d{2} Monthly review\.$/u);
			await expectQuiet(vault);
		},
	);
});

describe("pace: the overview at its generated path is the one that counts", () => {
	const COPY = `${FOLDER}/Roadmap overview (conflicted copy).md`;

	it("plans from the overview, not its sync conflict copy, and re-plan writes the overview alone", async () => {
		const extra = withStarted("started: 2026-10-06");
		extra[COPY] = (files[OVERVIEW] ?? "").replace("\n---\n", "\nstarted: 2026-01-01\n---\n");
		vault = await openAt(extra);
		expect(paceLines(vault)).toContainEqual(expect.stringMatching(/^Plan from 6 Oct 2026 \(the overview's started date\); /u));

		const copy = vault.read(COPY);
		await vault.run("replan-from-today");
		expect(vault.read(COPY)).toBe(copy);
		expect(vault.frontmatter(OVERVIEW)?.started).toMatch(/^2026-1\d-\d\d$/u);
		expect(vault.frontmatter(OVERVIEW)?.started).not.toBe("2026-10-06");
		await expectQuiet(vault);
	});

	it("names the real remedy when the overview's properties were removed, and following it re-plans", async () => {
		const stripped = (files[OVERVIEW] ?? "").replace(/^---\n[\s\S]*?\n---\n/u, "");
		vault = await openAt({ ...files, [OVERVIEW]: stripped });
		await vault.run("replan-from-today");
		const advice = vault.notices().at(-1);
		expect(advice).toBe(
			`\u201c${OVERVIEW}\u201d is no longer the roadmap's overview note: its properties were removed, so the plan's start can't be written there. Add \u201croadmap: python-data-engineering\u201d and \u201ckind: overview\u201d back to its properties, then re-plan again.`,
		);
		expectPlainWords(advice);
		expect(vault.read(OVERVIEW)).toBe(stripped);

		// The learner does what the notice says.
		await vault.edit(OVERVIEW, (text) => `---\nroadmap: python-data-engineering\nkind: overview\n---\n${text}`);
		await vault.settle();
		await vault.run("replan-from-today");
		expect(vault.notices().at(-1)).toMatch(/^Re-planned: the plan now starts on /u);
		expect(vault.read(OVERVIEW).endsWith(stripped)).toBe(true);
		await expectQuiet(vault);
	});
});
