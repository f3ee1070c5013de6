/**
 * The DOM helpers Obsidian adds to a window — on the prototypes (`createEl`, `createDiv`, `empty`,
 * `setText`, `toggleClass`, `setCssProps`…), as globals (`createEl`, `createFragment`…), and its small
 * extensions of built-in prototypes. No happy-dom here: the same code patches happy-dom's window in
 * the harness and Chromium's real window in the browser tests.
 */
type AnyRecord = Record<string, any>;

/** Installs Obsidian's DOM helpers on `win` (a happy-dom or a real browser window) and on `globalThis`. */
export function installObsidianDomHelpers(win: object): void {
	installPrototypeHelpers(win);
	installGlobalHelpers(win);
	installLanguageExtensions();
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => globalThis.setTimeout(resolve, ms));
}

function nextFrame(): Promise<void> {
	return new Promise((resolve) => (globalThis as AnyRecord).requestAnimationFrame(() => resolve()));
}

/** Defines a non-enumerable method or getter, as a browser's own prototype members are. */
function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

/** Applies a `DomElementInfo` the way Obsidian does, attaches to the parent, then calls the callback. */
function applyInfo(el: AnyRecord, o: ElementInfo | string | undefined, callback?: (el: any) => void): void {
	const info: ElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.setAttribute("class", Array.isArray(info.cls) ? info.cls.join(" ") : info.cls);
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.value !== undefined && "value" in el) el.value = info.value;
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el as unknown as Node, info.parent.firstChild);
		else info.parent.appendChild(el as unknown as Node);
	}
	if (callback) callback(el);
}

function makeEl(doc: AnyRecord, tag: string, o?: ElementInfo | string, callback?: (el: any) => void, parent?: Node): any {
	const el = doc.createElement(tag);
	const info: ElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	if (parent) info.parent = parent;
	applyInfo(el, info, callback);
	return el;
}

function makeSvg(doc: AnyRecord, tag: string, o?: ElementInfo | string, callback?: (el: any) => void, parent?: Node): any {
	const el = doc.createElementNS("http://www.w3.org/2000/svg", tag);
	const info: ElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	if (parent) info.parent = parent;
	applyInfo(el, info, callback);
	return el;
}

