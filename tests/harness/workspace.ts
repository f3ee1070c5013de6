/**
 * Obsidian's workspace reduced to what a plugin touches: leaves in a main area and two sidebars,
 * views created through the creators plugins register, the active leaf, link opening (recorded in
 * `workspace.opened`), layout-ready callbacks, and DOM containers for the ribbon and the status bar.
 */
import { Events } from "./events";
import { callHandler } from "./handler-errors";
import { Component } from "./plugin";
import { installDom } from "./dom";
import type { App } from "./app";
import type { Extension } from "@codemirror/state";
import type { ViewUpdate } from "@codemirror/view";
import { Editor, externalChange } from "./editor";

export { Editor, type EditorPosition } from "./editor";

installDom();

/** The parts of a `TFile` the workspace needs (the storage half's `TFile` has them). */
interface FileLike {
	path: string;
	name: string;
	basename: string;
	extension: string;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

/** One entry per file opened in a leaf (through `openLinkText`, `openFile` or a markdown view state). */
export interface OpenedEntry {
	path: string;
	line?: number;
}

/** `linktext` → path and `#subpath`, as Obsidian's `parseLinktext`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const i = linktext.indexOf("#");
	return i === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

/** `app.viewRegistry`: view creators by type. */
export class ViewRegistry {
	viewByType: Record<string, ViewCreator> = {};

	registerView(type: string, creator: ViewCreator): void {
		if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType[type] = creator;
	}

	unregisterView(type: string): void {
		delete this.viewByType[type];
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.viewByType[type];
	}

	isExtensionRegistered(extension: string): boolean {
		return extension === "md";
	}
}

export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv("workspace-leaf-content");
	}

	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}

	/** Called by the leaf: `onClose`, then unload (synchronously, so registrations go at once), then removal. */
	async close(): Promise<void> {
		const closing = this.onClose();
		this.unload();
		this.containerEl.detach();
		await closing;
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: { history: boolean }): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}
	onPaneMenu(_menu: unknown, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const headerEl = this.containerEl.createDiv("view-header");
		headerEl.createDiv("view-header-title-container").createDiv({ cls: "view-header-title" });
		this.actionsEl = headerEl.createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = this.actionsEl.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
		el.createSvg("svg", { cls: `svg-icon lucide-${icon}`, attr: { "data-icon": icon } });
		el.addEventListener("click", (evt) => callback(evt as MouseEvent));
		return el;
	}
}

/** What an empty tab shows. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	file: FileLike | null = null;
	allowNoFile = false;
	navigation = true;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}
}

/**
 * A markdown tab: the opened file, and an `editor` whose `cm` is a real CodeMirror view running the
 * plugins' editor extensions. As in Obsidian, a change in the editor is saved to the vault after a
 * debounce (one write per burst), a file changed on disk is applied to the editor as a change (not a
 * new document), and the same note open in two panes stays the same in both.
 */
export class MarkdownView extends FileView {
	readonly editor: Editor;
	/** The text last written to or read from disk: the editor has unsaved changes when it differs. */
	private lastSaved = "";
	private saveTimer: ReturnType<typeof setTimeout> | null = null;
	private pendingSave: Promise<void> | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor = new Editor(this.app.workspace.editorExtensions, (update) => this.onEditorUpdate(update));
		this.registerEvent(this.app.vault.on("modify", (file: { path: string }) => {
			if (file.path === this.file?.path) void this.reloadFromDisk();
		}));
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	/** Whether the editor holds changes not yet written to the vault. */
	get dirty(): boolean {
		return this.editor.getValue() !== this.lastSaved;
	}

