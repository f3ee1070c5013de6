/**
 * Obsidian's small UI pieces: `Notice` (every message logged in `notices`), `setIcon`, `debounce`,
 * `Platform`, `Setting` with its components building real DOM, `Modal`, `Menu`, `MarkdownRenderChild`.
 * Helpers at the end (`typeInto`, `chooseOption`, `click`, `findSetting`) drive the DOM like a user.
 */
import { Component } from "./plugin";
import { installDom } from "./dom";
import type { App } from "./app";

installDom();

// ---------------------------------------------------------------------------------------------
// Notice

/** Every notice message shown (and every `setMessage`), oldest first. */
export const notices: string[] = [];

export function clearNotices(): void {
	notices.length = 0;
}

function noticeContainer(): HTMLElement {
	return document.body.querySelector<HTMLElement>(".notice-container") ?? document.body.createDiv("notice-container");
}

function messageText(message: string | DocumentFragment): string {
	return typeof message === "string" ? message : (message.textContent ?? "");
}

export class Notice {
	containerEl: HTMLElement;
	messageEl: HTMLElement;
	/** The same element as `messageEl` (Obsidian deprecates this name for it). */
	noticeEl: HTMLElement;
	/** The duration asked for (not enforced: notices stay until `hide()`). */
	duration: number | undefined;

	constructor(message: string | DocumentFragment, duration?: number) {
		this.duration = duration;
		this.containerEl = noticeContainer().createDiv("notice");
		this.messageEl = this.containerEl.createDiv("notice-message");
		this.noticeEl = this.messageEl;
		this.setMessage(message);
	}

	setMessage(message: string | DocumentFragment): this {
		this.messageEl.setText(message);
		notices.push(messageText(message));
		return this;
	}

	hide(): void {
		this.containerEl.detach();
	}
}

// ---------------------------------------------------------------------------------------------
// Icons, tooltips, platform, debounce

/** Replaces the element's icon with `<svg class="svg-icon lucide-ID" data-icon="ID">`. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	for (const child of Array.from(parent.children)) if (child.tagName.toLowerCase() === "svg") child.detach();
	parent.createSvg("svg", { cls: `svg-icon lucide-${iconId}`, attr: { "data-icon": iconId } });
}

const customIcons = new Map<string, string>();

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
}

export function getIcon(iconId: string): SVGSVGElement | null {
	return createSvg("svg", { cls: `svg-icon lucide-${iconId}`, attr: { "data-icon": iconId } });
}

export function getIconIds(): string[] {
	return [...customIcons.keys()];
}

/** Obsidian shows a tooltip from `aria-label`; so does this. */
export function setTooltip(el: HTMLElement, tooltip: string, _options?: unknown): void {
	el.setAttr("aria-label", tooltip);
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * Obsidian's debounce: the first call starts a `timeout` timer and the callback runs once when it
 * fires, with the latest arguments. With `resetTimer`, every call restarts the timer. Its timer is the
 * global one at call time: the harness's virtual clock under vitest (clock.ts).
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: { args: [...T]; ctx: unknown } | null = null;

	const invoke = (): V | void => {
		if (!pending) return;
		const { args, ctx } = pending;
		pending = null;
		return cb.apply(ctx, args);
	};

	const debounced = function (this: unknown, ...args: [...T]) {
		pending = { args, ctx: this };
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) {
			timer = setTimeout(() => {
				timer = null;
				invoke();
			}, timeout);
		}
		return debounced;
	} as Debouncer<T, V>;

	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		clearTimeout(timer);
		timer = null;
		return invoke();
	};
	return debounced;
}

/** The Obsidian version this host pretends to be (the `obsidian` package's). */
export const apiVersion = "1.13.1";

