/**
 * The simulated learner's Obsidian: the fake host over a temporary vault holding a small roadmap, the
 * BUILT plugin (main.js) enabled in it, every wait on the simulation's clock (./clock).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { closeTestApp, createTestApp, disablePlugin, enablePlugin, makeTempVault, removeTempVault, type App } from "../harness/app";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { clearNotices } from "../harness/ui";
import { TFile, type Plugin } from "../harness/obsidian";
import { settle, whileTimePasses } from "./clock";

export const REPO_ROOT = path.resolve(__dirname, "../..");
/** The README's example roadmap: two phases, one project, ten boxes. Small, so a run is quick. */
export const ROADMAP_PATH = "Roadmaps/sql-basics.yaml";
export const ROADMAP_TEXT = readFileSync(path.join(REPO_ROOT, "docs/example-roadmap.yaml"), "utf8");
export const SETTINGS = { builtInRoadmap: false, roadmapFiles: [ROADMAP_PATH] };
export const DATA_JSON = ".obsidian/plugins/learning-roadmap/data.json";

let pluginClass: ReturnType<typeof loadBuiltPlugin> | undefined;
function builtPluginClass(): ReturnType<typeof loadBuiltPlugin> {
	pluginClass ??= loadBuiltPlugin(path.join(REPO_ROOT, "main.js"));
	return pluginClass;
}

export interface LearnerApp {
	app: App;
	plugin: Plugin & Record<string, any>;
	dir: string;
	/** Unloads the plugin and loads it again over the same vault, as restarting Obsidian does. */
	restart(): Promise<void>;
	close(): void;
}

/** A vault holding `files` and the plugin's settings, the built plugin enabled and the layout ready. */
export async function openLearnerApp(files: Record<string, string>, data: Record<string, unknown> = SETTINGS): Promise<LearnerApp> {
	const dir = makeTempVault({ ...files, [ROADMAP_PATH]: ROADMAP_TEXT, [DATA_JSON]: JSON.stringify(data) });
	const app = await whileTimePasses(createTestApp(dir, { layoutReady: false }));
	clearNotices();
	const enable = async () => (await whileTimePasses(enablePlugin(app, builtPluginClass(), readManifest(REPO_ROOT)))) as LearnerApp["plugin"];
	const learner: LearnerApp = {
		app,
		plugin: await enable(),
		dir,
		async restart() {
			disablePlugin(learner.plugin);
			learner.plugin = await enable();
			await settle(app);
		},
		close() {
			closeTestApp(app);
			removeTempVault(dir);
		},
	};
	app.workspace.triggerLayoutReady();
	await settle(app);
	return learner;
}

/** The note at `path`, or throws. */
export function noteAt(app: App, p: string): TFile {
	const file = app.vault.getAbstractFileByPath(p);
	if (!(file instanceof TFile)) throw new Error(`No note at ${p}`);
	return file;
}