	async setState(state: unknown, _result: { history: boolean }): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const vault = this.app.vault as any;
		const file = vault.getAbstractFileByPath?.(path) ?? vault.getFileByPath?.(path) ?? null;
		if (!file) throw new Error(`MarkdownView: no file at "${path}"`);
		// A tab moving on to another note saves the one it held first (A13).
		if (this.file && this.file.path !== path) await this.save();
		this.file = file;
		const read = vault.cachedRead ?? vault.read;
		this.lastSaved = read ? await read.call(vault, file) : "";
		this.editor.load(this.lastSaved, this.app.workspace.editorExtensions);
		this.editor.setCursor({ line: 0, ch: 0 });
	}

	/** `{ line }` puts the cursor on that line and scrolls to it, as Obsidian does when opening at a line. */
	setEphemeralState(state: unknown): void {
		const line = (state as { line?: unknown } | null)?.line;
		if (typeof line === "number") {
			this.editor.setCursor({ line, ch: 0 });
			this.editor.scrollIntoView({ from: { line, ch: 0 }, to: { line, ch: 0 } }, true);
		}
	}

	getEphemeralState(): Record<string, unknown> {
		return { cursor: this.editor.getCursor() };
	}

	/** Asks for a save after the debounce; a later change restarts it. */
	requestSave(): void {
		if (this.saveTimer) clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => {
			this.saveTimer = null;
			void this.save();
		}, this.app.workspace.saveDelayMs);
	}

	/** Writes the editor's text to the vault if it differs from what is there (Obsidian's save). */
	async save(): Promise<void> {
		if (this.saveTimer) {
			clearTimeout(this.saveTimer);
			this.saveTimer = null;
		}
		const file = this.file;
		const text = this.editor.getValue();
		if (!file || text === this.lastSaved) return;
		for (const view of this.app.workspace.markdownViewsOf(file.path)) view.lastSaved = text;
		this.pendingSave = (this.app.vault as any).modify(file, text);
		await this.pendingSave;
		this.pendingSave = null;
	}

	private closed = false;

	async onClose(): Promise<void> {
		await this.save();
		this.closed = true;
	}

	private onEditorUpdate(update: ViewUpdate): void {
		if (!update.docChanged || !this.file) return;
		const external = update.transactions.map((tr) => tr.annotation(externalChange)).find((a) => a !== undefined);
		// A change made here reaches the same note in other panes, as one linked change.
		if (external !== "linked") {
			for (const view of this.app.workspace.markdownViewsOf(this.file.path)) {
				if (view !== this) view.editor.dispatch({ changes: update.changes, annotations: externalChange.of("linked") });
			}
		}
		if (this.dirty) this.requestSave();
	}

	private async reloadFromDisk(): Promise<void> {
		const file = this.file;
		if (!file) return;
		let text: string;
		try {
			text = await (this.app.vault as any).read(file);
		} catch (error) {
			if (this.closed) return; // the test's vault went away while this read was on its way
			throw error;
		}
		if (this.closed || text === this.lastSaved || this.file !== file) return;
		this.lastSaved = text;
		const current = this.editor.getValue();
		// The worst case a plugin must not rely on Obsidian to soften: the whole text is replaced, so a
		// write behind the editor loses its unsaved words, cursor and folds, and a test sees it.
		if (current !== text) this.editor.dispatch({ changes: { from: 0, to: current.length, insert: text }, annotations: externalChange.of("reload") });
	}
}

/** A view over a file's text (Obsidian's `TextFileView`): `getViewData()` is what the tab holds, saved or not. */
export abstract class TextFileView extends FileView {
	data = "";
	requestSave = () => undefined;

	getViewData(): string {
		return this.data;
	}

	setViewData(data: string, _clear: boolean): void {
		this.data = data;
	}

	clear(): void {
		this.data = "";
	}
}

/**
 * The core Canvas plugin's tab, reduced to its file text: it loads the file, reloads it when the file
 * changes on disk (as Obsidian does), and holds the learner's unsaved changes (`change`) until `save`.
 */
export class CanvasView extends TextFileView {
	private onModify = (file: FileLike) => {
		if (file.path !== this.file?.path) return;
		void (this.app.vault as any).read(file).then((text: string) => this.setViewData(text, false));
	};

	getViewType(): string {
		return "canvas";
	}

	async setState(state: unknown, _result: { history: boolean }): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const vault = this.app.vault as any;
		const file = vault.getAbstractFileByPath(path);
		if (!file) throw new Error(`CanvasView: no file at "${path}"`);
		this.file = file;
		this.data = await vault.read(file);
		vault.off?.("modify", this.onModify);
		vault.on("modify", this.onModify);
	}

	async onClose(): Promise<void> {
		(this.app.vault as any).off?.("modify", this.onModify);
	}

	/** Harness: the learner drags or edits on the canvas; nothing is saved yet. */
	change(fn: (text: string) => string): void {
		this.data = fn(this.data);
	}

	/** Harness: the canvas saves what it holds (Obsidian does so about two seconds after a change). */
	async save(): Promise<void> {
		const vault = this.app.vault as any;
		await vault.modify(this.file, this.data);
	}
}

export type LeafSide = "main" | "left" | "right";

let nextLeafId = 1;

export class WorkspaceLeaf extends Events {
	readonly id = `leaf-${nextLeafId++}`;
	app: App;
	workspace: Workspace;
	side: LeafSide;
	containerEl: HTMLElement;
	view: View;
	pinned = false;
	group: string | null = null;
	/** Set by `detach()`. */
	detached = false;

