/**
 * What one tick costs: the plugin's own time (the editor extension's work in the learner's change, the
 * index's update and the decision whether the note needs a write) and how many writes reach the vault.
 * Bundled with the rest of the benchmark, so `obsidian` is the fake host and the plugin runs from src.
 */
import { parse } from "yaml";
import { EditorState } from "@codemirror/state";
import type { App as ObsidianApp } from "obsidian";
import { localDateString } from "../src/core/dates/calendar-dates";
import { matchPredecessors, settleNote } from "../src/core/ticks/settle-ticks";
import { tickExtension } from "../src/editor/tick-extension";
import LearningRoadmapPlugin from "../src/main";
import { ProgressIndex, type NoteUpdate } from "../src/vault/index/progress-index";
import { createTestApp, closeTestApp, enablePlugin, makeTempVault, removeTempVault, type App } from "../tests/harness/app";
import type { EventRef as HarnessEventRef } from "../tests/harness/events";
import { MarkdownView } from "../tests/harness/workspace";
import { PROGRESS_VIEW } from "../src/constants";
import type { ProgressView } from "../src/ui/view/progress-view";
import { TFile } from "../tests/harness/vault";
import { median, sample } from "./bench-stats";
import { msInFile } from "./bench-profile";
import { loadBuiltPlugin } from "../tests/harness/load-plugin";

const OPTIONS = { recordCompletionDates: true, syncProgressProperties: true };
/** The manifest the plugin is enabled with in the fake host. */
const MANIFEST = { id: "learning-roadmap", name: "Learning Roadmap", version: "0", minAppVersion: "0" } as never;
const context = { options: () => OPTIONS, today: () => localDateString(new Date()), parse };

/** Median time of one tick in the editor: the extension's work inside the learner's transaction. */
export async function measureEditorTick(noteText: string, warmup: number, runs: number): Promise<number> {
	// Two notes whose properties differ, ticked in turn, so every tick reads its properties afresh.
	const states = [noteText, noteText.replace(/^title: /m, "title: A ")].map((doc) => EditorState.create({ doc, extensions: [tickExtension(context)] }));
	const ticks = states.map((state) => {
		const at = state.doc.toString().indexOf("- [ ] ") + 3;
		if (at < 3) throw new Error("no open box in the note");
		return { state, changes: { from: at, to: at + 1, insert: "x" } };
	});
	let turn = 0;
	return median(
		await sample(warmup, runs, () => {
			const tick = ticks[turn++ % ticks.length];
			return tick.state.update({ changes: tick.changes }).state;
		}),
	);
}

