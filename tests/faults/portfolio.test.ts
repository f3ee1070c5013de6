/**
 * Bad input on the portfolio and Bases surfaces through the built plugin: HTML in key learnings,
 * portfolio markers inside a code fence, a CRLF `Portfolio.md`, and a folder named `Roadmap.base`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FOLDER, generatedRoadmapFiles, openLearnerVault, openRoadmapVault, PHASE_1, type LearnerVault } from "../plugin/built-plugin";
import { expectLinesKept, expectPlainWords, expectQuiet } from "./faults";

const PORTFOLIO = `${FOLDER}/Portfolio.md`;
const PROJECT_1_1 = `${FOLDER}/Phase 01 - Python Fundamentals & Syntax/Project 1.1 - Data Cleaning Script.md`;
const START = "<!-- learning-roadmap:portfolio:start -->";
const END = "<!-- learning-roadmap:portfolio:end -->";
const tickAll = (date: string) => (text: string) => text.replace(/^- \[ \] (.*)$/gm, `- [x] $1 ✅ ${date}`);

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	vi.unstubAllGlobals();
});

/** The roadmap with project 1.1 complete and these key learnings written in it. */
async function learned(learnings: string): Promise<Record<string, string>> {
	const files = await generatedRoadmapFiles();
	files[PHASE_1] = tickAll("2026-11-05")(files[PHASE_1] ?? "");
	files[PROJECT_1_1] = tickAll("2026-11-12")(files[PROJECT_1_1] ?? "").replace("## Key learnings\n", `## Key learnings\n\n${learnings}\n`);
	return files;
}

const HOSTILE = ["- <script>alert(1)</script> runs nowhere", '- <img src=x onerror="alert(2)"> shows as text', "- `<b>` in code stays code"].join("\n");

describe("portfolio: what the learner wrote is shown as written, never run", () => {
	it("escapes HTML from key learnings in Portfolio.md and in the copied README, and keeps inline code", async () => {
		const clipboard: string[] = [];
		vi.stubGlobal("navigator", { clipboard: { writeText: async (text: string) => void clipboard.push(text) } });
		vault = await openLearnerVault(await learned(HOSTILE));
		await vault.run("build-portfolio");
		await vault.run("copy-portfolio-readme");

		for (const text of [vault.read(PORTFOLIO), clipboard[0] ?? ""]) {
			expect(text).toContain("&lt;script>alert(1)&lt;/script> runs nowhere");
			expect(text).toContain('&lt;img src=x onerror="alert(2)"> shows as text');
			expect(text).toContain("`<b>` in code stays code");
			expect(text).not.toMatch(/<script|<img/u);
		}
		expectLinesKept(vault, PROJECT_1_1, HOSTILE);
		await expectQuiet(vault);
	});

	it("reads markers inside a code fence as the learner's text: the portfolio goes below, the fence is untouched", async () => {
		const files = await learned("- Fences keep their text");
		const shown = ["# My portfolio", "", "How it works:", "", "```markdown", START, "(the plugin writes here)", END, "```", ""].join("\n");
		vault = await openLearnerVault({ ...files, [PORTFOLIO]: shown });
		await vault.run("build-portfolio");

		const text = vault.read(PORTFOLIO);
		expect(text.startsWith(shown)).toBe(true);
		expect(text.slice(shown.length)).toMatch(new RegExp(`^\\n${START}\\n[\\s\\S]*Fences keep their text[\\s\\S]*\\n${END}\\n$`, "u"));
		await expectQuiet(vault);
	});

	it("keeps a CRLF Portfolio.md in CRLF when the generated part is rewritten", async () => {
		const files = await learned("- Line endings are the learner's");
		const crlf = ["---", "kind: portfolio", "---", "# My portfolio", "Intro.", "", START, "old", END, "", "Outro."].join("\r\n");
		vault = await openLearnerVault({ ...files, [PORTFOLIO]: crlf });
		await vault.run("build-portfolio");

		const text = vault.read(PORTFOLIO);
		expect(text).toContain("Line endings are the learner's");
		expect(text.replace(/\r\n/gu, "")).not.toContain("\n");
		expect(text.startsWith("---\r\nkind: portfolio\r\n---\r\n# My portfolio\r\nIntro.\r\n\r\n")).toBe(true);
		expect(text.endsWith(`${END}\r\n\r\nOutro.`)).toBe(true);
		await expectQuiet(vault);
	});
});

describe("Bases: a folder where Roadmap.base goes", () => {
	it("is reported as skipped by Generate, like a folder named Roadmap.canvas, and left as it is", async () => {
		vault = await openRoadmapVault({ [`${FOLDER}/Roadmap.base/mine.md`]: "my note\n" });
		await vault.run("generate-roadmap");

		const notice = vault.notices().at(-1);
		expect(notice).toMatch(/, skipped 1 \(a file that is not a roadmap note is in the way: Learning Roadmap\/Roadmap\.base\)$/u);
		expectPlainWords(notice);
		expect(vault.read(`${FOLDER}/Roadmap.base/mine.md`)).toBe("my note\n");
		await expectQuiet(vault);
	});
});
