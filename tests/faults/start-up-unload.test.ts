import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closeTestApp, createTestApp, disablePlugin, enablePlugin, makeTempVault, removeTempVault, type App } from "../harness/app";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { generatedRoadmapFiles, REPO_ROOT } from "../plugin/built-plugin";

let app: App | undefined;
let dir: string | undefined;
afterEach(() => {
	if (app) closeTestApp(app);
	if (dir) removeTempVault(dir);
	app = undefined;
	dir = undefined;
});

describe("the plugin switched off during its start-up", () => {
	it("registers nothing once the roadmap files it was reading arrive: no event, no timer left behind", async () => {
		dir = makeTempVault(await generatedRoadmapFiles());
		app = await createTestApp(dir, { layoutReady: false });
		const before = app.liveRegistrations();
		const plugin = await enablePlugin(app, loadBuiltPlugin(path.join(REPO_ROOT, "main.js")), readManifest(REPO_ROOT));
		// The layout becomes ready, the plugin starts reading its roadmap files, and is switched off meanwhile.
		app.workspace.triggerLayoutReady();
		disablePlugin(plugin);
		for (let i = 0; i < 5; i++) await app.metadataCache.whenIdle();
		await app.vault.whenWritesSettled();
		const after = app.liveRegistrations();
		expect({ events: after.events, intervals: after.intervals, domNodes: after.domNodes }).toEqual({ events: before.events, intervals: before.intervals, domNodes: before.domNodes });
	});
});
