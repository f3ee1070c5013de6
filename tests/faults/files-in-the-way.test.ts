import { afterEach, describe, expect, it } from "vitest";
import { openLearnerVault, openRoadmapVault, type LearnerVault } from "../plugin/built-plugin";
import { expectPlainWords, expectQuiet } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const MONTH = /\d{4}-\d{2} Monthly review/u;

describe("files in the way", () => {
	it("a review folder under a file (notes.md/Reviews): a notice naming it, no throw, the file untouched", async () => {
		vault = await openRoadmapVault({ "notes.md": "my notes\n" }, { reviewFolder: "notes.md/Reviews" });
		await vault.run("create-monthly-review");

		const notice = vault.notices().at(-1);
		expect(notice).toMatch(/^Could not create the review "notes\.md\/Reviews\/\d{4}-\d{2} Monthly review\.md": Cannot create the folder "notes\.md": a file has that name\. Check the review folder setting\.$/u);
		expectPlainWords(notice);
		expect(vault.read("notes.md")).toBe("my notes\n");
		expect(vault.app.vault.getMarkdownFiles().some((f) => MONTH.test(f.path))).toBe(false);
		await expectQuiet(vault);
	});

	it("a folder where the review note goes: a notice naming it", async () => {
		const month = new Date();
		const name = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, "0")} Monthly review.md`;
		vault = await openRoadmapVault({ [`Learning Roadmap/Reviews/${name}/inside.md`]: "kept\n" });
		await vault.run("create-monthly-review");
		expect(vault.notices().at(-1)).toBe(`Cannot create the review: a folder is at "Learning Roadmap/Reviews/${name}".`);
		expect(vault.read(`Learning Roadmap/Reviews/${name}/inside.md`)).toBe("kept\n");
		await expectQuiet(vault);
	});

	it("a file where a phase folder goes: the other notes are written, the failures named in a notice that stays", async () => {
		const inTheWay = "Learning Roadmap/Phase 01 - Python Fundamentals & Syntax";
		vault = await openLearnerVault({ [inTheWay]: "a file without extension\n" });
		await vault.run("generate-roadmap");

		const notice = vault.notices().at(-1) ?? "";
		expect(notice).toMatch(/^Created 46, updated 0, unchanged 0, failed 4 \(/u);
		expect(notice).toContain(`"${inTheWay}/Phase 01 - Python Fundamentals & Syntax.md": Cannot create the folder "${inTheWay}": a file has that name.`);
		expectPlainWords(notice);
		expect(vault.read(inTheWay)).toBe("a file without extension\n");
		expect(vault.app.vault.getMarkdownFiles()).toHaveLength(46);
		await expectQuiet(vault);
	});

	it("a file where the roadmap folder goes: nothing written, every failure named", async () => {
		vault = await openLearnerVault({ "Learning Roadmap": "not a folder\n" });
		await vault.run("generate-roadmap");
		// the 50 notes, Roadmap.base and Roadmap.canvas
		expect(vault.notices().at(-1)).toMatch(/^Created 0, updated 0, unchanged 0, failed 52 \(.*; and 49 more\)$/u);
		expect(vault.read("Learning Roadmap")).toBe("not a folder\n");
		await expectQuiet(vault);
	});

	it("a missing review template: a notice, no empty review", async () => {
		vault = await openRoadmapVault({}, { reviewTemplate: "Templates/Gone.md" });
		await vault.run("create-monthly-review");
		expect(vault.notices().at(-1)).toBe('Review template "Templates/Gone.md" was not found. Check the review template setting.');
		expect(vault.app.vault.getMarkdownFiles().some((f) => MONTH.test(f.path))).toBe(false);
		await expectQuiet(vault);
	});

	it("a template with an unterminated {{date:'}}: the review is written and the placeholder reported", async () => {
		vault = await openRoadmapVault({ "Templates/Review.md": "# {{month}}\nWritten {{date:'}}\n{{progress}}\n" }, { reviewTemplate: "Templates/Review.md" });
		await vault.run("create-monthly-review");
		const notice = vault.notices().at(-1);
		expect(notice).toMatch(/^Created \d{4}-\d{2} Monthly review\.\nIn the review template, \{\{date:'\}\} has a quote \(\x27\) that is never closed; it was left as written\.$/u);
		const review = vault.app.vault.getMarkdownFiles().find((f) => MONTH.test(f.path));
		expect(vault.read(review!.path)).toContain("Written {{date:'}}");
		await expectQuiet(vault);
	});
});
