import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FOLDER, openLearnerVault, PHASE_1, REPO_ROOT, ROADMAP_ID, setBox, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => vault?.close());

const EXAMPLE_PATH = "Roadmaps/sql-basics.yaml";
const SQL_ID = "sql-basics";

/** Each progress of `roadmapId` the plugin computes from now on: the tracker's store gets one object per computation. */
function computations(vault: LearnerVault, roadmapId: string): unknown[] {
	const cache = (vault.plugin.tracker as { cache: Map<string, unknown> }).cache;
	const computed: unknown[] = [];
	const set = cache.set.bind(cache);
	cache.set = (id: string, progress: unknown) => {
		if (id === roadmapId) computed.push(progress);
		return set(id, progress);
	};
	return computed;
}

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

	it("computes a tick from disk once: the tick and the plugin's own write of its date and properties make one computation, which every reader shares", async () => {
		vault = await openLearnerVault({});
		await vault.run("generate-roadmap");
		await vault.run("open-progress");
		// A first tick, so the plan's start is written (a change of the overview note, computed on its own).
		await vault.edit(PHASE_1, setBox("Python installation and environment setup", "x"));
		await vault.settle();
		expect(vault.frontmatter(`${FOLDER}/Roadmap overview.md`)?.started).toBeDefined();
		const computed = computations(vault, ROADMAP_ID);
		const writes = vault.app.vault.writeCount(PHASE_1);

		await vault.edit(PHASE_1, setBox("Variables and naming conventions", "x"));
		await vault.settle();

		expect(vault.app.vault.writeCount(PHASE_1) - writes).toBe(2); // the tick, then the plugin's date and properties
		expect(vault.frontmatter(PHASE_1)?.done).toBe(2);
		expect(computed).toHaveLength(1);
		expect((vault.plugin.tracker as { progress(id: string): unknown }).progress(ROADMAP_ID)).toBe(computed[0]);
	});

	it("computes a tick once in a roadmap without a plan, whose overview never gets a start date to write", async () => {
		// Durations no plan can be made from: the pace's check finds nothing to write at every tick.
		const unplanned = readFileSync(path.join(REPO_ROOT, "docs/example-roadmap.yaml"), "utf8").replace(/duration: 2 weeks/g, "duration: Ongoing");
		vault = await openLearnerVault({ [EXAMPLE_PATH]: unplanned }, { roadmapFiles: [EXAMPLE_PATH] });
		await vault.run("generate-roadmap");
		await vault.run("open-progress");
		const phase = `${FOLDER}/SQL Basics/Phase 01 - Querying/Phase 01 - Querying.md`;
		await vault.edit(phase, setBox("SELECT and FROM", "x"));
		await vault.settle();
		expect(vault.frontmatter(`${FOLDER}/SQL Basics/Roadmap overview.md`)).toMatchObject({ kind: "overview" });
		expect(vault.frontmatter(`${FOLDER}/SQL Basics/Roadmap overview.md`)?.started).toBeUndefined();
		const computed = computations(vault, SQL_ID);

		await vault.edit(phase, setBox("Filtering with WHERE", "x"));
		await vault.settle();

		expect(vault.frontmatter(phase)?.done).toBe(2); // the tick, then the plugin's date and properties
		expect(computed).toHaveLength(1);
	});
});