	constructor(workspace: Workspace, side: LeafSide, parentEl: HTMLElement) {
		super();
		this.workspace = workspace;
		this.app = workspace.app;
		this.side = side;
		this.containerEl = parentEl.createDiv("workspace-leaf");
		this.view = new EmptyView(this);
		this.mountView(this.view);
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	/** Replaces the view: the old one is closed, the new one attached, loaded and opened. */
	async open(view: View): Promise<View> {
		const old = this.view;
		this.view = view;
		if (old && old !== view) await old.close();
		this.mountView(view);
		await view.onOpen();
		return view;
	}

	private mountView(view: View): void {
		view.containerEl.setAttr("data-type", view.getViewType());
		this.containerEl.appendChild(view.containerEl);
		view.load();
	}

	/** Creates the view of that type (unless the leaf already shows one), applies state, eState, active. */
	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		if (this.detached) throw new Error("setViewState on a detached leaf");
		if (this.view.getViewType() !== viewState.type) {
			await this.open(this.createView(viewState.type));
		}
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (eState) this.view.setEphemeralState(eState);
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (viewState.active) this.workspace.setActiveLeaf(this, { focus: true });
		this.workspace.trigger("layout-change");
	}

	private createView(type: string): View {
		if (type === "markdown") return new MarkdownView(this);
		if (type === "empty") return new EmptyView(this);
		if (type === "canvas") return new CanvasView(this);
		const creator = this.app.viewRegistry.getViewCreatorByType(type);
		// Obsidian shows an empty tab for a type nobody registered (e.g. its plugin is disabled).
		if (!creator) return new EmptyView(this);
		const view = creator(this);
		if (!view || typeof view.getViewType !== "function") throw new Error(`The creator of view type "${type}" did not return a View`);
		return view;
	}