function splitClasses(classes: string[]): string[] {
	return classes.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

function installPrototypeHelpers(win: object): void {
	const w = win as unknown as AnyRecord;
	const NodeP = w.Node.prototype;
	const ElementP = w.Element.prototype;
	const HTMLElementP = w.HTMLElement.prototype;
	const SVGElementP = w.SVGElement.prototype;
	const FragmentP = w.DocumentFragment.prototype;
	const DocumentP = w.Document.prototype;
	const UIEventP = w.UIEvent.prototype;

	// Node
	define(NodeP, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeP, "empty", function (this: Node) {
		while (this.lastChild) this.removeChild(this.lastChild);
	});
	define(NodeP, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(NodeP, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(NodeP, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const keep = new Set(children);
		for (const child of Array.from(this.childNodes)) if (!keep.has(child)) this.removeChild(child);
		for (const child of children) this.appendChild(child);
	});
	define(NodeP, "appendText", function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? (w.document as Document)).createTextNode(val));
	});
	define(NodeP, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	defineGetter(NodeP, "doc", function (this: Node) {
		return this.ownerDocument ?? w.document;
	});
	defineGetter(NodeP, "win", function (this: Node) {
		return (this.ownerDocument ?? w.document).defaultView ?? win;
	});
	defineGetter(NodeP, "constructorWin", function () {
		return win;
	});
	define(NodeP, "createEl", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: any) => void) {
		return makeEl(this.ownerDocument ?? w.document, tag, o, cb, this);
	});
	define(NodeP, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: any) => void) {
		return makeEl(this.ownerDocument ?? w.document, "div", o, cb, this);
	});
	define(NodeP, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: any) => void) {
		return makeEl(this.ownerDocument ?? w.document, "span", o, cb, this);
	});
	define(NodeP, "createSvg", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: any) => void) {
		return makeSvg(this.ownerDocument ?? w.document, tag, o, cb, this);
	});

	// Element
	define(ElementP, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(ElementP, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") {
			this.textContent = val;
		} else {
			(this as AnyRecord).empty();
			this.appendChild(val);
		}
	});
	define(ElementP, "addClass", function (this: Element, ...classes: string[]) {
		const list = splitClasses(classes);
		if (list.length) this.classList.add(...list);
	});
	define(ElementP, "addClasses", function (this: Element, classes: string[]) {
		const list = splitClasses(classes);
		if (list.length) this.classList.add(...list);
	});
	define(ElementP, "removeClass", function (this: Element, ...classes: string[]) {
		const list = splitClasses(classes);
		if (list.length) this.classList.remove(...list);
	});
	define(ElementP, "removeClasses", function (this: Element, classes: string[]) {
		const list = splitClasses(classes);
		if (list.length) this.classList.remove(...list);
	});
	define(ElementP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of splitClasses(Array.isArray(classes) ? classes : [classes])) this.classList.toggle(c, value);
	});
	define(ElementP, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElementP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(ElementP, "setAttrs", function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(obj)) (this as AnyRecord).setAttr(name, value);
	});
	define(ElementP, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(ElementP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		if (this.matches(selector)) return this;
		for (let el = this.parentElement; el && el !== lastParent; el = el.parentElement) {
			if (el.matches(selector)) return el;
		}
		return null;
	});
	define(ElementP, "getCssPropertyValue", function (this: Element, property: string) {
		return w.getComputedStyle(this).getPropertyValue(property);
	});
	define(ElementP, "isActiveElement", function (this: Element) {
		return this.ownerDocument?.activeElement === this;
	});
	define(ElementP, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(ElementP, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(ElementP, "findAllSelf", function (this: Element, selector: string) {
		const all = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...all] : all;
	});
	define(FragmentP, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(FragmentP, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	// HTMLElement and SVGElement
	for (const proto of [HTMLElementP, SVGElementP]) {
		define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		});
	}
	define(HTMLElementP, "show", function (this: HTMLElement) {
		if (this.style.display === "none") this.style.display = "";
	});
	define(HTMLElementP, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(HTMLElementP, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) (this as AnyRecord).show();
		else (this as AnyRecord).hide();
	});
	define(HTMLElementP, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	// Obsidian uses offsetParent; happy-dom has no layout, so: attached and no ancestor hidden.
	define(HTMLElementP, "isShown", function (this: HTMLElement) {
		if (!this.isConnected) return false;
		const hidden = (el: HTMLElement) => el.style.display === "none" || el.hidden;
		if (hidden(this)) return false;
		for (let el = this.parentElement; el; el = el.parentElement) {
			if (hidden(el)) return false;
		}
		return true;
	});
	defineGetter(HTMLElementP, "innerWidth", function (this: HTMLElement) {
		return this.clientWidth;
	});
	defineGetter(HTMLElementP, "innerHeight", function (this: HTMLElement) {
		return this.clientHeight;
	});
	define(HTMLElementP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		this.addEventListener("auxclick", listener as EventListener, options);
	});
	define(HTMLElementP, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new w.Event(eventType, { bubbles: true, cancelable: true }));
	});
	define(HTMLElementP, "onNodeInserted", function () {
		return () => undefined;
	});
	define(HTMLElementP, "onWindowMigrated", function () {
		return () => undefined;
	});

	// Delegated events: `el.on("click", ".selector", listener)`.
	for (const proto of [HTMLElementP, DocumentP]) {
		define(proto, "on", function (this: AnyRecord, type: string, selector: string, listener: (ev: Event, target: HTMLElement) => unknown, options?: boolean | AddEventListenerOptions) {
			const events = (this._EVENTS ??= {}) as Record<string, AnyRecord[]>;
			const callback = (ev: Event) => {
				const target = (ev.target as AnyRecord | null)?.closest?.(selector);
				if (target && (this === target || this.contains(target))) listener.call(this, ev, target);
			};
			(events[type] ??= []).push({ selector, listener, options, callback });
			this.addEventListener(type, callback, options);
		});
		define(proto, "off", function (this: AnyRecord, type: string, selector: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
			const list = (this._EVENTS?.[type] ?? []) as AnyRecord[];
			for (const info of list.filter((i) => i.selector === selector && i.listener === listener)) {
				this.removeEventListener(type, info.callback, options);
				list.splice(list.indexOf(info), 1);
			}
		});
	}

	define(UIEventP, "instanceOf", function (this: Event, type: new (...a: any[]) => unknown) {
		return this instanceof type;
	});
	defineGetter(UIEventP, "targetNode", function (this: Event) {
		return this.target;
	});
	defineGetter(UIEventP, "win", function () {
		return win;
	});
	defineGetter(UIEventP, "doc", function () {
		return (win as AnyRecord).document;
	});
}

