import { afterEach, describe, expect, it } from "vitest";
import { FOLDER, openLearnerVault, PHASE_1, setBox, type LearnerVault } from "./built-plugin";

const OVERVIEW = `${FOLDER}/Roadmap overview.md`;

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

// The index reads the MetadataCache at start-up; afterwards an edit's text comes with the cache's
// `changed` event, so an edit reads no file at all (a rebuild of the index would read all 50).
describe("what an edit costs the index", () => {
	const plainNotes = Object.fromEntries(
		Array.from({ length: 200 }, (_, i) => [`Journal/Day ${i}.md`, `# Day ${i}\n- [ ] errand ${i}\n- [x] walk\n`]),
	);

	async function generatedVault(): Promise<LearnerVault> {
		// Dates and property sync off: they write (and so re-read) the note; this measures the index alone.
		const v = await openLearnerVault(plainNotes, { recordCompletionDates: false, syncProgressProperties: false });
		await v.run("generate-roadmap");
		// The plan has started: the first tick writes no `started` into the overview (pace), which would read it.
		await v.edit(OVERVIEW, (text) => text.replace(/^kind: overview$/m, "kind: overview\nstarted: 2026-11-01"));
		await v.settle();
		return v;
	}

	it("reads no file when a box is ticked: the text comes with the change", async () => {
		vault = await generatedVault();
		const reads = vault.app.vault.totalReads;
		await vault.edit(PHASE_1, setBox("Python installation and environment setup", "x"));
		await vault.settle();
		expect(vault.app.vault.totalReads - reads).toBe(0);
		expect(vault.frontmatter(PHASE_1)?.done).toBe(0); // property sync is off here: nothing wrote
		expect(vault.boxes(PHASE_1)[0]).toBe("x");
	});

	it("reads nothing when a note outside every roadmap changes", async () => {
		vault = await generatedVault();
		const reads = vault.app.vault.totalReads;
		await vault.edit("Journal/Day 7.md", (text) => text.replace("- [ ] errand 7", "- [x] errand 7"));
		await vault.settle();
		expect(vault.app.vault.totalReads - reads).toBe(0);
	});
});
