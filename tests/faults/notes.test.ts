import { afterEach, describe, expect, it } from "vitest";
import { bar, openLearnerVault, openRoadmapVault, PHASE_1, progressViewEl, setBox, type LearnerVault } from "../plugin/built-plugin";
import { expectLinesKept, expectPlainWords, expectQuiet, FAULT_FILE, ONLY_FAULT_FILE, smallRoadmap } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const PHASE_1_BAR = "Phase 1: Python Fundamentals & Syntax";
const FIRST = "Python installation and environment setup";
const SECOND = "IDEs: VS Code, PyCharm, Jupyter Notebooks";

async function openView(v: LearnerVault): Promise<HTMLElement> {
	await v.run("open-progress");
	const el = progressViewEl(v);
	if (!el) throw new Error("The progress view did not open");
	return el;
}

const tickTwo = (text: string): string => setBox(SECOND, "x")(setBox(FIRST, "x")(text));

/** Notes the learner (or another app) shaped oddly: each still counts right and loses nothing. */
const HOSTILE_NOTES: [string, (note: string) => string, { done: number; total: number }][] = [
	["CRLF line endings", (n) => tickTwo(n).replace(/\n/g, "\r\n"), { done: 2, total: 33 }],
	["ticks inside a callout", (n) => `${tickTwo(n)}\n> [!todo] My extra work\n> - [x] a box in a callout\n> - [ ] another one\n`, { done: 3, total: 35 }],
	["boxes inside a %% comment %%", (n) => `${tickTwo(n)}\n%%\n- [x] commented out\n- [ ] also commented\n%%\n`, { done: 2, total: 33 }],
	["boxes inside a code block", (n) => `${tickTwo(n)}\n\`\`\`md\n- [x] code, not a box\n\`\`\`\n`, { done: 2, total: 33 }],
	["10,000 lines of the learner's own notes", (n) => `${tickTwo(n)}\n${Array.from({ length: 10_000 }, (_, i) => `Line ${i} of my notes`).join("\n")}\n`, { done: 2, total: 33 }],
	["HTML in the learner's words", (n) => tickTwo(n).replace(FIRST, `${FIRST} <img src=x onerror=alert(1)>`), { done: 2, total: 33 }],
	["a topic with a ✅ date in its middle", (n) => tickTwo(n).replace(SECOND, `${SECOND} ✅ 2020-01-01 was my first try`), { done: 2, total: 33 }],
];

describe("hostile notes", () => {
	it.each(HOSTILE_NOTES)("counts a phase note with %s right and keeps every line", async (_name, change, expected) => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		await vault.edit(PHASE_1, change);
		const written = vault.read(PHASE_1);
		await vault.settle();

		expect(bar(view, PHASE_1_BAR)).toMatchObject({ value: expected.done, max: expected.total });
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: expected.done, total: expected.total });
		expectLinesKept(vault, PHASE_1, written.replace(/^---[\s\S]*?\n---\r?\n/u, ""));
		expect(view.textContent).not.toContain("can't be read");
		await expectQuiet(vault);
	});

	it("lists a note with broken properties in the view, keeps it as written, and counts everything else", async () => {
		vault = await openRoadmapVault();
		const view = await openView(vault);
		await vault.edit(PHASE_1, (n) => tickTwo(n).replace("kind: phase", "kind: [phase"));
		const written = vault.read(PHASE_1);
		await vault.settle();

		const warning = Array.from(view.querySelectorAll(".lr-warning")).map((w) => w.textContent ?? "").find((w) => w.includes(PHASE_1));
		expect(warning).toContain("can't be read");
		expectPlainWords(warning);
		expect(vault.read(PHASE_1)).toBe(written);
		expect(bar(view, /^Phase 3:/).max).toBeGreaterThan(0);
		await expectQuiet(vault);
	});

	it("dates and reviews a topic whose own text holds a ✅ date in its middle", async () => {
		const roadmap = smallRoadmap();
		(roadmap.phases as Record<string, unknown>[])[0].sections = [{ id: "1.1", title: "Start", topics: ["Learn ✅ 2025-01-01 syntax", "Other"] }];
		vault = await openLearnerVault({ [FAULT_FILE]: JSON.stringify(roadmap) }, ONLY_FAULT_FILE);
		await vault.run("generate-roadmap");
		const phase = "Learning Roadmap/Fault Roadmap/Phase 01 - Basics/Phase 01 - Basics.md";
		await vault.edit(phase, setBox("Learn ✅ 2025-01-01 syntax", "x"));
		await vault.settle();

		const today = new Date();
		const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
		expect(vault.read(phase)).toContain(`- [x] Learn ✅ 2025-01-01 syntax ✅ ${date}`);
		await vault.run("create-monthly-review");
		const review = vault.app.vault.getMarkdownFiles().find((f) => f.path.includes("Monthly review"));
		expect(review).toBeDefined();
		expect(vault.read(review!.path)).toContain(`|Learn ✅ 2025-01-01 syntax]] (${date})`);
		await expectQuiet(vault);
	});
});
