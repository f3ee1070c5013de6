/**
 * The fake `App` and how tests get one: `createTestApp(rootDir)` loads a vault folder from disk,
 * indexes it, and wires a workspace, commands, settings and code block registries to it;
 * `enablePlugin` / `disablePlugin` run a plugin's lifecycle as Obsidian's plugin manager does;
 * `app.liveRegistrations()` counts what plugins left registered.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { installDom, liveIntervalCount } from "./dom";
import { Vault, FileManager } from "./vault";
import { MetadataCache } from "./metadata-cache";
import { Workspace, ViewRegistry } from "./workspace";
import { CommandRegistry, SettingRegistry, MarkdownRegistry, liveDomEvents, type Plugin, type PluginManifest } from "./plugin";

installDom();

export interface TestAppOptions {
	/** Whether the workspace layout is ready (default true: the plugin is enabled in a running app).
	 * false simulates start-up: `onLayoutReady` callbacks wait for `workspace.triggerLayoutReady()`. */
	layoutReady?: boolean;
	/**
	 * Start-up order (Obsidian promises neither): "cache-first" (default) indexes every note before the app
	 * exists; "late" indexes them only after layout-ready (each with a `changed`, then one `resolved`), and
	 * notes in `staleCache` start with the cache of an earlier text (see MetadataCache.initializeLate).
	 */
	startup?: "cache-first" | "late";
	/** With `startup: "late"`: vault path → the earlier text whose cache the note starts with. */
	staleCache?: Record<string, string>;
}

/** What plugins still have registered: all zero after every plugin is unloaded. */
export interface LiveRegistrations {
	/** Handlers on vault, metadataCache and workspace, beyond the harness's own. */
	events: number;
	/** `window.setInterval` timers still running. */
	intervals: number;
	/** Ribbon icons + status bar items + open views of plugin-registered types + rendered code blocks. */
	domNodes: number;
	/** `registerDomEvent` listeners still attached. */
	domEvents: number;
	commands: number;
	/** Registered view types. */
	views: number;
	codeBlockProcessors: number;
	settingTabs: number;
}

export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	commands: CommandRegistry;
	setting: SettingRegistry;
	viewRegistry: ViewRegistry;
	/** Harness: code block processors and the blocks rendered with them. */
	markdown: MarkdownRegistry;
	/** Enabled plugins by id. */
	plugins: { plugins: Record<string, Plugin> } = { plugins: {} };
	/** The app's root element in the document (removed by `closeTestApp`). */
	containerEl: HTMLElement;
	keymap = {};
	scope = {};
	lastEvent: unknown = null;
	private localStorage = new Map<string, unknown>();
	private baselineEvents = 0;

	constructor(vault: Vault, metadataCache: MetadataCache, fileManager: FileManager, options: TestAppOptions = {}) {
		this.vault = vault;
		this.metadataCache = metadataCache;
		this.fileManager = fileManager;
		this.containerEl = document.body.createDiv("app-container");
		this.viewRegistry = new ViewRegistry();
		this.workspace = new Workspace(this, this.containerEl, options.layoutReady ?? true);
		this.commands = new CommandRegistry(this);
		this.setting = new SettingRegistry();
		this.markdown = new MarkdownRegistry(this.containerEl);
		this.baselineEvents = this.eventCount();
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): any {
		return this.localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.localStorage.delete(key);
		else this.localStorage.set(key, data);
	}

	private eventCount(): number {
		return this.vault.listenerCount() + this.metadataCache.listenerCount() + this.workspace.listenerCount();
	}

	liveRegistrations(): LiveRegistrations {
		let pluginViews = 0;
		this.workspace.iterateAllLeaves((leaf) => {
			const type = leaf.view.getViewType();
			if (type !== "empty" && type !== "markdown") pluginViews++;
		});
		const ribbon = this.workspace.ribbonEl.childElementCount;
		const statusBar = this.workspace.statusBarEl.childElementCount;
		return {
			events: this.eventCount() - this.baselineEvents,
			intervals: liveIntervalCount(),
			domNodes: ribbon + statusBar + pluginViews + this.markdown.rendered.length,
			domEvents: liveDomEvents(),
			commands: Object.keys(this.commands.commands).length,
			views: Object.keys(this.viewRegistry.viewByType).length,
			codeBlockProcessors: this.markdown.codeBlockProcessors.size,
			settingTabs: this.setting.pluginTabs.length,
		};
	}
}

