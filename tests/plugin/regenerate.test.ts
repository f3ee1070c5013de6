import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSettingTab } from "../harness/app";
import { findSetting, typeInto } from "../harness/ui";
import { FOLDER, openLearnerVault, PHASE_1, PROJECT_3_3, ROADMAP_ID, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

/** Lines of a note that start with `- [?] text`, whatever follows. */
function topicLines(note: string, text: string): string[] {
	return note.split("\n").filter((l) => /^- \[.\] /.test(l) && l.slice(6).startsWith(text));
}

/** Paths of this roadmap's notes of a kind, wherever they are. */
function notesOf(v: LearnerVault, kind: string, extra: Record<string, unknown> = {}): string[] {
	return v.app.vault
		.getMarkdownFiles()
		.filter((f) => {
			const fm = v.frontmatter(f.path);
			return fm?.roadmap === ROADMAP_ID && fm.kind === kind && Object.entries(extra).every(([k, value]) => fm[k] === value);
		})
		.map((f) => f.path);
}

function storedSettings(v: LearnerVault): Record<string, unknown> {
	return JSON.parse(v.read(".obsidian/plugins/learning-roadmap/data.json")) as Record<string, unknown>;
}

async function generated(): Promise<LearnerVault> {
	const v = await openLearnerVault();
	await v.run("generate-roadmap");
	return v;
}

describe("Generating again keeps the learner's work", () => {
	it("keeps ticked boxes and the lines the learner wrote", async () => {
		vault = await generated();
		await vault.edit(PHASE_1, setBox("pip and package management", "x"));
		await vault.edit(PHASE_1, setBox("Bitwise operators", "-"));
		await vault.edit(PHASE_1, (t) => t.replace("### 1.2 Basic Syntax", "My own summary of setup.\n- [ ] Try uv as well\n\n### 1.2 Basic Syntax"));
		await vault.edit(PROJECT_3_3, (t) => t.replace("## Key learnings\n", "## Key learnings\nRolling windows need a sorted index.\n"));
		await vault.settle();
		const phaseBefore = vault.read(PHASE_1);
		const projectBefore = vault.read(PROJECT_3_3);

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
		expect(vault.read(PHASE_1)).toBe(phaseBefore);
		expect(vault.read(PROJECT_3_3)).toBe(projectBefore);
		expect(topicLines(vault.read(PHASE_1), "pip and package management")).toEqual([expect.stringMatching(/^- \[x\] pip and package management ✅ \d{4}-\d{2}-\d{2}$/)]);
		expect(topicLines(vault.read(PHASE_1), "Bitwise operators")).toEqual(["- [-] Bitwise operators"]);
		expect(vault.read(PHASE_1)).toContain("My own summary of setup.\n- [ ] Try uv as well\n");
		expect(vault.read(PROJECT_3_3)).toContain("Rolling windows need a sorted index.");
		expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 1, total: 33 });
	});

	it("finds a moved and renamed note by its properties and updates it there, without a duplicate", async () => {
		vault = await generated();
		await vault.app.vault.createFolder("My notes");
		const phase = vault.app.vault.getFileByPath(PHASE_1)!;
		await vault.app.fileManager.renameFile(phase, "My notes/Python basics.md");
		const project = vault.app.vault.getFileByPath(PROJECT_3_3)!;
		await vault.app.fileManager.renameFile(project, `${path.dirname(PROJECT_3_3)}/Stock ETL.md`);
		await vault.edit("My notes/Python basics.md", setBox("while loops", "x"));
		await vault.settle();
		await vault.edit("My notes/Python basics.md", (t) => t.replace("- [ ] Bitwise operators\n", ""));
		await vault.edit(`${path.dirname(PROJECT_3_3)}/Stock ETL.md`, (t) => t.replace("- [ ] Portfolio analysis\n", ""));
		await vault.settle();

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 0, updated 2, unchanged 48");
		expect(existsSync(path.join(vault.dir, PHASE_1))).toBe(false);
		expect(existsSync(path.join(vault.dir, PROJECT_3_3))).toBe(false);
		expect(notesOf(vault, "phase", { phase: 1 })).toEqual(["My notes/Python basics.md"]);
		expect(notesOf(vault, "project", { project: "3.3" })).toEqual([`${path.dirname(PROJECT_3_3)}/Stock ETL.md`]);
		const moved = vault.read("My notes/Python basics.md");
		expect(topicLines(moved, "Bitwise operators")).toEqual(["- [ ] Bitwise operators"]);
		expect(topicLines(moved, "while loops")).toEqual([expect.stringMatching(/^- \[x\] while loops ✅/)]);
		expect(vault.boxes("My notes/Python basics.md")).toHaveLength(33);
		// Back at the end of the list under its own heading.
		expect(vault.read(`${path.dirname(PROJECT_3_3)}/Stock ETL.md`)).toContain(
			"## Features\n- [ ] Download stock data (Yahoo Finance API)\n- [ ] Calculate technical indicators (SMA, EMA, RSI)\n- [ ] Identify patterns (trend, support/resistance)\n- [ ] Export to database\n- [ ] Portfolio analysis\n\n## Code Sample",
		);
	});

	it("adds a missing topic under its own section and a missing section where the roadmap puts it", async () => {
		vault = await generated();
		await vault.edit(PHASE_1, (t) =>
			t
				.replace("- [ ] Strings and string methods\n", "")
				.replace(/### 1\.3 Operators\n[\s\S]*?\n\n(?=### 1\.4)/, "")
				.replace("- [ ] Comments and docstrings\n", "- [ ] Comments and docstrings\n  Docstrings go in triple quotes.\n"),
		);
		await vault.settle();
		expect(vault.boxes(PHASE_1)).toHaveLength(25);

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 0, updated 1, unchanged 49");
		const note = vault.read(PHASE_1);
		expect(vault.boxes(PHASE_1)).toHaveLength(33);
		// The topic comes back at the end of its section 1.2, after the learner's continuation line.
		const section12 = note.slice(note.indexOf("### 1.2 "), note.indexOf("### 1.3 "));
		expect(section12).toMatch(/- \[ \] Comments and docstrings\n {2}Docstrings go in triple quotes\.\n- \[ \] Strings and string methods\n\n$/);
		// The section comes back, whole, between 1.2 and 1.4.
		expect(note.indexOf("### 1.2 ")).toBeLessThan(note.indexOf("### 1.3 Operators"));
		expect(note.indexOf("### 1.3 Operators")).toBeLessThan(note.indexOf("### 1.4 "));
		const section13 = note.slice(note.indexOf("### 1.3 "), note.indexOf("### 1.4 "));
		expect(topicLines(section13, "")).toHaveLength(7);
		expect(topicLines(note, "Strings and string methods")).toHaveLength(1);
	});

	it("does not see a topic as missing when the learner appended words or a ✅ date to its line", async () => {
		vault = await generated();
		await vault.edit(PHASE_1, (t) =>
			t
				.replace("- [ ] Python installation and environment setup", "- [x] Python installation and environment setup — used pyenv ✅ 2026-01-05")
				.replace("- [ ] Recursion basics", "- [/] Recursion basics (see [[Fibonacci]])")
				.replace("- [ ] Lambda functions", "* [x] Lambda functions ✅ 2026-01-06"),
		);
		await vault.settle();
		const before = vault.read(PHASE_1);

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
		expect(vault.read(PHASE_1)).toBe(before);
		expect(topicLines(before, "Python installation and environment setup")).toHaveLength(1);
		expect(vault.boxes(PHASE_1)).toHaveLength(33);
	});

	it("leaves a file that is not a roadmap note untouched and reports it as skipped", async () => {
		const mine = "# My Python notes\n\nNot generated: keep me.\n";
		const otherRoadmap = "---\nroadmap: another-roadmap\nkind: project\nphase: 3\nproject: \"3.3\"\n---\nMine too.\n";
		vault = await openLearnerVault({ [PHASE_1]: mine, [PROJECT_3_3]: otherRoadmap });

		await vault.run("generate-roadmap");

		expect(vault.notices().at(-1)).toBe(
			`Created 48, updated 0, unchanged 0, skipped 2 (a file that is not a roadmap note is in the way: ${PHASE_1}, ${PROJECT_3_3})`,
		);
		expect(vault.read(PHASE_1)).toBe(mine);
		expect(vault.read(PROJECT_3_3)).toBe(otherRoadmap);
		expect(notesOf(vault, "phase")).toHaveLength(11);

		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toMatch(/^Created 0, updated 0, unchanged 48, skipped 2 /);
		expect(vault.read(PHASE_1)).toBe(mine);
	});
});