function installGlobalHelpers(win: object): void {
	const g = globalThis as AnyRecord;
	const doc = (win as AnyRecord).document as AnyRecord;
	const helpers: AnyRecord = {
		createEl: (tag: string, o?: ElementInfo | string, cb?: (el: any) => void) => makeEl(doc, tag, o, cb),
		createDiv: (o?: ElementInfo | string, cb?: (el: any) => void) => makeEl(doc, "div", o, cb),
		createSpan: (o?: ElementInfo | string, cb?: (el: any) => void) => makeEl(doc, "span", o, cb),
		createSvg: (tag: string, o?: ElementInfo | string, cb?: (el: any) => void) => makeSvg(doc, tag, o, cb),
		createFragment: (cb?: (el: DocumentFragment) => void) => {
			const fragment = doc.createDocumentFragment();
			if (cb) cb(fragment);
			return fragment;
		},
		isBoolean: (obj: unknown) => typeof obj === "boolean",
		fish: (selector: string) => doc.querySelector(selector),
		fishAll: (selector: string) => Array.from(doc.querySelectorAll(selector)),
		ready: (fn: () => unknown) => fn(),
		sleep,
		nextFrame,
	};
	for (const [name, fn] of Object.entries(helpers)) {
		g[name] = fn;
		(win as unknown as AnyRecord)[name] = fn;
	}
}

/** The small extensions Obsidian makes to built-in prototypes (`Array.prototype.first`, `Math.clamp`…). */
function installLanguageExtensions(): void {
	const defineIfMissing = (target: object, name: string, value: unknown) => {
		if (!(name in target)) define(target, name, value);
	};
	const ArrayP = Array.prototype as AnyRecord;
	defineIfMissing(ArrayP, "first", function (this: unknown[]) {
		return this[0];
	});
	defineIfMissing(ArrayP, "last", function (this: unknown[]) {
		return this[this.length - 1];
	});
	defineIfMissing(ArrayP, "contains", function (this: unknown[], target: unknown) {
		return this.indexOf(target) !== -1;
	});
	defineIfMissing(ArrayP, "remove", function (this: unknown[], target: unknown) {
		for (let i = this.indexOf(target); i !== -1; i = this.indexOf(target)) this.splice(i, 1);
	});
	defineIfMissing(ArrayP, "unique", function (this: unknown[]) {
		return Array.from(new Set(this));
	});
	defineIfMissing(ArrayP, "shuffle", function (this: unknown[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[this[i], this[j]] = [this[j], this[i]];
		}
		return this;
	});
	defineIfMissing(Array, "combine", (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
	defineIfMissing(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
	defineIfMissing(Math, "square", (value: number) => value * value);
	defineIfMissing(String.prototype, "contains", function (this: string, target: string) {
		return this.indexOf(target) !== -1;
	});
	defineIfMissing(String.prototype, "format", function (this: string, ...args: string[]) {
		return this.replace(/{(\d+)}/g, (match, n: string) => args[Number(n)] ?? match);
	});
	defineIfMissing(String, "isString", (obj: unknown) => typeof obj === "string");
	defineIfMissing(Number, "isNumber", (obj: unknown) => typeof obj === "number");
	defineIfMissing(Object, "isEmpty", (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
	defineIfMissing(Object, "each", (obj: Record<string, unknown>, cb: (value: unknown, key?: string) => boolean | void, ctx?: unknown) => {
		for (const key of Object.keys(obj)) if (cb.call(ctx, obj[key], key) === false) return false;
		return true;
	});
}