/** Loads the vault folder at `rootDir` (created if missing) into a fresh app, its metadata cache indexed. */
export async function createTestApp(rootDir: string, options: TestAppOptions = {}): Promise<App> {
	const vault = new Vault(rootDir);
	await vault.load();
	const metadataCache = new MetadataCache(vault);
	if (options.startup === "late") metadataCache.initializeLate(options.staleCache);
	else if (options.staleCache) throw new Error('staleCache needs startup: "late"');
	else await metadataCache.initialize();
	const fileManager = new FileManager(vault, metadataCache);
	const app = new App(vault, metadataCache, fileManager, options);
	// Registered before any plugin's: indexing starts as the layout becomes ready and runs on later tasks.
	if (options.startup === "late") app.workspace.onLayoutReady(() => metadataCache.indexPending());
	return app;
}

/** Unloads the app's plugins, closes its leaves and settings, and removes its DOM. */
export function closeTestApp(app: App): void {
	for (const plugin of Object.values(app.plugins.plugins)) disablePlugin(plugin);
	app.setting.close();
	app.workspace.iterateAllLeaves((leaf) => leaf.detach());
	app.setting.containerEl.detach();
	app.containerEl.detach();
}

/** A fresh folder under the OS temp dir holding `files` (vault path → content). Returns its absolute path. */
export function makeTempVault(files: Record<string, string> = {}): string {
	const dir = mkdtempSync(path.join(tmpdir(), "learning-roadmap-vault-"));
	for (const [file, content] of Object.entries(files)) {
		const full = path.join(dir, file);
		mkdirSync(path.dirname(full), { recursive: true });
		writeFileSync(full, content, "utf8");
	}
	return dir;
}

/** Deletes a folder made by `makeTempVault`. */
export function removeTempVault(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

type PluginClass<T> = new (app: any, manifest: any) => T;

/** As Obsidian enables a plugin: instantiate, then `await plugin.load()` (which runs `onload`). */
export async function enablePlugin<T>(app: App, PluginClass: PluginClass<T>, manifest: PluginManifest): Promise<T> {
	if (app.plugins.plugins[manifest.id]) throw new Error(`Plugin "${manifest.id}" is already enabled`);
	const plugin = new PluginClass(app, manifest);
	const asPlugin = plugin as unknown as Plugin;
	if (typeof asPlugin.load !== "function" || typeof asPlugin.unload !== "function") {
		throw new Error(`${PluginClass.name || "The class"} is not a Plugin (no load/unload): does it extend Plugin from "obsidian"?`);
	}
	app.plugins.plugins[manifest.id] = asPlugin;
	await asPlugin.load();
	return plugin;
}

/** As Obsidian disables a plugin: `plugin.unload()` (children, registered cleanups, `onunload`). */
export function disablePlugin(plugin: unknown): void {
	const p = plugin as Plugin;
	p.unload();
	if (p.app.plugins.plugins[p.manifest.id] === p) delete p.app.plugins.plugins[p.manifest.id];
}

/** Renders a fenced code block of `language` the way reading view does, with the registered processor. */
export async function renderCodeBlock(app: App, language: string, source: string, sourcePath = ""): Promise<HTMLElement> {
	const frontmatter = (app.metadataCache as any).getCache?.(sourcePath)?.frontmatter;
	return await app.markdown.render(language, source, sourcePath, frontmatter);
}

/** The rendered block leaves reading view (note edited or closed): its render children unload. */
export function unmountCodeBlock(app: App, el: HTMLElement): void {
	app.markdown.unmount(el);
}

/** Opens the settings at the plugin's tab (calls `display()`); returns the tab's `containerEl`. */
export function openSettingTab(app: App, pluginId: string): HTMLElement {
	return app.setting.openTabById(pluginId).containerEl;
}
