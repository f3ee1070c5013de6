import { afterEach, describe, expect, it } from "vitest";
import {
	freezeClock,
	generatedRoadmapFiles,
	openLearnerVault,
	PHASE_1,
	PHASE_3,
	PROJECT_3_3,
	progressViewEl,
	readBars,
	restoreClock,
	ROADMAP_ID,
	type LearnerVault,
} from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

const REVIEWS = "Learning Roadmap/Reviews";
const NOVEMBER = `${REVIEWS}/2026-11 Monthly review.md`;
const PHASE_1_LINK = PHASE_1.replace(/\.md$/, "");
const PHASE_3_LINK = PHASE_3.replace(/\.md$/, "");
const PROJECT_3_3_LINK = PROJECT_3_3.replace(/\.md$/, "");

/**
 * The generated roadmap after some learning: topics dated in October, November and December 2026
 * (and one unticked again, keeping its November date), project 3.3 completed on 20 November with its repository written in.
 */
async function learnedFiles(): Promise<Record<string, string>> {
	const files = await generatedRoadmapFiles();
	const tick = (text: string, topic: string, date: string) => text.replace(`- [ ] ${topic}`, `- [x] ${topic} ✅ ${date}`);
	let phase1 = files[PHASE_1];
	phase1 = tick(phase1, "Python installation and environment setup", "2026-11-03");
	phase1 = tick(phase1, "IDEs: VS Code, PyCharm, Jupyter Notebooks", "2026-10-31");
	phase1 = tick(phase1, "Virtual environments (venv, conda)", "2026-11-30");
	phase1 = tick(phase1, "pip and package management", "2026-12-01");
	// Ticked and dated on 5 November, then unticked by hand: the date stays, the topic is not covered.
	phase1 = phase1.replace("- [ ] Strings and string methods", "- [ ] Strings and string methods ✅ 2026-11-05");
	files[PHASE_1] = phase1;
	files[PHASE_3] = tick(files[PHASE_3], "Array creation methods", "2026-11-15");
	files[PROJECT_3_3] = files[PROJECT_3_3]
		.replace(/^- \[ \] (.*)$/gm, "- [x] $1 ✅ 2026-11-20")
		.replace('repository: ""', "repository: https://github.com/learner/financial-etl");
	return files;
}

/** The text under `### heading` up to the next heading of that level or higher. */
function section(text: string, heading: string): string {
	const lines = text.split("\n");
	const start = lines.findIndex((l) => l.toLowerCase() === `### ${heading.toLowerCase()}`);
	if (start === -1) throw new Error(`No section "${heading}" in:\n${text}`);
	const end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l));
	return lines.slice(start + 1, end === -1 ? undefined : end).join("\n").trim();
}