/** Whether `apiVersion` is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const a = apiVersion.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const d = (a[i] ?? 0) - (b[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

// ---------------------------------------------------------------------------------------------
// Setting and its components

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => any): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;

	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
}

/** A text input; typing (an `input` event) calls `onChange` with the value, as in Obsidian. */
export abstract class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallback: ((value: string) => any) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	/** Sets the value without calling `onChange`. */
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this.changeCallback?.(this.getValue());
	}

	onChange(callback: (value: string) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createDiv("search-input-container").createEl("input", { type: "search" }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

/** Obsidian's toggle: a `div.checkbox-container` (class `is-enabled` when on) holding a checkbox; click flips it. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private inputEl: HTMLInputElement;
	private on = false;
	private changeCallback: ((value: boolean) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this.on;
	}

	/** As in Obsidian, a change of value calls `onChange`. */
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.inputEl.checked = on;
		if (changed) this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string): this {
		setTooltip(this.toggleEl, tooltip);
		return this;
	}

	onClick(): void {
		if (!this.disabled) this.setValue(!this.on);
	}

	onChange(callback: (value: boolean) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A `select`; choosing an option (a `change` event) calls `onChange`. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", "dropdown");
		this.selectEl.addEventListener("change", () => this.changeCallback?.(this.getValue()));
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, value });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => any): this {
		this.changeCallback = callback;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickCallback: ((evt: MouseEvent) => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) this.clickCallback?.(evt);
		});
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setDestructive(): this {
		this.buttonEl.addClass("mod-destructive");
		return this;
	}

	removeDestructive(): this {
		this.buttonEl.removeClass("mod-destructive");
		return this;
	}

	setTooltip(tooltip: string): this {
		setTooltip(this.buttonEl, tooltip);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: string): this {
		this.buttonEl.empty();
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => any): this {
		this.clickCallback = callback;
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private clickCallback: (() => any) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) this.clickCallback?.();
		});
	}

	setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string): this {
		setTooltip(this.extraSettingsEl, tooltip);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => any): this {
		this.clickCallback = callback;
		return this;
	}
}

/**
 * A settings row as Obsidian builds it:
 * `div.setting-item > (div.setting-item-info > div.setting-item-name + div.setting-item-description) + div.setting-item-control`.
 */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	errorEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string): this {
		setTooltip(this.nameEl, tooltip);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	/** Shows (or with null/"" clears) a validation message under the row; adds `is-invalid`. */
	setErrorMessage(message: string | null): this {
		if (message) {
			this.errorEl ??= this.infoEl.createDiv("setting-item-error");
			this.errorEl.setText(message);
		} else {
			this.errorEl?.detach();
			this.errorEl = null;
		}
		this.settingEl.toggleClass("is-invalid", Boolean(message));
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => any): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => any): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => any): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => any): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: SearchComponent) => any): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => any): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => any): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addComponent<T extends BaseComponent>(cb: (el: HTMLElement) => T): this {
		this.components.push(cb(this.controlEl));
		return this;
	}

	then(cb: (setting: this) => any): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

// ---------------------------------------------------------------------------------------------
// Modal, Menu, MarkdownRenderChild, Scope, Keymap

/** Modals currently open, oldest first. */
export const openModals: Modal[] = [];

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	isOpen = false;
	private closeCallback: (() => any) | null = null;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope();
		this.containerEl = createDiv("modal-container mod-dim");
		this.containerEl.createDiv("modal-bg");
		this.modalEl = this.containerEl.createDiv("modal");
		const closeButton = this.modalEl.createDiv("modal-close-button");
		closeButton.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		document.body.appendChild(this.containerEl);
		openModals.push(this);
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.detach();
		openModals.splice(openModals.indexOf(this), 1);
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => any): this {
		this.closeCallback = callback;
		return this;
	}
}

/** A fuzzy match as Obsidian reports it; the harness matches by a case-insensitive substring. */
export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

export abstract class SuggestModal<T> extends Modal {
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	emptyStateText = "No results found.";
	limit = 100;
	private placeholder = "";