describe("The roadmap folder", () => {
	it("generates into the folder stored in the settings", async () => {
		vault = await openLearnerVault({}, { roadmapFolder: "Study/Python" });
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 50, updated 0, unchanged 0");
		expect(vault.frontmatter(PHASE_1.replace(FOLDER, "Study/Python"))).toMatchObject({ kind: "phase", phase: 1 });
		expect(vault.app.vault.getFolderByPath(FOLDER)).toBeNull();
		expect(vault.app.vault.getMarkdownFiles()).toHaveLength(51); // 50 notes and the portfolio
		expect(vault.app.vault.getMarkdownFiles().every((f) => f.path.startsWith("Study/Python/"))).toBe(true);
	});

	it("cleans up a folder edited by hand in data.json, and never uses one the settings tab would refuse", async () => {
		for (const [stored, used] of [
			[" Study//Python/ ", "Study/Python"],
			["", FOLDER],
			["/", FOLDER],
			["../Outside", FOLDER],
		]) {
			vault = await openLearnerVault({}, { roadmapFolder: stored });
			await vault.run("generate-roadmap");
			expect(vault.notices().at(-1), stored).toBe("Created 50, updated 0, unchanged 0");
			expect(vault.frontmatter(PHASE_1.replace(FOLDER, used)), stored).toMatchObject({ kind: "phase", phase: 1 });
			vault.close();
			vault = undefined;
		}
	});

	it("is set in the settings tab: cleaned up when saved, refused with a message when empty or outside the vault", async () => {
		vault = await openLearnerVault();
		const setting = findSetting(openSettingTab(vault.app, "learning-roadmap"), "Roadmap folder");
		const input = setting.find("input") as HTMLInputElement;
		const message = (): string => setting.find(".setting-item-description")?.textContent ?? "";

		typeInto(input, " Courses//Python/ ");
		await vault.settle();
		expect(storedSettings(vault).roadmapFolder).toBe("Courses/Python");

		for (const [typed, refusal] of [
			["", "Enter a folder name"],
			["  /  ", "Enter a folder"],
			["../Elsewhere", "cannot leave the vault"],
			["Courses/../../Elsewhere", "cannot leave the vault"],
			["/home/me/Notes", "inside the vault"],
			["C:\\Notes", "inside the vault"],
		]) {
			typeInto(input, typed);
			await vault.settle();
			expect(message(), typed).toContain(refusal);
			expect(storedSettings(vault).roadmapFolder, typed).toBe("Courses/Python");
		}

		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 50, updated 0, unchanged 0");
		expect(vault.frontmatter(PHASE_1.replace(FOLDER, "Courses/Python"))).toMatchObject({ kind: "phase", phase: 1 });
		expect(vault.app.vault.getMarkdownFiles()).toHaveLength(51); // 50 notes and the portfolio
		expect(vault.app.vault.getMarkdownFiles().every((f) => f.path.startsWith("Courses/Python/"))).toBe(true);
	});
});
