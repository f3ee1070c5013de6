import { afterEach, describe, expect, it } from "vitest";
import { openLearnerVault, PHASE_1, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

// The index reads the MetadataCache; it reads a note's text only for roadmap notes, one at a time.
describe("what an edit costs the index", () => {
	const plainNotes = Object.fromEntries(
		Array.from({ length: 200 }, (_, i) => [`Journal/Day ${i}.md`, `# Day ${i}\n- [ ] errand ${i}\n- [x] walk\n`]),
	);

	async function generatedVault(): Promise<LearnerVault> {
		// Dates and property sync off: they write (and so re-read) the note; this measures the index alone.
		const v = await openLearnerVault(plainNotes, { recordCompletionDates: false, syncProgressProperties: false });
		await v.run("generate-roadmap");
		return v;
	}

	it("re-reads only the edited roadmap note when a box is ticked", async () => {
		vault = await generatedVault();
		const reads = vault.app.vault.totalReads;
		await vault.edit(PHASE_1, setBox("Python installation and environment setup", "x"));
		await vault.settle();
		expect(vault.app.vault.totalReads - reads).toBe(1);
	});

	it("reads nothing when a note outside every roadmap changes", async () => {
		vault = await generatedVault();
		const reads = vault.app.vault.totalReads;
		await vault.edit("Journal/Day 7.md", (text) => text.replace("- [ ] errand 7", "- [x] errand 7"));
		await vault.settle();
		expect(vault.app.vault.totalReads - reads).toBe(0);
	});
});
