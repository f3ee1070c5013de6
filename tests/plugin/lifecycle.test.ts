import { afterEach, describe, expect, it } from "vitest";
import { closeTestApp, createTestApp, disablePlugin, enablePlugin, makeTempVault, removeTempVault, renderCodeBlock } from "../harness/app";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { REPO_ROOT } from "./built-plugin";
import path from "node:path";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeTempVault));

describe("the built main.js", () => {
	it("enables and disables fifty times, leaving no listener, interval or DOM node behind", async () => {
		const dir = makeTempVault({ "Notes/Plain.md": "- [ ] a box in a plain note\n" });
		dirs.push(dir);
		const app = await createTestApp(dir);
		const manifest = readManifest(REPO_ROOT);
		const PluginClass = loadBuiltPlugin(path.join(REPO_ROOT, "main.js"));
		const idle = app.liveRegistrations();

		for (let round = 0; round < 50; round++) {
			const plugin = await enablePlugin(app, PluginClass, manifest);
			await app.metadataCache.whenIdle();
			const live = app.liveRegistrations();
			expect(live.commands).toBe(10);
			expect(live.views).toBe(1);
			expect(live.events).toBeGreaterThan(0);
			expect(live.domNodes).toBeGreaterThan(0); // ribbon icon and status bar item
			// Use what the plugin registers: open the view and draw a code block.
			await app.commands.runCommand("learning-roadmap:open-progress");
			await renderCodeBlock(app, "roadmap-progress", "", "Notes/Plain.md");
			expect(app.liveRegistrations().domNodes).toBeGreaterThan(live.domNodes);

			disablePlugin(plugin);
			expect(app.liveRegistrations(), `after disable #${round + 1}`).toEqual(idle);
		}
		closeTestApp(app);
	});

	it("does nothing heavy on load: the index waits for the layout to be ready", async () => {
		const dir = makeTempVault({ "Roadmap note.md": "---\nroadmap: python-data-engineering\nkind: phase\nphase: 1\n---\n- [ ] x\n" });
		dirs.push(dir);
		const app = await createTestApp(dir, { layoutReady: false });
		const reads = app.vault.totalReads;
		const plugin = await enablePlugin(app, loadBuiltPlugin(path.join(REPO_ROOT, "main.js")), readManifest(REPO_ROOT));
		expect(app.vault.totalReads).toBe(reads);
		expect(app.vault.totalWrites).toBe(0);
		disablePlugin(plugin);
		closeTestApp(app);
	});

	it("requires nothing but obsidian (mobile-safe)", () => {
		expect(() => loadBuiltPlugin(path.join(REPO_ROOT, "main.js"))).not.toThrow();
	});
});