	getViewState(): ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), active: this.workspace.activeLeaf === this, pinned: this.pinned };
	}

	/** Opens a note here (markdown view), at `openState.eState.line` if given, and records it in `workspace.opened`. */
	async openFile(file: FileLike, openState: OpenViewState = {}): Promise<void> {
		await this.setViewState({ type: "markdown", state: { ...openState.state, file: file.path }, active: openState.active ?? true }, openState.eState);
		const line = openState.eState?.line;
		this.workspace.opened.push(typeof line === "number" ? { path: file.path, line } : { path: file.path });
		this.workspace.trigger("file-open", (this.view as MarkdownView).file);
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.pinned = !this.pinned;
		this.trigger("pinned-change", this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		this.group = other.group;
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** Closes the tab: the view's `onClose` runs and it is unloaded; the leaf leaves the workspace. */
	detach(): void {
		if (this.detached) return;
		this.detached = true;
		void this.view.close();
		this.containerEl.detach();
		this.workspace.removeLeaf(this);
	}
}

/** A sidebar (or the main area): its DOM container and whether it is collapsed. */
export class WorkspaceSplit {
	collapsed = false;

	constructor(
		readonly side: LeafSide,
		readonly containerEl: HTMLElement,
	) {}

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

export class Workspace extends Events {
	app: App;
	/** The whole app window: ribbon, sidebars, main area, status bar. */
	containerEl: HTMLElement;
	/** The left ribbon, where `addRibbonIcon` puts its icons. */
	ribbonEl: HTMLElement;
	/** The status bar, where `addStatusBarItem` puts its items. */
	statusBarEl: HTMLElement;
	leftSplit: WorkspaceSplit;
	rootSplit: WorkspaceSplit;
	rightSplit: WorkspaceSplit;
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady: boolean;
	/** Every file opened in a leaf, in order, with the line it was opened at. */
	opened: OpenedEntry[] = [];
	private leaves: WorkspaceLeaf[] = [];
	private layoutReadyCallbacks: (() => unknown)[] = [];
	/** What plugins registered with `registerHoverLinkSource`, by source id (Obsidian's page preview settings list them). */
	readonly hoverLinkSources: Record<string, unknown> = {};
	/** The extensions plugins registered with `registerEditorExtension`, in every markdown editor. */
	readonly editorExtensions: Extension[] = [];
	/** How long an editor waits after the last change before saving (Obsidian: about two seconds). */
	saveDelayMs = 100;

	/** Applies `editorExtensions` to every open editor again, as Obsidian's `updateOptions`. */
	updateOptions(): void {
		for (const leaf of this.leaves) if (leaf.view instanceof MarkdownView) leaf.view.editor.reconfigure(this.editorExtensions);
	}

	/** The markdown views showing `path`. */
	markdownViewsOf(path: string): MarkdownView[] {
		return this.leaves.flatMap((leaf) => (leaf.view instanceof MarkdownView && leaf.view.file?.path === path ? [leaf.view] : []));
	}

	constructor(app: App, parentEl: HTMLElement, layoutReady = true) {
		super();
		this.app = app;
		this.layoutReady = layoutReady;
		this.containerEl = parentEl.createDiv("workspace");
		this.ribbonEl = this.containerEl.createDiv("workspace-ribbon side-dock-ribbon mod-left");
		this.leftSplit = new WorkspaceSplit("left", this.containerEl.createDiv("workspace-split mod-horizontal mod-left-split"));
		this.rootSplit = new WorkspaceSplit("main", this.containerEl.createDiv("workspace-split mod-vertical mod-root"));
		this.rightSplit = new WorkspaceSplit("right", this.containerEl.createDiv("workspace-split mod-horizontal mod-right-split"));
		this.statusBarEl = parentEl.createDiv("status-bar");
	}

	/** Runs the callback now if the layout is ready, else when `triggerLayoutReady()` is called. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutReadyCallbacks.push(callback);
	}

	/** Harness: the end of Obsidian's start-up. Runs the queued `onLayoutReady` callbacks. */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.layoutReadyCallbacks.splice(0)) callHandler("onLayoutReady callback", cb);
		this.trigger("layout-ready");
	}

	get activeEditor(): { editor: Editor; file: FileLike | null } | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? { editor: view.editor, file: view.file } : null;
	}

	private splitFor(side: LeafSide): WorkspaceSplit {
		return side === "left" ? this.leftSplit : side === "right" ? this.rightSplit : this.rootSplit;
	}

	/** Harness: a new empty leaf on that side. */
	createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this, side, this.splitFor(side).containerEl);
		this.leaves.push(leaf);
		this.trigger("layout-change");
		return leaf;
	}

	/** Called by `leaf.detach()`. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i !== -1) this.leaves.splice(i, 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.leaves.filter((l) => l.side === "main").last() ?? null;
			this.trigger("active-leaf-change", this.activeLeaf);
		}
		this.trigger("layout-change");
	}

	/** `false`/none: the active main tab (or a new one); `true`, `"tab"`, `"split"`, `"window"`: a new main tab. */
	getLeaf(newLeaf?: boolean | "tab" | "split" | "window", _direction?: string): WorkspaceLeaf {
		if (!newLeaf) {
			const active = this.activeLeaf;
			if (active && active.side === "main" && !active.pinned) return active;
			const unpinned = this.leaves.filter((l) => l.side === "main" && !l.pinned).last();
			if (unpinned) return unpinned;
		}
		return this.createLeaf("main");
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("left");
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; split?: boolean; reveal?: boolean; state?: any } = {}): Promise<WorkspaceLeaf> {
		let leaf = this.getLeavesOfType(type).find((l) => l.side === side);
		if (!leaf) {
			leaf = this.createLeaf(side);
			await leaf.setViewState({ type, state: options.state, active: options.active });
		}
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Brings the leaf to front: expands its sidebar. Does not change the active leaf. */
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		if (leaf.detached) return;
		this.splitFor(leaf.side).expand();
		await leaf.loadIfDeferred();
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: unknown): void {
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((l) => l.id === id) ?? null;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.slice()) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "main")) callback(leaf);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.activeLeaf ?? this.leaves.filter((l) => l.side === "main").last() ?? null;
	}

	getActiveViewOfType<T>(type: abstract new (...args: any[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The active note: the active leaf's file, else the most recently opened main file. */
	getActiveFile(): FileLike | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		for (const leaf of this.leaves.slice().reverse()) {
			if (leaf.side === "main" && leaf.view instanceof FileView && leaf.view.file) return leaf.view.file;
		}
		return null;
	}

	/**
	 * Opens a link as Obsidian does: resolved from `sourcePath` through the metadata cache; a link to
	 * a missing note creates it (at the vault root, `.md` added). The open is recorded in `opened`.
	 */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", openState: OpenViewState = {}): Promise<void> {
		const { path, subpath } = parseLinktext(linktext);
		const metadataCache = this.app.metadataCache as any;
		let file: FileLike | null = path ? metadataCache.getFirstLinkpathDest(path, sourcePath) : null;
		if (!file && !path) {
			const vault = this.app.vault as any;
			file = vault.getAbstractFileByPath?.(sourcePath) ?? null;
		}
		if (!file) {
			const vault = this.app.vault as any;
			const newPath = /\.[^/]+$/.test(path) ? path : `${path}.md`;
			if (typeof vault.create !== "function") throw new Error(`openLinkText: "${linktext}" does not resolve and the vault cannot create notes`);
			file = (await vault.create(newPath, "")) as FileLike;
		}
		const eState = subpath ? { subpath, ...openState.eState } : openState.eState;
		await this.getLeaf(newLeaf).openFile(file, { ...openState, eState, active: openState.active ?? true });
	}

	getLastOpenFiles(): string[] {
		return [...new Set(this.opened.map((o) => o.path).reverse())];
	}

	requestSaveLayout = Object.assign(async () => undefined, { cancel: () => undefined, run: () => undefined });

	getLayout(): Record<string, unknown> {
		return { leaves: this.leaves.map((l) => ({ id: l.id, side: l.side, state: l.getViewState() })) };
	}

	async changeLayout(_workspace: unknown): Promise<void> {}
}
