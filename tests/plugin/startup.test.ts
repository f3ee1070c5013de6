/**
 * The plugin writes nothing at start-up, whichever order Obsidian starts in (it promises neither):
 * - "cache-first": every note is indexed before the plugin loads (what the other plugin tests use);
 * - "late": notes are indexed after layout-ready, each with a `changed`, and some start with the cache
 *   of an earlier version — stale properties and boxes — as a cache persisted from the last session is
 *   when a note changed on disk meanwhile (ticked on another device, synced).
 * The vault was ticked while the plugin was off: boxes without dates, properties out of date.
 */
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeTestApp, createTestApp, enablePlugin, makeTempVault, removeTempVault } from "../harness/app";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { clearNotices, notices } from "../harness/ui";
import { FOLDER, generatedRoadmapFiles, REPO_ROOT, openLearnerVault, PHASE_1, PROJECT_3_3, ROADMAP_ID, setBox, type LearnerVault, type StartupOptions } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const OWN = `${FOLDER}/My own phase.md`;

/** The vault as the learner left it on another device, and the generated notes as this device last indexed them. */
async function tickedElsewhere(): Promise<{ files: Record<string, string>; before: Record<string, string> }> {
	const before = await generatedRoadmapFiles();
	const files = { ...before };
	files[PHASE_1] = setBox("Python installation and environment setup", "x")(setBox("IDEs: VS Code, PyCharm, Jupyter Notebooks", "x")(files[PHASE_1]));
	files[PHASE_1] = files[PHASE_1].replace("- [ ] Virtual environments (venv, conda)", "- [x] Virtual environments (venv, conda) ✅ 2026-11-20");
	files[PROJECT_3_3] = files[PROJECT_3_3].replace(/^- \[ \] (.*)$/gm, "- [x] $1");
	files[OWN] = `---\nroadmap: ${ROADMAP_ID}\nkind: phase\nphase: 13\n---\n- [x] ticked elsewhere\n`;
	return { files, before };
}

async function expectNoWriteAtStartup(startup: (before: Record<string, string>) => StartupOptions): Promise<void> {
	const { files, before } = await tickedElsewhere();
	vault = await openLearnerVault(files, undefined, startup(before));
	await vault.run("open-progress");
	await vault.settle();

	expect(Object.keys(files)).toHaveLength(52); // 50 notes, the portfolio and the learner's own phase
	for (const [path, text] of Object.entries(files)) expect(vault.read(path), path).toBe(text);
	expect(vault.app.vault.totalWrites).toBe(0);
	// and it did see the notes: the ticks count
	expect(vault.frontmatter(PHASE_1)).toMatchObject({ done: 0 }); // stale on disk, left so
	expect(vault.app.workspace.statusBarEl.textContent).toMatch(/^Roadmap \d+%$/);
	expect(vault.app.metadataCache.computeCountFor(PHASE_1)).toBeGreaterThan(0);
}

describe("start-up writes nothing", () => {
	it("when the cache is complete before layout-ready", async () => {
		await expectNoWriteAtStartup(() => ({ startup: "cache-first" }));
	});

	// The index builds after the cache's first pass (its `resolved`), so a late note is never taken for an edit.
	it("when notes are indexed after layout-ready, some with stale properties", async () => {
		await expectNoWriteAtStartup((before) => ({
			startup: "late",
			// this device last saw phase 1 and project 3.3 as generated: nothing ticked, done 0
			staleCache: { [PHASE_1]: before[PHASE_1], [PROJECT_3_3]: before[PROJECT_3_3] },
		}));
	});
});

describe("Generate while Obsidian is still indexing the vault", () => {
	it("waits for the index, so a moved note is found and not generated twice; the view says it is indexing", async () => {
		const files = await generatedRoadmapFiles();
		const moved = "Elsewhere/My phase 1.md";
		files[moved] = files[PHASE_1];
		delete files[PHASE_1];
		const dir = makeTempVault(files);
		const app = await createTestApp(dir, { layoutReady: false, startup: "late" });
		try {
			clearNotices();
			await enablePlugin(app, loadBuiltPlugin(path.join(REPO_ROOT, "main.js")), readManifest(REPO_ROOT));
			app.workspace.triggerLayoutReady();
			await app.commands.runCommand("learning-roadmap:open-progress");
			const view = app.workspace.getLeavesOfType("learning-roadmap-progress")[0]?.view as unknown as { contentEl: HTMLElement } | undefined;
			expect(view?.contentEl.textContent).toContain("Indexing the vault…");
			expect(view?.contentEl.querySelectorAll("button.lr-generate")).toHaveLength(0);
			// run before the cache's first pass is over: it must wait for it
			const generating = app.commands.runCommand("learning-roadmap:generate-roadmap");
			await app.metadataCache.whenIdle();
			await generating;
			expect(notices.at(-1)).toBe("Created 0, updated 0, unchanged 50");
			expect(app.vault.getAbstractFileByPath(PHASE_1)).toBeNull();
		} finally {
			closeTestApp(app);
			removeTempVault(dir);
		}
	});
});
