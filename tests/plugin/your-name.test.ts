/**
 * The *Your name* setting: the only way a person's name gets into what the plugin writes. Empty (the
 * default), the overview and the portfolio carry no name at all.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FOLDER, generatedRoadmapFiles, openLearnerVault, openRoadmapVault, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	vi.unstubAllGlobals();
});

const OVERVIEW = `${FOLDER}/Roadmap overview.md`;
const PORTFOLIO = `${FOLDER}/Portfolio.md`;
const TITLE = "Python Learning Roadmap for Data Science & Data Engineering";

describe("Your name", () => {
	it("is empty by default, and then no generated note names anyone", async () => {
		const files = await generatedRoadmapFiles();
		expect(Object.keys(files)).toContain(OVERVIEW);
		for (const [path, text] of Object.entries(files)) {
			expect(text, path).not.toMatch(/Created for|Ritik|GitHub profile/u);
		}
		expect(files[PORTFOLIO]?.split("\n")[0]).toBe(`# Portfolio: ${TITLE}`);
	});

	it("fills the overview's Created for line and the portfolio's heading", async () => {
		vault = await openLearnerVault({}, { learnerName: "  Ada Lovelace " });
		await vault.run("generate-roadmap");

		const overview = vault.read(OVERVIEW);
		expect(overview).toContain(`# ${TITLE}\n**Created for:** Ada Lovelace\n**Focus Areas:**`);
		expect(vault.read(PORTFOLIO).split("\n")[0]).toBe(`# Portfolio of Ada Lovelace: ${TITLE}`);
	});

	it("names the learner in the copied README even when the portfolio was made before the name was set", async () => {
		const clipboard: string[] = [];
		vi.stubGlobal("navigator", { clipboard: { writeText: async (text: string) => void clipboard.push(text) } });
		vault = await openRoadmapVault({}, { learnerName: "Ada Lovelace" });
		const before = vault.read(PORTFOLIO);
		expect(before.split("\n")[0]).toBe(`# Portfolio: ${TITLE}`);

		await vault.run("copy-portfolio-readme");
		expect(clipboard[0]?.split("\n")[0]).toBe(`# Portfolio of Ada Lovelace: ${TITLE}`);
		// the note itself is the learner's: only the copy changes
		expect(vault.read(PORTFOLIO)).toBe(before);
	});
});
