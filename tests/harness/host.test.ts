import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { ItemView, MarkdownRenderChild, Notice, Plugin, PluginSettingTab, Setting, debounce } from "obsidian";
import { App as HarnessApp, closeTestApp, createTestApp, disablePlugin, enablePlugin, makeTempVault, openSettingTab, removeTempVault, renderCodeBlock, unmountCodeBlock } from "./app";
import { clock } from "./clock";
import { loadBuiltPlugin, readManifest } from "./load-plugin";
import { Workspace } from "./workspace";
import { clearNotices, click, findSetting, notices, typeInto } from "./ui";
import { installDom } from "./dom";

const manifest = {
	id: "host-test",
	name: "Host test",
	version: "0.0.1",
	minAppVersion: "1.5.7",
	description: "A plugin defined by the harness tests",
	author: "tests",
};

describe("DOM helpers (as Obsidian defines them)", () => {
	it("createEl applies cls, text, attr, title, parent and calls back with the element", () => {
		const parent = createDiv();
		let seen: HTMLElement | null = null;
		const el = parent.createEl("a", { cls: ["one", "two"], text: "<b>not html</b>", attr: { "data-x": 3, hidden: null }, title: "tip", href: "#h" }, (e) => (seen = e));
		expect(el.tagName).toBe("A");
		expect(el.className).toBe("one two");
		expect(el.textContent).toBe("<b>not html</b>");
		expect(el.children.length).toBe(0);
		expect(el.getAttribute("data-x")).toBe("3");
		expect(el.hasAttribute("hidden")).toBe(false);
		expect(el.title).toBe("tip");
		expect(el.getAttribute("href")).toBe("#h");
		expect(el.parentElement).toBe(parent);
		expect(seen).toBe(el);
	});

	it("createDiv/createSpan take a class string; prepend puts first; globals create detached elements", () => {
		const parent = createDiv("box");
		const span = parent.createSpan("late");
		const first = parent.createDiv({ cls: "early", prepend: true });
		expect(parent.firstElementChild).toBe(first);
		expect(span.className).toBe("late");
		expect(createSpan({ text: "x" }).parentElement).toBeNull();
		const input = createEl("input", { type: "checkbox", value: "v", placeholder: "p" });
		expect(input.type).toBe("checkbox");
		expect(input.value).toBe("v");
		expect(input.placeholder).toBe("p");
		const fragment = createFragment((f) => f.createEl("b", { text: "bold" }));
		expect(fragment.textContent).toBe("bold");
		const svg = parent.createSvg("svg", { attr: { viewBox: "0 0 10 10" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
	});

	it("setCssProps sets custom properties; setCssStyles sets styles", () => {
		const el = createDiv();
		el.setCssProps({ "--fill": "42%" });
		expect(el.style.getPropertyValue("--fill")).toBe("42%");
		el.setCssStyles({ color: "red" });
		expect(el.style.color).toBe("red");
	});

	it("empty, detach, setText, classes, attributes, show/hide, find/findAll", () => {
		const el = createDiv();
		el.createDiv("a");
		el.createDiv("a b");
		expect(el.findAll(".a")).toHaveLength(2);
		expect(el.find(".b")).toBe(el.children[1]);
		el.empty();
		expect(el.childNodes.length).toBe(0);

		el.addClass("x", "y");
		el.toggleClass("x", false);
		el.toggleClass(["z", "w"], true);
		expect(el.hasClass("x")).toBe(false);
		expect(el.className).toBe("y z w");
		el.removeClass("z");
		el.addClasses(["p", "q"]);
		expect(el.className).toBe("y w p q");

		el.setAttr("aria-valuenow", 5);
		el.setAttrs({ role: "progressbar", "aria-valuemax": 10 });
		expect(el.getAttr("aria-valuenow")).toBe("5");
		expect(el.getAttr("role")).toBe("progressbar");
		el.setAttr("role", null);
		expect(el.getAttr("role")).toBeNull();

		el.setText("hello");
		expect(el.getText()).toBe("hello");

		const parent = document.body.createDiv();
		parent.appendChild(el);
		expect(el.isShown()).toBe(true);
		parent.hide();
		expect(el.isShown()).toBe(false);
		parent.show();
		expect(el.isShown()).toBe(true);
		el.detach();
		expect(el.parentNode).toBeNull();
		expect(el.isShown()).toBe(false);
		parent.detach();
	});

	it("instanceOf, doc, win, onClickEvent", () => {
		const el = createDiv();
		expect(el.instanceOf(HTMLDivElement)).toBe(true);
		expect(el.instanceOf(HTMLSpanElement)).toBe(false);
		expect(el.doc).toBe(document);
		expect(el.win).toBe(window);
		const clicks: string[] = [];
		el.onClickEvent((ev) => clicks.push(ev.type));
		click(el);
		expect(clicks).toEqual(["click"]);
	});

	it("installDom is idempotent and exposes the browser globals", () => {
		const win = installDom();
		expect(installDom()).toBe(win);
		expect(globalThis.window).toBe(win);
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
		expect(typeof getComputedStyle).toBe("function");
		expect(new KeyboardEvent("keydown", { key: "a" }).key).toBe("a");
	});
});

describe("UI pieces", () => {
	it("Notice logs every message", () => {
		clearNotices();
		const notice = new Notice("Created 3 notes");
		notice.setMessage("Created 4 notes");
		expect(notices).toEqual(["Created 3 notes", "Created 4 notes"]);
		expect(notice.messageEl.textContent).toBe("Created 4 notes");
		notice.hide();
		expect(notice.containerEl.isConnected).toBe(false);
		clearNotices();
		expect(notices).toEqual([]);
	});

	it("debounce runs once after the wait with the last arguments; resetTimer restarts it; cancel and run", async () => {
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 100);
		d(1);
		await clock.advance(60);
		d(2);
		await clock.advance(40);
		expect(calls).toEqual([2]);

		const r = debounce((n: number) => calls.push(n), 100, true);
		r(3);
		await clock.advance(60);
		r(4);
		await clock.advance(60);
		expect(calls).toEqual([2]);
		await clock.advance(40);
		expect(calls).toEqual([2, 4]);

		r(5);
		r.cancel();
		await clock.advance(200);
		expect(calls).toEqual([2, 4]);
		r(6);
		r.run();
		expect(calls).toEqual([2, 4, 6]);
		await clock.advance(200);
		expect(calls).toEqual([2, 4, 6]);
	});

	it("Setting builds real DOM; typing and clicking reach the callbacks", () => {
		const container = createDiv();
		const changes: unknown[] = [];
		let clicked = 0;
		new Setting(container).setName("Roadmap folder").setDesc("Where notes go").addText((t) => t.setPlaceholder("Folder").setValue("Learning Roadmap").onChange((v) => changes.push(v)));
		new Setting(container).setName("Sync").addToggle((t) => t.setValue(true).onChange((v) => changes.push(v)));
		new Setting(container).setName("Mode").addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("a").onChange((v) => changes.push(v)));
		new Setting(container).setName("Go").addButton((b) => b.setButtonText("Generate").setCta().onClick(() => clicked++));

		const folder = findSetting(container, "Roadmap folder");
		expect(folder.find(".setting-item-description")?.textContent).toBe("Where notes go");
		const input = folder.find("input") as HTMLInputElement;
		expect(input.value).toBe("Learning Roadmap");
		expect(input.placeholder).toBe("Folder");
		typeInto(input, "Other");

		const toggle = findSetting(container, "Sync").find(".checkbox-container");
		expect(toggle.hasClass("is-enabled")).toBe(true);
		click(toggle);
		expect(toggle.hasClass("is-enabled")).toBe(false);

		const select = findSetting(container, "Mode").find("select") as HTMLSelectElement;
		select.value = "b";
		select.dispatchEvent(new Event("change"));

		const button = findSetting(container, "Go").find("button") as HTMLButtonElement;
		expect(button.hasClass("mod-cta")).toBe(true);
		click(button);

		expect(changes).toEqual(["Other", false, "b"]);
		expect(clicked).toBe(1);
		expect(() => findSetting(container, "Missing")).toThrow(/No setting named "Missing"/);
	});
});

/** A plugin using every registration the harness accounts for. */
class LeakyPlugin extends Plugin {
	ticks = 0;
	modified: string[] = [];
	viewClosed = 0;
	childUnloaded = 0;

	async onload(): Promise<void> {
		this.registerEvent(this.app.vault.on("modify", (file: { path: string }) => this.modified.push(file.path)));
		this.registerEvent(this.app.metadataCache.on("changed", () => undefined));
		this.registerEvent(this.app.workspace.on("layout-change", () => undefined));
		this.registerInterval(window.setInterval(() => this.ticks++, 1000));
		this.registerDomEvent(document, "keydown", () => undefined);
		this.addRibbonIcon("map", "Open progress", () => void this.openView());
		this.addStatusBarItem().setText("42%");
		this.addCommand({ id: "open", name: "Open", callback: () => this.openView() });
		this.addSettingTab(new TestSettingTab(this.app, this));
		const onViewClosed = () => this.viewClosed++;
		this.registerView(
			"host-test-view",
			(leaf) =>
				new (class extends ItemView {
					getViewType() {
						return "host-test-view";
					}
					getDisplayText() {
						return "Host test";
					}
					async onOpen() {
						this.contentEl.createEl("progress", { attr: { value: 1, max: 2, "aria-label": "Overall" } });
					}
					async onClose() {
						onViewClosed();
					}
				})(leaf),
		);
		this.registerMarkdownCodeBlockProcessor("host-test", (source, el, ctx) => {
			el.createDiv({ cls: "host-test-block", text: source });
			const child = new MarkdownRenderChild(el);
			child.register(() => this.childUnloaded++);
			ctx.addChild(child);
		});
	}

	async openView(): Promise<void> {
		const leaf = this.app.workspace.getRightLeaf(false)!;
		await leaf.setViewState({ type: "host-test-view", active: true });
		await this.app.workspace.revealLeaf(leaf);
	}
}

class TestSettingTab extends PluginSettingTab {
	display(): void {
		this.containerEl.empty();
		new Setting(this.containerEl).setName("Folder").addText((t) => t.setValue("A"));
	}
}

describe("plugin lifecycle against a temp vault", () => {
	let dir: string;
	let app: HarnessApp;

	beforeEach(async () => {
		dir = makeTempVault({ "Notes/a.md": "# A\n\n- [ ] one\n", "b.md": "b\n" });
		app = await createTestApp(dir);
	});

	afterEach(() => {
		closeTestApp(app);
		removeTempVault(dir);
	});

	it("counts every registration while loaded and none after unload", async () => {
		const before = app.liveRegistrations();
		expect(before).toEqual({ events: 0, intervals: 0, domNodes: 0, domEvents: 0, commands: 0, views: 0, codeBlockProcessors: 0, settingTabs: 0 });

		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		click(app.workspace.ribbonEl.find('[aria-label="Open progress"]'));
		await clock.runUntilQuiet();
		expect(app.workspace.getLeavesOfType("host-test-view")).toHaveLength(1);
		const block = await renderCodeBlock(app, "host-test", "phase: 3", "Notes/a.md");
		expect(block.find(".host-test-block")?.textContent).toBe("phase: 3");
		openSettingTab(app, "host-test");

		const live = app.liveRegistrations();
		expect(live).toEqual({ events: 3, intervals: 1, domNodes: 4, domEvents: 1, commands: 1, views: 1, codeBlockProcessors: 1, settingTabs: 1 });
		const leaf = app.workspace.getLeavesOfType("host-test-view")[0];
		expect(leaf.view.containerEl.children[1].find("progress")?.getAttribute("aria-label")).toBe("Overall");
		expect(app.workspace.statusBarEl.textContent).toBe("42%");

		disablePlugin(plugin);
		expect(app.liveRegistrations()).toEqual(before);
		expect(plugin.viewClosed).toBe(1);
		expect(plugin.childUnloaded).toBe(1);
		expect(block.isConnected).toBe(false);
		expect(app.commands.executeCommandById("host-test:open")).toBe(false);
	});

	it("unmounting a rendered block unloads its render children", async () => {
		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		const block = await renderCodeBlock(app, "host-test", "", "b.md");
		unmountCodeBlock(app, block);
		expect(plugin.childUnloaded).toBe(1);
		expect(app.liveRegistrations().domNodes).toBe(2);
		await expect(renderCodeBlock(app, "nope", "", "b.md")).rejects.toThrow(/No code block processor for "nope"/);
	});

	it("commands are prefixed with the plugin id and run through the registry", async () => {
		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		expect(Object.keys(app.commands.commands)).toEqual(["host-test:open"]);
		expect(app.commands.commands["host-test:open"].name).toBe("Host test: Open");
		await app.commands.runCommand("host-test:open");
		expect(app.workspace.getLeavesOfType("host-test-view")).toHaveLength(1);
		expect(app.workspace.getActiveViewOfType(ItemView)?.getViewType()).toBe("host-test-view");
		disablePlugin(plugin);
		expect(app.workspace.getLeavesOfType("host-test-view")).toHaveLength(0);
	});

	it("a registered interval runs until unload", async () => {
		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		await clock.advance(3000);
		expect(plugin.ticks).toBe(3);
		disablePlugin(plugin);
		await clock.advance(3000);
		expect(plugin.ticks).toBe(3);
	});

	it("registered vault events reach the plugin until unload", async () => {
		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		const file = app.vault.getFileByPath("b.md")!;
		await app.vault.modify(file, "changed\n");
		expect(plugin.modified).toEqual(["b.md"]);
		disablePlugin(plugin);
		await app.vault.modify(file, "again\n");
		expect(plugin.modified).toEqual(["b.md"]);
	});

	it("loadData/saveData round-trip through data.json in the plugin folder", async () => {
		const plugin = await enablePlugin(app, LeakyPlugin, manifest);
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ folder: "Roadmap", sync: true });
		const onDisk = readFileSync(path.join(dir, ".obsidian/plugins/host-test/data.json"), "utf8");
		expect(JSON.parse(onDisk)).toEqual({ folder: "Roadmap", sync: true });
		expect(await plugin.loadData()).toEqual({ folder: "Roadmap", sync: true });
		writeFileSync(path.join(dir, ".obsidian/plugins/host-test/data.json"), "{ not json");
		expect(await plugin.loadData()).toBeNull();
	});

	it("the setting tab is displayed into the settings and emptied on close", async () => {
		await enablePlugin(app, LeakyPlugin, manifest);
		const el = openSettingTab(app, "host-test");
		expect((findSetting(el, "Folder").find("input") as HTMLInputElement).value).toBe("A");
		app.setting.close();
		expect(el.childElementCount).toBe(0);
	});

	it("openLinkText resolves through the metadata cache and records path and line", async () => {
		await app.workspace.openLinkText("a", "b.md", false, { eState: { line: 2 } });
		await app.workspace.openLinkText("Notes/a.md", "", true);
		expect(app.workspace.opened).toEqual([{ path: "Notes/a.md", line: 2 }, { path: "Notes/a.md" }]);
		expect(app.workspace.getActiveFile()?.path).toBe("Notes/a.md");
		const view = app.workspace.getLeaf(false).view as any;
		expect(view.getViewType()).toBe("markdown");
		expect(view.editor.getLine(2)).toBe("- [ ] one");
	});

	it("openLinkText on a missing note creates it, as Obsidian does", async () => {
		await app.workspace.openLinkText("New note", "", false);
		expect(app.workspace.opened).toEqual([{ path: "New note.md" }]);
		expect(app.vault.getFileByPath("New note.md")).not.toBeNull();
	});

	it("openFile with a line puts the editor cursor there", async () => {
		const leaf = app.workspace.getLeaf(true);
		await leaf.openFile(app.vault.getFileByPath("Notes/a.md")!, { eState: { line: 2 } });
		expect((leaf.view as any).editor.getCursor()).toEqual({ line: 2, ch: 0 });
		expect(leaf.getViewState()).toMatchObject({ type: "markdown", state: { file: "Notes/a.md" }, active: true });
		leaf.detach();
		expect(app.workspace.getActiveFile()).toBeNull();
	});

	it("a tab opening another note saves the note it held first (A13)", async () => {
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath("Notes/a.md")!);
		(leaf.view as any).editor.replaceRange("two", { line: 2, ch: 6 }, { line: 2, ch: 9 });
		await leaf.openFile(app.vault.getFileByPath("b.md")!);
		expect(await app.vault.read(app.vault.getFileByPath("Notes/a.md")!)).toBe("# A\n\n- [ ] two\n");
	});
});

