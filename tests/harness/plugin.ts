/**
 * Obsidian's `Component`, `Plugin` and `PluginSettingTab`, and the app-side registries a plugin
 * registers into (commands, setting tabs, code block processors). Everything a plugin registers is
 * removed again on `unload()`, as Obsidian does, so tests can check nothing is left behind.
 */
import type { EventRef } from "./events";
import type { App } from "./app";
import { installDom } from "./dom";

installDom();

type AnyFn = (...args: any[]) => any;

/** Every `registerDomEvent` listener that is still attached, across all components. */
let liveDomEventCount = 0;

function removeItem<T>(list: T[], item: T): void {
	const i = list.indexOf(item);
	if (i !== -1) list.splice(i, 1);
}

export function liveDomEvents(): number {
	return liveDomEventCount;
}

export class Component {
	_loaded = false;
	_children: Component[] = [];
	_events: (() => void)[] = [];

	/** Loads this component and its children (Obsidian calls `onload` through this). */
	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		void this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void | Promise<void> {}

	/** Unloads children (last first), runs the registered cleanups (last first), then `onunload`. */
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()!.unload();
		while (this._events.length > 0) this._events.pop()!();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i !== -1) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => any): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.events.offref(eventRef));
	}

	registerDomEvent(el: EventTarget, type: string, callback: AnyFn, options?: boolean | AddEventListenerOptions): void {
		el.addEventListener(type, callback, options);
		liveDomEventCount++;
		this.register(() => {
			el.removeEventListener(type, callback, options);
			liveDomEventCount--;
		});
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}

	registerScopeEvent(_keyHandler: unknown): void {}
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => any;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: any, ctx: any) => any;
	editorCheckCallback?: (checking: boolean, editor: any, ctx: any) => boolean | void;
	hotkeys?: unknown[];
}

/** `app.commands`: every command by its full id (`plugin-id:command-id`). */
export class CommandRegistry {
	commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Whether the command would run now (what the command palette checks before listing it). */
	isAvailable(id: string): boolean {
		const command = this.commands[id];
		if (!command) return false;
		if (command.checkCallback) return Boolean(command.checkCallback(true));
		if (command.editorCallback || command.editorCheckCallback) {
			const view = this.activeMarkdownView();
			if (!view) return false;
			if (command.editorCheckCallback) return Boolean(command.editorCheckCallback(true, view.editor, view));
		}
		return Boolean(command.callback || command.editorCallback);
	}

	/** Runs the command as the palette does; false when it is unknown or not available now. */
	executeCommandById(id: string): boolean {
		return this.execute(id).ran;
	}

	/** Harness helper: runs the command and awaits what its callback returned (when it is a promise). */
	async runCommand(id: string): Promise<unknown> {
		if (!this.commands[id]) throw new Error(`No command "${id}". Registered: ${Object.keys(this.commands).join(", ") || "none"}`);
		const { ran, result } = this.execute(id);
		if (!ran) throw new Error(`Command "${id}" is not available now`);
		return await result;
	}

	private execute(id: string): { ran: boolean; result?: unknown } {
		const command = this.commands[id];
		if (!command || !this.isAvailable(id)) return { ran: false };
		if (command.checkCallback) return { ran: true, result: command.checkCallback(false) };
		if (command.editorCheckCallback || command.editorCallback) {
			const view = this.activeMarkdownView()!;
			if (command.editorCheckCallback) return { ran: true, result: command.editorCheckCallback(false, view.editor, view) };
			return { ran: true, result: command.editorCallback!(view.editor, view) };
		}
		return { ran: true, result: command.callback!() };
	}

	private activeMarkdownView(): any {
		const view = this.app.workspace.activeLeaf?.view as any;
		return view && view.getViewType() === "markdown" && view.editor ? view : null;
	}
}

/** `app.setting`: the settings modal, reduced to the plugin tabs and the one on display. */
export class SettingRegistry {
	pluginTabs: PluginSettingTab[] = [];
	activeTab: SettingTab | null = null;
	/** Where the displayed tab's `containerEl` is attached. */
	containerEl: HTMLElement;

	constructor() {
		this.containerEl = createDiv({ cls: "modal-container mod-settings", parent: document.body });
		this.containerEl.hide();
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.pluginTabs.push(tab);
	}

	removeSettingTab(tab: PluginSettingTab): void {
		if (this.activeTab === tab) this.close();
		removeItem(this.pluginTabs, tab);
	}

	/** Opens the settings at a plugin's tab: calls `display()` and returns the tab. */
	openTabById(id: string): PluginSettingTab {
		const tab = this.pluginTabs.find((t) => t.id === id);
		if (!tab) throw new Error(`No setting tab "${id}". Registered: ${this.pluginTabs.map((t) => t.id).join(", ") || "none"}`);
		this.close();
		this.containerEl.show();
		this.containerEl.appendChild(tab.containerEl);
		this.activeTab = tab;
		tab.display();
		return tab;
	}

	/** Closes the settings: calls the open tab's `hide()`. */
	close(): void {
		const tab = this.activeTab;
		if (!tab) return;
		this.activeTab = null;
		tab.hide();
		tab.containerEl.detach();
		this.containerEl.hide();
	}
}

export abstract class SettingTab {
	icon = "";
	app: App;
	containerEl: HTMLElement;
	id = "";
	name = "";

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	abstract display(): void;

	/** Obsidian empties the tab when the settings close. */
	hide(): void {
		this.containerEl.empty();
	}

	getSettingDefinitions(): unknown[] {
		return [];
	}

	update(): void {}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
		this.id = plugin.manifest.id;
		this.name = plugin.manifest.name;
	}
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<any> | void;

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: any;
	addChild(child: Component): void;
	getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null;
}

