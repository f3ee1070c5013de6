import { afterEach, describe, expect, it } from "vitest";
import { FOLDER, openLearnerVault, PHASE_1, PHASE_8, PROJECT_3_3, ROADMAP_ID, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

function notesOfKind(v: LearnerVault, kind: string): string[] {
	return v.app.vault
		.getMarkdownFiles()
		.filter((f) => v.frontmatter(f.path)?.kind === kind && v.frontmatter(f.path)?.roadmap === ROADMAP_ID)
		.map((f) => f.path);
}

describe("Generate roadmap notes", () => {
	it("writes the whole roadmap: 12 phase notes holding 392 boxes, 35 projects each with a box", async () => {
		vault = await openLearnerVault();
		await vault.run("generate-roadmap");
		expect(vault.notices()).toContain("Created 50, updated 0, unchanged 0");

		const phases = notesOfKind(vault, "phase");
		expect(phases).toHaveLength(12);
		expect(phases.reduce((n, p) => n + vault!.boxes(p).length, 0)).toBe(392);
		const projects = notesOfKind(vault, "project");
		expect(projects).toHaveLength(35);
		for (const project of projects) expect(vault.boxes(project).length, project).toBeGreaterThan(0);

		expect(vault.frontmatter(PHASE_1)).toMatchObject({ roadmap: ROADMAP_ID, kind: "phase", phase: 1, total: 33, done: 0, progress: 0, status: "not-started" });
		expect(vault.frontmatter(PROJECT_3_3)).toMatchObject({ kind: "project", phase: 3, project: "3.3", title: "Financial Data ETL" });
		// ETL/ELT stays one file name: no folder named "ETL".
		expect(vault.app.vault.getFileByPath(PHASE_8)).not.toBeNull();
		expect(vault.app.vault.getFolderByPath(`${FOLDER}/Phase 08 - ETL`)).toBeNull();
		expect(vault.read(PHASE_1)).not.toMatch(/ðŸ|üìš|‚Üí/);
	});

	it("writes links that all resolve to the generated notes", async () => {
		vault = await openLearnerVault();
		await vault.run("generate-roadmap");
		let links = 0;
		for (const file of vault.app.vault.getMarkdownFiles()) {
			for (const match of vault.read(file.path).matchAll(/\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g)) {
				links++;
				const target = vault.app.metadataCache.getFirstLinkpathDest(match[1], file.path);
				expect(target?.path, `${file.path} links to "${match[1]}"`).toBeDefined();
			}
		}
		// Overview → 12 phases and 35 projects; each phase → its projects; each project → its phase.
		expect(links).toBeGreaterThanOrEqual(12 + 35 + 35 + 35);
	});

	it("changes no byte when run again on an unchanged vault", async () => {
		vault = await openLearnerVault();
		await vault.run("generate-roadmap");
		const files = vault.app.vault.getFiles().map((f) => f.path);
		expect(files).toHaveLength(53); // 50 notes, Portfolio.md, Roadmap.base and Roadmap.canvas
		const before = new Map(files.map((p) => [p, vault!.read(p)]));
		const writes = vault.app.vault.totalWrites;

		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe("Created 0, updated 0, unchanged 50");
		expect(vault.app.vault.totalWrites).toBe(writes);
		for (const [p, text] of before) expect(vault.read(p), p).toBe(text);
	});
});
