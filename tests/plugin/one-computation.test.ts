import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openLearnerVault, PHASE_1, REPO_ROOT, ROADMAP_ID, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

const EXAMPLE_PATH = "Roadmaps/sql-basics.yaml";
const SQL_ID = "sql-basics";

describe("one computation per change", () => {
	it("computes again only the progress of the roadmap whose note changed, and every reader shares it", async () => {
		vault = await openLearnerVault({ [EXAMPLE_PATH]: readFileSync(path.join(REPO_ROOT, "docs/example-roadmap.yaml"), "utf8") }, { roadmapFiles: [EXAMPLE_PATH] });
		await vault.run("generate-roadmap");
		await vault.run("open-progress");
		const tracker = vault.plugin.tracker as { progress(id: string): { overall: { done: number } } };
		const sql = tracker.progress(SQL_ID);
		const before = tracker.progress(ROADMAP_ID).overall.done;

		await vault.edit(PHASE_1, setBox("Python installation and environment setup", "x"));
		await vault.settle();

		// The status bar, the view, the canvas and the pace have all read the built-in roadmap's new progress by now.
		const python = tracker.progress(ROADMAP_ID);
		expect(python.overall.done).toBe(before + 1);
		expect(tracker.progress(ROADMAP_ID)).toBe(python);
		expect(tracker.progress(SQL_ID)).toBe(sql);
	});
});
