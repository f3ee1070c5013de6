/**
 * Runs the BUILT plugin (`main.js`, as users install it) in the fake Obsidian host: a vault over a
 * temporary folder, the plugin enabled through the CommonJS loader, the layout made ready. Tests
 * drive it as a learner would — commands, edits to notes, clicks in the view — and read back files,
 * properties, bars and notices.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { closeTestApp, createTestApp, enablePlugin, makeTempVault, removeTempVault, type App } from "../harness/app";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { clearNotices, notices } from "../harness/ui";
import { TFile, type Plugin } from "../harness/obsidian";

export const REPO_ROOT = path.resolve(__dirname, "../..");
const MAIN_JS = path.join(REPO_ROOT, "main.js");

export const ROADMAP_ID = "python-data-engineering";
export const FOLDER = "Learning Roadmap";
export const PHASE_1 = `${FOLDER}/Phase 01 - Python Fundamentals & Syntax/Phase 01 - Python Fundamentals & Syntax.md`;
export const PHASE_3 = `${FOLDER}/Phase 03 - Data Manipulation with Pandas & NumPy/Phase 03 - Data Manipulation with Pandas & NumPy.md`;
export const PROJECT_3_3 = `${FOLDER}/Phase 03 - Data Manipulation with Pandas & NumPy/Project 3.3 - Financial Data ETL.md`;
export const PHASE_8 = `${FOLDER}/Phase 08 - ETL-ELT Pipeline Development/Phase 08 - ETL-ELT Pipeline Development.md`;

/** The plugin class from main.js; loaded once per test file. */
let pluginClass: ReturnType<typeof loadBuiltPlugin> | undefined;
function builtPluginClass(): ReturnType<typeof loadBuiltPlugin> {
	if (!existsSync(MAIN_JS)) throw new Error("main.js is missing: run `npm run build` first (npm test does).");
	pluginClass ??= loadBuiltPlugin(MAIN_JS);
	return pluginClass;
}

export interface LearnerVault {
	app: App;
	plugin: Plugin & Record<string, any>;
	dir: string;
	/** Runs a command by its id without the plugin prefix, then waits for the vault to settle. */
	run(commandId: string): Promise<void>;
	/** Waits until the cache, the plugin's writes and its debounced renders are all done. */
	settle(): Promise<void>;
	read(path: string): string;
	/** Rewrites a note through the vault, as an edit in Obsidian's editor ends up. */
	edit(path: string, change: (text: string) => string): Promise<void>;
	frontmatter(path: string): Record<string, any> | undefined;
	/** Task characters of a note as Obsidian's cache reports them. */
	boxes(path: string): string[];
	notices(): string[];
	disable(): void;
	close(): void;
}

/** A temp vault with `files`, the built plugin enabled in it and the layout ready. */
export async function openLearnerVault(files: Record<string, string> = {}, data?: Record<string, unknown>): Promise<LearnerVault> {
	const dir = makeTempVault(
		data ? { ...files, ".obsidian/plugins/learning-roadmap/data.json": JSON.stringify(data) } : files,
	);
	const app = await createTestApp(dir, { layoutReady: false });
	clearNotices();
	const plugin = (await enablePlugin(app, builtPluginClass(), readManifest(REPO_ROOT))) as LearnerVault["plugin"];
	app.workspace.triggerLayoutReady();
	let closed = false;
	const vault: LearnerVault = {
		app,
		plugin,
		dir,
		async run(commandId) {
			await app.commands.runCommand(`learning-roadmap:${commandId}`);
			await vault.settle();
		},
		async settle() {
			// Each round: the cache's events, then the plugin's reactions (reads, property and date
			// writes), then the debounced renders; done when a round wrote nothing.
			for (let round = 0; round < 50; round++) {
				const writes = app.vault.totalWrites;
				await app.metadataCache.whenIdle();
				await new Promise((resolve) => setTimeout(resolve, 200));
				await app.metadataCache.whenIdle();
				if (app.vault.totalWrites === writes) return;
			}
			throw new Error("The vault never settled: a write loop?");
		},
		read(p) {
			return readFileSync(path.join(dir, p), "utf8");
		},
		async edit(p, change) {
			const file = app.vault.getAbstractFileByPath(p);
			if (!(file instanceof TFile)) throw new Error(`No note at ${p}`);
			await app.vault.process(file, change);
		},
		frontmatter(p) {
			const file = app.vault.getAbstractFileByPath(p);
			return file instanceof TFile ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
		},
		boxes(p) {
			const file = app.vault.getAbstractFileByPath(p);
			if (!(file instanceof TFile)) return [];
			return (app.metadataCache.getFileCache(file)?.listItems ?? []).flatMap((item) => (item.task === undefined ? [] : [item.task]));
		},
		notices: () => [...notices],
		disable() {
			if (!closed) {
				closed = true;
				closeTestApp(app);
			}
		},
		close() {
			vault.disable();
			removeTempVault(dir);
		},
	};
	await vault.settle();
	return vault;
}

/** Ticks (or unticks) the box whose line starts with `text` after the marker. */
export function setBox(text: string, char: string): (note: string) => string {
	return (note) => {
		const lines = note.split("\n");
		const i = lines.findIndex((l) => /^\s*[-*+] \[.\] /.test(l) && l.replace(/^\s*[-*+] \[.\] /, "").startsWith(text));
		if (i === -1) throw new Error(`No box "${text}" in the note`);
		lines[i] = lines[i].replace(/\[.\]/, `[${char}]`);
		return lines.join("\n");
	};
}