/** Median time of the index's update plus the write decision, from the cache's `changed` for one tick. */
export async function measureIndexTick(app: App, path: string, warmup: number, runs: number): Promise<number> {
	const obsidianApp = app as unknown as ObsidianApp;
	let decidedIn = Number.NaN;
	let changedAt = Number.NaN;
	let done: (() => void) | undefined;
	// Registered before the index's listener, so it fires first and the sample is the index's own work.
	const changedRef = app.metadataCache.on("changed", (file: TFile) => {
		if (file.path === path) changedAt = performance.now();
	});
	const index = new ProgressIndex(obsidianApp);
	await index.build();
	const refs = index.watch();
	const updatedRef = index.on("note-updated", (update: NoteUpdate) => {
		if (update.path !== path || !update.note || !update.previous || !update.lines) return;
		settleNote({ kind: update.note.kind, lines: update.lines, boxes: update.note.boxes, predecessors: matchPredecessors(update.previous.boxes, update.note.boxes), today: context.today(), options: OPTIONS, parse });
		decidedIn = performance.now() - changedAt;
		done?.();
	});
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no note at ${path}`);
	const samples: number[] = [];
	try {
		let text = await app.vault.read(file);
		for (let i = 0; i < warmup + runs; i++) {
			text = text.includes("- [ ] ") ? text.replace("- [ ] ", "- [x] ") : text.replace(/- \[x\] /g, "- [ ] ");
			const decided = new Promise<void>((resolve) => (done = resolve));
			await app.vault.modify(file, text);
			await decided;
			await app.metadataCache.whenIdle();
			if (i >= warmup) samples.push(decidedIn);
		}
	} finally {
		app.metadataCache.offref(changedRef);
		index.offref(updatedRef);
		for (const ref of refs as unknown as HarnessEventRef[]) ref.events.offref(ref);
	}
	return median(samples);
}

/** Writes that reach the vault for one tick: in an open note (the editor's save) and in a closed one (besides the tick's own write). */
export async function countWritesPerTick(files: Record<string, string>, phasePath: string): Promise<{ open: number; closed: number }> {
	const dir = makeTempVault(files);
	const app = await createTestApp(dir);
	try {
		await enablePlugin(app, LearningRoadmapPlugin as never, MANIFEST);
		await settle(app);
		const file = app.vault.getAbstractFileByPath(phasePath);
		if (!(file instanceof TFile)) throw new Error(`no note at ${phasePath}`);

		// Counted on the ticked note: the roadmap's first tick also writes the plan's `started` into the
		// overview, once in the roadmap's life (see docs/pace.md), which is not a per-tick cost.
		// Closed: another device's tick arrives as one write; the plugin adds at most one.
		let writes = app.vault.writeCount(phasePath);
		await app.vault.process(file, (text) => text.replace("- [ ] ", "- [x] "));
		await settle(app);
		const closed = app.vault.writeCount(phasePath) - writes - 1;

		// Open: the learner ticks in the editor; the only write is the editor's own save.
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file);
		const view = leaf.view as MarkdownView;
		const doc = view.editor.getValue();
		const at = doc.indexOf("- [ ] ") + 3;
		writes = app.vault.writeCount(phasePath);
		const allWrites = app.vault.totalWrites;
		view.editor.dispatch({ changes: { from: at, to: at + 1, insert: "x" } });
		await settle(app);
		// After the first tick nothing but the ticked note is written.
		if (app.vault.totalWrites - allWrites !== app.vault.writeCount(phasePath) - writes) throw new Error("a second tick wrote another note");
		return { open: app.vault.writeCount(phasePath) - writes, closed };
	} finally {
		closeTestApp(app);
		removeTempVault(dir);
	}
}

async function settle(app: App): Promise<void> {
	for (let round = 0; round < 50; round++) {
		const writes = app.vault.totalWrites;
		await app.metadataCache.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, app.workspace.saveDelayMs * 3));
		await app.metadataCache.whenIdle();
		if (app.vault.totalWrites === writes) return;
	}
	throw new Error("the vault never settled");
}

/**
 * The plugin's start-up work in a vault that is already indexed: `onload` (settings, registrations)
 * and what it does once the layout is ready (the roadmaps loaded, the index built), median of `runs`.
 */
export async function measureStartup(dir: string, warmup: number, runs: number): Promise<{ onloadMs: number; layoutReadyMs: number }> {
	const onload: number[] = [];
	const layoutReady: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		const app = await createTestApp(dir, { layoutReady: false });
		try {
			let start = performance.now();
			const plugin = await enablePlugin<LearningRoadmapPlugin>(app, LearningRoadmapPlugin, MANIFEST);
			const onloadMs = performance.now() - start;
			start = performance.now();
			app.workspace.triggerLayoutReady();
			await plugin.tracker.index.whenBuilt();
			const layoutReadyMs = performance.now() - start;
			if (i >= warmup) {
				onload.push(onloadMs);
				layoutReady.push(layoutReadyMs);
			}
		} finally {
			closeTestApp(app);
		}
	}
	return { onloadMs: median(onload), layoutReadyMs: median(layoutReady) };
}

/**
 * How many times the open progress view updates for a burst of `ticks` ticks arriving from disk (a
 * sync bringing another device's work, one note write per tick, back to back), once all is quiet.
 */
export async function countViewUpdatesPerBurst(files: Record<string, string>, ticks: number): Promise<number> {
	const dir = makeTempVault(files);
	const app = await createTestApp(dir);
	try {
		await enablePlugin(app, LearningRoadmapPlugin as never, MANIFEST);
		await settle(app);
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: PROGRESS_VIEW.type, active: true });
		const view = leaf.view as unknown as ProgressView;
		await settle(app);
		let updates = 0;
		const update = view.update.bind(view);
		view.update = () => {
			updates++;
			return update();
		};
		const notes = app.vault.getMarkdownFiles().filter((f) => app.metadataCache.getFileCache(f)?.frontmatter?.kind === "phase");
		for (let i = 0; i < ticks; i++) {
			const file = notes[i % notes.length];
			if (!file) break;
			await app.vault.process(file, (text) => (text.includes("- [ ] ") ? text.replace("- [ ] ", "- [x] ") : text));
		}
		await settle(app);
		return updates;
	} finally {
		closeTestApp(app);
		removeTempVault(dir);
	}
}

/**
 * The plugin's own time for a tick arriving from disk on a closed note (another device's work, a
 * change made in reading view), per tick, averaged over `runs`: the processor time the built
 * `main.js` spends from the note's write until all is quiet — the index, the tracker, the write
 * decision and the plugin's own write, the status bar, the canvas colours, the pace, and with `view`
 * the open progress view's update. The host's own work (its cache, its disk, happy-dom drawing the
 * view) is not the plugin's and is left out (see bench-profile.ts). Ticked and unticked in turn.
 */
export async function measureDiskTick(dir: string, mainJs: string, phasePath: string, warmup: number, runs: number, view: boolean): Promise<number> {
	const app = await createTestApp(dir);
	try {
		await enablePlugin(app, loadBuiltPlugin(mainJs) as never, MANIFEST);
		await settle(app);
		if (view) await app.workspace.getRightLeaf(false).setViewState({ type: PROGRESS_VIEW.type, active: true });
		await settle(app);
		const file = app.vault.getAbstractFileByPath(phasePath);
		if (!(file instanceof TFile)) throw new Error(`no note at ${phasePath}`);
		let turn = 0;
		const tick = async (): Promise<void> => {
			const untick = turn++ % 2 === 1;
			await app.vault.process(file, (text) => (untick ? text.replace(/- \[x\] (.*?)(?: ✅ \d{4}-\d{2}-\d{2})?$/m, "- [ ] $1") : text.replace("- [ ] ", "- [x] ")));
			await quiet(app);
		};
		for (let i = 0; i < warmup; i++) await tick();
		const ms = await msInFile(mainJs, async () => {
			for (let i = 0; i < runs; i++) await tick();
		});
		return ms / runs;
	} finally {
		closeTestApp(app);
	}
}

/** Until the cache is idle, the editor's save delay and the view's debounce have passed, and no write is pending. */
async function quiet(app: App): Promise<void> {
	for (let round = 0; round < 50; round++) {
		const writes = app.vault.totalWrites;
		await app.metadataCache.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, Math.max(app.workspace.saveDelayMs * 2, 200)));
		await app.metadataCache.whenIdle();
		if (app.vault.totalWrites === writes) return;
	}
	throw new Error("the vault never settled");
}