describe("workspace", () => {
	it("onLayoutReady waits for triggerLayoutReady when the layout is not ready", async () => {
		const dir = makeTempVault();
		const app = await createTestApp(dir, { layoutReady: false });
		try {
			const calls: string[] = [];
			app.workspace.onLayoutReady(() => calls.push("queued"));
			expect(calls).toEqual([]);
			app.workspace.triggerLayoutReady();
			expect(calls).toEqual(["queued"]);
			app.workspace.onLayoutReady(() => calls.push("now"));
			expect(calls).toEqual(["queued", "now"]);
			expect(app.workspace).toBeInstanceOf(Workspace);
		} finally {
			closeTestApp(app);
			removeTempVault(dir);
		}
	});

	it("an ItemView has a header and contentEl as containerEl.children[1]", async () => {
		const dir = makeTempVault();
		const app = await createTestApp(dir);
		try {
			const leaf = app.workspace.getRightLeaf(false);
			class V extends ItemView {
				getViewType() {
					return "v";
				}
				getDisplayText() {
					return "V";
				}
			}
			const view = new V(leaf as never);
			expect(view.containerEl.children).toHaveLength(2);
			expect(view.containerEl.children[1]).toBe(view.contentEl);
			expect(view.containerEl.children[0].hasClass("view-header")).toBe(true);
			const actions: string[] = [];
			click(view.addAction("refresh", "Refresh", () => actions.push("refresh")));
			expect(actions).toEqual(["refresh"]);
		} finally {
			closeTestApp(app);
			removeTempVault(dir);
		}
	});
});