	constructor(app: App) {
		super(app);
		this.inputEl = this.modalEl.createEl("input", { cls: "prompt-input" });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
	}

	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
		this.inputEl.placeholder = placeholder;
	}

	/** Test helper: the placeholder shown in the input. */
	placeholderText(): string {
		return this.placeholder;
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Picks a suggestion as a click does: the modal closes, then the choice is reported. */
	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	getSuggestions(query: string): FuzzyMatch<T>[] {
		const wanted = query.toLowerCase();
		return this.getItems()
			.filter((item) => this.getItemText(item).toLowerCase().includes(wanted))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.setText(this.getItemText(value.item));
	}

	onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	checked: boolean | null = null;
	disabled = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setIsLabel(_isLabel: boolean): this {
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
		this.callback = callback;
		return this;
	}
}

/** The last menu shown, so a test can pick an item: `lastMenu()?.items`. */
const menus: { shown: Menu | null } = { shown: null };

export function lastMenu(): Menu | null {
	return menus.shown;
}

export class Menu extends Component {
	items: MenuItem[] = [];
	shown = false;
	private hideCallback: (() => any) | null = null;

	addItem(cb: (item: MenuItem) => any): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		return this;
	}

	showAtMouseEvent(_evt: MouseEvent): this {
		return this.showAtPosition({ x: 0, y: 0 });
	}

	showAtPosition(_position: { x: number; y: number }): this {
		this.shown = true;
		menus.shown = this;
		this.load();
		return this;
	}

	hide(): this {
		this.shown = false;
		if (menus.shown === this) menus.shown = null;
		this.unload();
		this.hideCallback?.();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => any): void {
		this.hideCallback = callback;
	}
}

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export class Scope {
	constructor(readonly parent?: Scope) {}

	register(_modifiers: string[] | null, _key: string | null, _func: (...args: any[]) => any): unknown {
		return {};
	}

	unregister(_handler: unknown): void {}
}

export class Keymap {
	static isModEvent(evt?: UserEvent | null): boolean | "tab" | "split" | "window" {
		const e = evt as (MouseEvent | KeyboardEvent) | null | undefined;
		// Obsidian: Ctrl/Cmd (or a middle click) opens a new tab.
		return e && (e.ctrlKey || e.metaKey || (e as MouseEvent).button === 1) ? "tab" : false;
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: string): boolean {
		const e = evt as MouseEvent;
		return modifier === "Mod" || modifier === "Ctrl" ? e.ctrlKey : modifier === "Meta" ? e.metaKey : modifier === "Shift" ? e.shiftKey : modifier === "Alt" ? e.altKey : false;
	}

	pushScope(_scope: Scope): void {}
	popScope(_scope: Scope): void {}
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

// ---------------------------------------------------------------------------------------------
// Harness helpers: act on the DOM as a user would.

/** Types into an input or textarea: sets the value and dispatches `input` (and `change`). */
export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	el.value = value;
	el.dispatchEvent(new Event("input", { bubbles: true }));
	el.dispatchEvent(new Event("change", { bubbles: true }));
}

/** Picks an option of a select and dispatches `change`. */
export function chooseOption(select: HTMLSelectElement, value: string): void {
	if (!Array.from(select.options).some((o) => o.value === value)) {
		throw new Error(`No option "${value}" in select (has ${Array.from(select.options).map((o) => o.value).join(", ")})`);
	}
	select.value = value;
	select.dispatchEvent(new Event("change", { bubbles: true }));
}

/** A left click on the element. */
export function click(el: Element): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
}

/** The `.setting-item` whose name is exactly `name` (or contains it, when `exact` is false). */
export function findSetting(containerEl: HTMLElement, name: string, exact = true): HTMLElement {
	const items = containerEl.findAll(".setting-item");
	const found = items.find((item) => {
		const text = item.find(".setting-item-name")?.textContent?.trim() ?? "";
		return exact ? text === name : text.includes(name);
	});
	if (!found) {
		const names = items.map((i) => i.find(".setting-item-name")?.textContent?.trim()).filter(Boolean);
		throw new Error(`No setting named "${name}". Settings: ${names.join(" | ") || "none"}`);
	}
	return found;
}
