import { afterEach, describe, expect, it } from "vitest";
import { freezeClock, generatedRoadmapFiles, openLearnerVault, openRoadmapVault, PHASE_1, restoreClock, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	restoreClock();
});

const FIRST = "Python installation and environment setup";
const SECOND = "IDEs: VS Code, PyCharm, Jupyter Notebooks";
const THIRD = "Virtual environments (venv, conda)";

function lineWith(v: LearnerVault, path: string, text: string): string {
	return v.read(path).split("\n").find((l) => l.includes(text)) ?? "";
}

/** Every line of `after` but the one holding `text` equals the same line of `before`. */
function expectOnlyLineChanged(before: string, after: string, text: string): void {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b).toHaveLength(a.length);
	for (let i = 0; i < a.length; i++) if (!(a[i] ?? "").includes(text)) expect(b[i], `line ${i}`).toBe(a[i]);
}

describe("completion dates", () => {
	it.each([
		["Europe/Paris", "+01:00"],
		["America/Los_Angeles", "-08:00"],
	])("stamps the local date at 23:30 on the last day of the month in %s, touching only that line", async (zone, offset) => {
		freezeClock(zone, "2026-11-30T23:30", offset);
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		const ticked = vault.read(PHASE_1);
		await vault.settle();

		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-11-30`);
		// Only the box's line and the progress properties changed.
		const strip = (t: string) => t.replace(/^(done|progress|status): .*$/gm, "");
		expectOnlyLineChanged(strip(ticked), strip(vault.read(PHASE_1)), FIRST);
	});

	it("stamps the new day just after midnight east of UTC", async () => {
		freezeClock("Europe/Paris", "2026-12-01T00:30", "+01:00");
		vault = await openRoadmapVault();
		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		await vault.settle();
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-12-01`);
	});

	it("takes its own date away when the box is unticked, and stamps once when ticked again", async () => {
		freezeClock("Europe/Paris", "2026-11-12T09:00", "+01:00");
		vault = await openRoadmapVault();
		const original = vault.read(PHASE_1);
		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		await vault.settle();
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-11-12`);

		await vault.edit(PHASE_1, setBox(FIRST, " "));
		await vault.settle();
		expect(vault.read(PHASE_1)).toBe(original);

		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		await vault.settle();
		await vault.edit(PHASE_1, setBox(SECOND, "/"));
		await vault.edit(PHASE_1, (text) => `${text}\nA thought of mine.\n`);
		await vault.settle();
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST} ✅ 2026-11-12`);
		expect(lineWith(vault, PHASE_1, SECOND)).toBe(`- [/] ${SECOND}`);
	});

	it("never undoes an untick typed while it was about to date the box", async () => {
		freezeClock("Europe/Paris", "2026-11-12T09:00", "+01:00");
		vault = await openRoadmapVault();
		const v = vault;
		// The learner unticks the instant Obsidian has indexed the tick, before the plugin writes its date.
		let untickedOnce = false;
		v.app.metadataCache.on("changed", (file) => {
			if (untickedOnce || file.path !== PHASE_1) return;
			untickedOnce = true;
			void v.edit(PHASE_1, setBox(FIRST, " "));
		});
		await v.edit(PHASE_1, setBox(FIRST, "x"));
		await v.settle();
		expect(untickedOnce).toBe(true);
		expect(lineWith(v, PHASE_1, FIRST)).toBe(`- [ ] ${FIRST}`);
		expect(v.frontmatter(PHASE_1)).toMatchObject({ done: 0, status: "not-started" });
	});

	it("removes the date of an unticked box whoever wrote it, and keeps the date a ticked line brings", async () => {
		freezeClock("America/Los_Angeles", "2026-11-30T23:30", "-08:00");
		const files = await generatedRoadmapFiles();
		files[PHASE_1] = files[PHASE_1]
			.replace(`- [ ] ${FIRST}`, `- [x] ${FIRST} ✅ 2026-10-02`)
			.replace(`- [ ] ${SECOND}`, `- [ ] ${SECOND} ✅ 2026-10-03`);
		vault = await openLearnerVault(files);

		await vault.edit(PHASE_1, setBox(FIRST, " "));
		await vault.edit(PHASE_1, setBox(SECOND, "x"));
		await vault.settle();
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [ ] ${FIRST}`);
		expect(lineWith(vault, PHASE_1, SECOND)).toBe(`- [x] ${SECOND} ✅ 2026-10-03`);
		// A Tasks-style line with other dates and a block id gets ours before the id, once.
		await vault.edit(PHASE_1, (text) => text.replace(`- [ ] ${THIRD}`, `- [ ] ${THIRD} 📅 2026-12-01 ^venv`));
		await vault.settle();
		await vault.edit(PHASE_1, setBox(THIRD, "x"));
		await vault.settle();
		expect(lineWith(vault, PHASE_1, THIRD)).toBe(`- [x] ${THIRD} 📅 2026-12-01 ✅ 2026-11-30 ^venv`);
	});

	it("writes no date when recording them is switched off", async () => {
		freezeClock("Europe/Paris", "2026-11-12T09:00", "+01:00");
		vault = await openRoadmapVault({}, { recordCompletionDates: false });
		await vault.edit(PHASE_1, setBox(FIRST, "x"));
		await vault.settle();
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST}`);
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1 });
	});

	it("never dates boxes at start-up, nor boxes outside phase and project notes", async () => {
		freezeClock("Europe/Paris", "2026-11-12T09:00", "+01:00");
		const files = await generatedRoadmapFiles();
		files[PHASE_1] = setBox(FIRST, "x")(files[PHASE_1]);
		files["Journal.md"] = "- [ ] journal box\n";
		vault = await openLearnerVault(files);
		expect(vault.app.vault.totalWrites).toBe(0);
		expect(lineWith(vault, PHASE_1, FIRST)).toBe(`- [x] ${FIRST}`);

		await vault.edit("Journal.md", setBox("journal box", "x"));
		await vault.edit("Learning Roadmap/Roadmap overview.md", (text) => `${text}\n- [ ] my box\n`);
		await vault.settle();
		await vault.edit("Learning Roadmap/Roadmap overview.md", setBox("my box", "x"));
		await vault.settle();
		expect(vault.read("Journal.md")).toBe("- [x] journal box\n");
		expect(lineWith(vault, "Learning Roadmap/Roadmap overview.md", "my box")).toBe("- [x] my box");
	});
});