describe("Create monthly review", () => {
	it.each([
		["Europe/Paris", "+01:00"],
		["America/Los_Angeles", "-08:00"],
	])("at 23:30 on 30 November in %s writes November's review, pre-filled from the vault", async (zone, offset) => {
		freezeClock(zone, "2026-11-30T23:30", offset);
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("create-monthly-review");

		expect(vault.notices()).toContain("Created 2026-11 Monthly review.");
		expect(vault.app.workspace.opened.at(-1)?.path).toBe(NOVEMBER);
		expect(vault.frontmatter(NOVEMBER)).toEqual({ roadmap: ROADMAP_ID, kind: "review", month: "2026-11" });
		const review = vault.read(NOVEMBER);
		expect(review).toContain("## Month: November 2026");
		const headings = review.split("\n").filter((l) => l.startsWith("### ")).map((l) => l.slice(4).toLowerCase());
		expect(headings).toEqual(["topics covered", "revisited", "projects completed", "skills acquired", "challenges faced", "next month goals", "resources used"]);

		// Topics dated in November, grouped by phase, each linking to its note; not October's nor December's.
		expect(section(review, "Topics covered")).toBe(
			[
				"#### Phase 1: Python Fundamentals & Syntax",
				`- [[${PHASE_1_LINK}|Python installation and environment setup]] (2026-11-03)`,
				`- [[${PHASE_1_LINK}|Virtual environments (venv, conda)]] (2026-11-30)`,
				"",
				"#### Phase 3: Data Manipulation with Pandas & NumPy",
				`- [[${PHASE_3_LINK}|Array creation methods]] (2026-11-15)`,
			].join("\n"),
		);
		const projects = section(review, "Projects completed");
		expect(projects).toContain(`- [[${PROJECT_3_3_LINK}|3.3 Financial Data ETL]]`);
		expect(projects).toContain("Status: ✅ Complete (2026-11-20)");
		expect(projects).toContain("Repository: https://github.com/learner/financial-etl");

		const goals = section(review, "Next month goals").split("\n");
		expect(goals).toEqual([
			`- [[${PHASE_1_LINK}|Python REPL and interactive mode]] (Phase 1)`,
			`- [[${PHASE_1_LINK}|Variables and naming conventions]] (Phase 1)`,
			`- [[${PHASE_1_LINK}|Numbers (int, float, complex)]] (Phase 1)`,
			`- [[${PHASE_1_LINK}|Strings and string methods]] (Phase 1)`,
			`- [[${PHASE_1_LINK}|Boolean and None types]] (Phase 1)`,
		]);
		// 4 + 1 topics and the 5 boxes of project 3.3.
		expect(review).toMatch(/^Overall progress: 1% \(10\/\d+\)$/m);
	});

	it("writes December's review just after midnight on 1 December east of UTC", async () => {
		freezeClock("Europe/Paris", "2026-12-01T00:30", "+01:00");
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("create-monthly-review");
		const path = `${REVIEWS}/2026-12 Monthly review.md`;
		expect(vault.read(path)).toContain("## Month: December 2026");
		expect(section(vault.read(path), "Topics covered")).toBe(
			["#### Phase 1: Python Fundamentals & Syntax", `- [[${PHASE_1_LINK}|pip and package management]] (2026-12-01)`].join("\n"),
		);
	});

	it("reviews December from the first hour of January", async () => {
		freezeClock("Europe/Paris", "2027-01-01T00:30", "+01:00");
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("create-previous-monthly-review");
		const path = `${REVIEWS}/2026-12 Monthly review.md`;
		expect(vault.notices()).toContain("Created 2026-12 Monthly review.");
		expect(vault.frontmatter(path)).toMatchObject({ kind: "review", month: "2026-12" });
		const review = vault.read(path);
		expect(review).toContain("## Month: December 2026");
		expect(section(review, "Topics covered")).toContain("pip and package management");
		expect(section(review, "Topics covered")).not.toContain("Python installation");
		expect(section(review, "Projects completed")).not.toContain("3.3");
	});

	it("opens the existing review on a second run and never overwrites it", async () => {
		freezeClock("America/Los_Angeles", "2026-11-30T23:30", "-08:00");
		vault = await openLearnerVault(await learnedFiles());
		await vault.run("create-monthly-review");
		await vault.edit(NOVEMBER, (text) => text.replace("### Challenges Faced", "### Challenges Faced\nDecorators took a week."));
		const written = vault.read(NOVEMBER);
		const writes = vault.app.vault.totalWrites;
		const files = vault.app.vault.getFiles().length;

		await vault.run("create-monthly-review");
		expect(vault.app.vault.totalWrites).toBe(writes);
		expect(vault.app.vault.getFiles()).toHaveLength(files);
		expect(vault.read(NOVEMBER)).toBe(written);
		expect(vault.notices().at(-1)).toBe("2026-11 Monthly review already exists: opened it.");
		expect(vault.app.workspace.opened.at(-1)?.path).toBe(NOVEMBER);
	});

	it("leaves every progress number unchanged", async () => {
		freezeClock("Europe/Paris", "2026-11-30T23:30", "+01:00");
		const files = await learnedFiles();
		vault = await openLearnerVault(files);
		await vault.run("open-progress");
		const view = progressViewEl(vault)!;
		const bars = readBars(view);
		const status = vault.app.workspace.statusBarEl.textContent;

		await vault.run("create-monthly-review");
		await vault.run("create-previous-monthly-review");
		expect(readBars(view)).toEqual(bars);
		expect(vault.app.workspace.statusBarEl.textContent).toBe(status);
		expect(Object.keys(files)).toHaveLength(51); // 50 notes and the portfolio
		for (const [path, text] of Object.entries(files)) expect(vault.read(path), path).toBe(text);
	});

	it("names and places the review by the settings", async () => {
		freezeClock("America/Los_Angeles", "2026-11-30T23:30", "-08:00");
		vault = await openLearnerVault(await learnedFiles(), { reviewFolder: "Journal/Monthly", reviewFileFormat: "'Review of' MMMM yyyy" });
		await vault.run("create-monthly-review");
		expect(vault.read("Journal/Monthly/Review of November 2026.md")).toContain("## Month: November 2026");
	});
});

describe("a review template of the learner's own", () => {
	const template = [
		"---",
		"tags: [review]",
		"---",
		"# {{month}}",
		"Written {{date}} ({{date:EEEE d MMMM}})",
		"Progress: {{progress}}",
		"## Done",
		"{{topics_covered}}",
		"## Built",
		"{{projects_completed}}",
		"## Next",
		"{{next_goals}}",
		"{{unknown}} stays",
	].join("\n");

	it("fills every placeholder", async () => {
		freezeClock("America/Los_Angeles", "2026-11-30T23:30", "-08:00");
		vault = await openLearnerVault({ ...(await learnedFiles()), "Templates/My review.md": template }, { reviewTemplate: "Templates/My review" });
		await vault.run("create-monthly-review");
		const review = vault.read(NOVEMBER);

		expect(vault.frontmatter(NOVEMBER)).toEqual({ roadmap: ROADMAP_ID, kind: "review", month: "2026-11", tags: ["review"] });
		expect(review).toContain("# November 2026\nWritten 2026-11-30 (Monday 30 November)\nProgress: 1% (10/");
		expect(review).toContain(`## Done\n#### Phase 1: Python Fundamentals & Syntax\n- [[${PHASE_1_LINK}|Python installation and environment setup]] (2026-11-03)`);
		expect(review).toContain(`## Built\n- [[${PROJECT_3_3_LINK}|3.3 Financial Data ETL]]`);
		expect(review).toContain(`## Next\n- [[${PHASE_1_LINK}|Python REPL and interactive mode]] (Phase 1)`);
		expect(review).toContain("{{unknown}} stays");
		expect(review).not.toMatch(/\{\{(month|date|progress|topics_covered|projects_completed|next_goals)/);
	});

	it("is a notice, not an empty note, when the template is missing", async () => {
		freezeClock("Europe/Paris", "2026-11-30T23:30", "+01:00");
		vault = await openLearnerVault(await learnedFiles(), { reviewTemplate: "Templates/Gone" });
		const files = vault.app.vault.getFiles().length;
		await vault.run("create-monthly-review");
		expect(vault.notices().at(-1)).toMatch(/Review template "Templates\/Gone" was not found/);
		expect(vault.app.vault.getFiles()).toHaveLength(files);
		expect(vault.app.vault.getAbstractFileByPath(NOVEMBER)).toBeNull();
	});
});