describe("loadBuiltPlugin", () => {
	const work = mkdtempSync(path.join(tmpdir(), "learning-roadmap-built-"));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	async function bundle(name: string, source: string): Promise<string> {
		const entry = path.join(work, `${name}.ts`);
		writeFileSync(entry, source);
		const out = path.join(work, `${name}.js`);
		await build({ entryPoints: [entry], bundle: true, format: "cjs", platform: "browser", external: ["obsidian", "fs"], outfile: out, logLevel: "silent" });
		return out;
	}

	it("evaluates a built CommonJS plugin whose require('obsidian') is the harness", async () => {
		const mainJs = await bundle(
			"good",
			`import { Plugin, Notice } from "obsidian";
			export default class Tiny extends Plugin {
				async onload() {
					this.addCommand({ id: "hello", name: "Hello", callback: () => new Notice("hello from " + this.manifest.id) });
					this.addStatusBarItem().createSpan({ cls: "tiny", text: "tiny" });
				}
			}`,
		);
		const Tiny = loadBuiltPlugin(mainJs);
		expect(Tiny.prototype).toBeInstanceOf(Plugin);
		const dir = makeTempVault();
		const app = await createTestApp(dir);
		try {
			clearNotices();
			const plugin = await enablePlugin(app, Tiny, { ...manifest, id: "tiny", name: "Tiny" });
			expect(app.commands.executeCommandById("tiny:hello")).toBe(true);
			expect(notices).toEqual(["hello from tiny"]);
			expect(app.workspace.statusBarEl.find(".tiny")?.textContent).toBe("tiny");
			disablePlugin(plugin);
			expect(app.liveRegistrations().domNodes).toBe(0);
		} finally {
			closeTestApp(app);
			removeTempVault(dir);
		}
	});

	it("refuses a bundle that requires a Node module, naming it", async () => {
		const mainJs = await bundle(
			"bad",
			`import { Plugin } from "obsidian";
			import { readFileSync } from "fs";
			export default class Bad extends Plugin { onload() { readFileSync("x"); } }`,
		);
		expect(() => loadBuiltPlugin(mainJs)).toThrow(/requires "fs", but a built plugin may only require "obsidian"/);
	});

	it("refuses a module whose default export is not a Plugin", async () => {
		const mainJs = await bundle("notplugin", `export default class NotAPlugin {}`);
		expect(() => loadBuiltPlugin(mainJs)).toThrow(/does not extend Plugin/);
	});

	it("readManifest reads the repository manifest", () => {
		const m = readManifest(path.resolve(__dirname, "../.."));
		expect(m.id).toBe("learning-roadmap");
	});
});
