/**
 * Runs the BUILT plugin (`main.js`, as users install it) in the fake Obsidian host: a vault over a
 * temporary folder, the plugin enabled through the CommonJS loader, the layout made ready. Tests
 * drive it as a learner would — commands, edits to notes, clicks in the view — and read back files,
 * properties, bars and notices.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { closeTestApp, createTestApp, disablePlugin, enablePlugin, makeTempVault, removeTempVault, type App, type TestAppOptions } from "../harness/app";
import { clock } from "../harness/clock";
import { loadBuiltPlugin, readManifest } from "../harness/load-plugin";
import { clearNotices, notices } from "../harness/ui";
import { MarkdownView, TFile, type Plugin } from "../harness/obsidian";

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
	/** Opens a note in a markdown editor (a new pane when `newPane`), as the learner does. */
	openInEditor(path: string, newPane?: boolean): Promise<MarkdownView>;
	/** Disables the plugin and enables it again (a restart of the plugin, the vault unchanged). */
	reloadPlugin(): Promise<void>;
	disable(): void;
	close(): void;
}

/** How Obsidian starts (see TestAppOptions): the default indexes every note before the plugin loads. */
export type StartupOptions = Pick<TestAppOptions, "startup" | "staleCache">;

/** A temp vault with `files`, the built plugin enabled in it and the layout ready. */
export async function openLearnerVault(
	files: Record<string, string> = {},
	data?: Record<string, unknown>,
	startup: StartupOptions = {},
): Promise<LearnerVault> {
	const dir = makeTempVault(
		data ? { ...files, ".obsidian/plugins/learning-roadmap/data.json": JSON.stringify(data) } : files,
	);
	const app = await createTestApp(dir, { layoutReady: false, ...startup });
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
			// The cache's events, the plugin's reactions (reads, property and date writes) and its
			// debounced renders all run on the virtual clock: run it until nothing is left, then let the
			// cache rethrow what a handler threw.
			await clock.runUntilQuiet();
			await app.metadataCache.whenIdle();
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
		async openInEditor(p, newPane = false) {
			const file = app.vault.getAbstractFileByPath(p);
			if (!(file instanceof TFile)) throw new Error(`No note at ${p}`);
			const leaf = app.workspace.getLeaf(newPane ? "split" : false);
			await leaf.openFile(file);
			if (!(leaf.view instanceof MarkdownView)) throw new Error(`${p} did not open in a markdown view`);
			return leaf.view;
		},
		async reloadPlugin() {
			disablePlugin(vault.plugin);
			vault.plugin = (await enablePlugin(app, builtPluginClass(), readManifest(REPO_ROOT))) as LearnerVault["plugin"];
			await vault.settle();
		},
		disable() {
			if (!closed) {
				closed = true;
				closeTestApp(app);
			}
		},
		close() {
			vault.disable();
			// Closing the app saves its open editors (as Obsidian does); the folder goes once they are written.
			void app.vault.whenWritesDone().then(() => removeTempVault(dir));
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

export const PROGRESS_VIEW_TYPE = "learning-roadmap-progress";

/** The open progress view's content element, or undefined when no progress view is open. */
export function progressViewEl(v: LearnerVault): HTMLElement | undefined {
	const leaf = v.app.workspace.getLeavesOfType(PROGRESS_VIEW_TYPE)[0];
	return (leaf?.view as { contentEl?: HTMLElement } | undefined)?.contentEl;
}

/** What a progress bar tells a screen reader: its label, value and maximum. */
export interface BarReading {
	label: string;
	value: number;
	max: number;
	/** `aria-valuetext`, when the bar has one (e.g. `3 of 33 (9%), 1 started`). */
	text: string | null;
}

/** Every progress bar inside `root` (`<progress>` or `role="progressbar"`), in document order. */
export function readBars(root: HTMLElement): BarReading[] {
	return Array.from(root.querySelectorAll<HTMLElement>('progress, [role="progressbar"]')).map((el) => {
		const attr = (name: string) => el.getAttribute(name);
		return {
			label: attr("aria-label") ?? "",
			value: Number(attr("aria-valuenow") ?? attr("value") ?? NaN),
			max: Number(attr("aria-valuemax") ?? attr("max") ?? NaN),
			text: attr("aria-valuetext"),
		};
	});
}

/** The bar whose aria-label is `label` (or matches it), or undefined. */
export function findBar(root: HTMLElement, label: string | RegExp): BarReading | undefined {
	return readBars(root).find((bar) => (typeof label === "string" ? bar.label === label : label.test(bar.label)));
}

/** The bar whose aria-label is `label`; throws, listing the bars there are, when there is none. */
export function bar(root: HTMLElement, label: string | RegExp): BarReading {
	const found = findBar(root, label);
	if (!found) throw new Error(`No bar "${String(label)}"; bars: ${readBars(root).map((b) => b.label).join(" | ")}`);
	return found;
}

/** The roadmap's notes as the built plugin generates them (vault path → text); generated once per test file. */
let generated: Record<string, string> | undefined;
export async function generatedRoadmapFiles(): Promise<Record<string, string>> {
	if (!generated) {
		const v = await openLearnerVault();
		try {
			await v.run("generate-roadmap");
			generated = Object.fromEntries(v.app.vault.getMarkdownFiles().map((f) => [f.path, v.read(f.path)]));
		} finally {
			v.close();
		}
	}
	return { ...generated };
}

/** A vault holding the generated roadmap (plus `extra` files), opened with the built plugin: the learner's next session. */
export async function openRoadmapVault(extra: Record<string, string> = {}, data?: Record<string, unknown>): Promise<LearnerVault> {
	return openLearnerVault({ ...(await generatedRoadmapFiles()), ...extra }, data);
}

const ORIGINAL_TZ = process.env.TZ;

/**
 * Sets the harness's virtual clock to `localTime` (`2026-11-30T23:30`) as a clock in `timeZone` (UTC
 * offset `utcOffset` then) reads it. The built main.js runs in this realm, so it sees that time; it moves
 * only as `settle()` or `clock.advance()` let time pass. Undo with `restoreClock()`.
 */
export function freezeClock(timeZone: string, localTime: string, utcOffset: string): void {
	process.env.TZ = timeZone;
	clock.setSystemTime(`${localTime}:00${utcOffset}`);
}

/** Puts the virtual clock back to the real time and gives back the process's own time zone. */
export function restoreClock(): void {
	clock.backToRealTime();
	if (ORIGINAL_TZ === undefined) delete process.env.TZ;
	else process.env.TZ = ORIGINAL_TZ;
}