interface RenderedBlock {
	language: string;
	el: HTMLElement;
	children: Component[];
}

/** `app.markdown` (harness only): code block processors and the blocks rendered with them. */
export class MarkdownRegistry {
	codeBlockProcessors = new Map<string, CodeBlockHandler>();
	postProcessors: AnyFn[] = [];
	rendered: RenderedBlock[] = [];
	/** A reading-view container the rendered blocks live in. */
	previewEl: HTMLElement;
	private nextDocId = 1;

	constructor(parent: HTMLElement) {
		this.previewEl = createDiv({ cls: "markdown-preview-view markdown-rendered", parent });
	}

	registerCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
		if (this.codeBlockProcessors.has(language)) {
			throw new Error(`A code block processor for "${language}" is already registered`);
		}
		this.codeBlockProcessors.set(language, handler);
	}

	/** Removing a processor re-renders its blocks as plain code, which unloads their render children. */
	unregisterCodeBlockProcessor(language: string): void {
		this.codeBlockProcessors.delete(language);
		for (const block of this.rendered.filter((b) => b.language === language)) this.unmount(block.el);
	}

	async render(language: string, source: string, sourcePath: string, frontmatter: unknown): Promise<HTMLElement> {
		const handler = this.codeBlockProcessors.get(language);
		if (!handler) {
			throw new Error(`No code block processor for "${language}". Registered: ${[...this.codeBlockProcessors.keys()].join(", ") || "none"}`);
		}
		const el = createDiv({ cls: `block-language-${language}`, parent: this.previewEl });
		const block: RenderedBlock = { language, el, children: [] };
		this.rendered.push(block);
		const lineEnd = source.split("\n").length + 1;
		const ctx: MarkdownPostProcessorContext = {
			docId: `doc-${this.nextDocId++}`,
			sourcePath,
			frontmatter,
			addChild: (child) => {
				block.children.push(child);
				child.load();
			},
			getSectionInfo: () => ({ text: "```" + language + "\n" + source + "\n```", lineStart: 0, lineEnd }),
		};
		await handler(source, el, ctx);
		return el;
	}

	/** The block leaves the preview (note edited or closed): its render children are unloaded. */
	unmount(el: HTMLElement): void {
		const block = this.rendered.find((b) => b.el === el);
		if (!block) return;
		removeItem(this.rendered, block);
		for (const child of block.children.splice(0).reverse()) child.unload();
		el.detach();
	}
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description: string;
	author: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	settings?: unknown;
	onExternalSettingsChange?(): any;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = { ...manifest, dir: manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}` };
	}

	/** Like Obsidian's plugin loader: awaits an async `onload` before loading children. */
	// eslint-disable-next-line @typescript-eslint/no-misused-promises -- tests `await plugin.load()` as Obsidian awaits an async onload
	override async load(): Promise<void> {
		if (this._loaded) return;
		this._loaded = true;
		await this.onload();
		for (const child of this._children.slice()) child.load();
	}

	addCommand(command: Command): Command {
		const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.app.commands.addCommand(full);
		this.register(() => this.app.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
		const el = this.app.workspace.ribbonEl.createDiv({
			cls: "side-dock-ribbon-action clickable-icon",
			attr: { "aria-label": title, "data-tooltip-position": "right" },
		});
		el.createSvg("svg", { cls: `svg-icon lucide-${icon}`, attr: { "data-icon": icon } });
		el.addEventListener("click", (evt) => callback(evt as MouseEvent));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.workspace.statusBarEl.createDiv({ cls: `status-bar-item plugin-${this.manifest.id}` });
		this.register(() => el.detach());
		return el;
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	registerView(type: string, viewCreator: (leaf: any) => any): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.unregisterView(type);
		});
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, _sortOrder?: number): AnyFn {
		this.app.markdown.registerCodeBlockProcessor(language, handler);
		this.register(() => this.app.markdown.unregisterCodeBlockProcessor(language));
		return handler;
	}

	registerMarkdownPostProcessor(postProcessor: AnyFn, _sortOrder?: number): AnyFn {
		this.app.markdown.postProcessors.push(postProcessor);
		this.register(() => removeItem(this.app.markdown.postProcessors, postProcessor));
		return postProcessor;
	}

	registerEditorExtension(extension: unknown): void {
		const { workspace } = this.app;
		workspace.editorExtensions.push(extension as never);
		workspace.updateOptions();
		this.register(() => {
			removeItem(workspace.editorExtensions, extension as never);
			workspace.updateOptions();
		});
	}
	registerHoverLinkSource(id: string, info: unknown): void {
		const sources = this.app.workspace.hoverLinkSources;
		sources[id] = info;
		this.register(() => delete sources[id]);
	}
	registerExtensions(_extensions: string[], _viewType: string): void {}
	registerObsidianProtocolHandler(_action: string, _handler: AnyFn): void {}
	registerEditorSuggest(_suggest: unknown): void {}
	onUserEnable(): void {}

	private get dataPath(): string {
		return `${this.manifest.dir}/data.json`;
	}

	/** `data.json` in the plugin folder, parsed; null when it is missing or not JSON (as Obsidian). */
	async loadData(): Promise<any> {
		const adapter = this.app.vault.adapter;
		try {
			if (!(await adapter.exists(this.dataPath))) return null;
			return JSON.parse(await adapter.read(this.dataPath));
		} catch {
			return null;
		}
	}

	async saveData(data: unknown): Promise<void> {
		const adapter = this.app.vault.adapter;
		let dir = "";
		for (const part of this.manifest.dir!.split("/")) {
			dir = dir ? `${dir}/${part}` : part;
			if (!(await adapter.exists(dir))) await adapter.mkdir(dir);
		}
		await adapter.write(this.dataPath, JSON.stringify(data, null, 2));
	}
}
