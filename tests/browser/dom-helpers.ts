/**
 * The DOM helpers Obsidian adds to a window (`createEl`, `createDiv`, `setText`, `toggleClass`,
 * `setCssProps`…), for the real browser page. `tests/harness/dom.ts` installs the same helpers over
 * happy-dom, but it imports happy-dom and cannot run in a browser; this is the small subset the
 * progress view uses, with Obsidian's semantics.
 */
type Attrs = Record<string, string | number | boolean | null>;

interface ElementInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

type Callback = (el: HTMLElement) => void;

function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function classes(list: string[]): string[] {
	return list.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

function setAttr(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function setText(el: Element, text: string | DocumentFragment): void {
	if (typeof text === "string") {
		el.textContent = text;
	} else {
		el.replaceChildren(text);
	}
}

function make(doc: Document, tag: string, o: ElementInfo | string | undefined, callback: Callback | undefined, parent?: Node): HTMLElement {
	const el = doc.createElement(tag);
	const info: ElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
	if (info.text !== undefined) setText(el, info.text);
	if (info.attr) for (const [name, value] of Object.entries(info.attr)) setAttr(el, name, value);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	const target = parent ?? info.parent;
	if (target) {
		if (info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	callback?.(el);
	return el;
}

/** Patches `win`'s prototypes and globals with Obsidian's DOM helpers. */
export function installDomHelpers(win: Window & typeof globalThis): void {
	const doc = win.document;
	const NodeP = win.Node.prototype;
	const ElementP = win.Element.prototype;
	const HTMLElementP = win.HTMLElement.prototype;

	define(NodeP, "empty", function (this: Node) {
		while (this.lastChild) this.removeChild(this.lastChild);
	});
	define(NodeP, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(NodeP, "createEl", function (this: Node, tag: string, o?: ElementInfo | string, cb?: Callback) {
		return make(this.ownerDocument ?? doc, tag, o, cb, this);
	});
	define(NodeP, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: Callback) {
		return make(this.ownerDocument ?? doc, "div", o, cb, this);
	});
	define(NodeP, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: Callback) {
		return make(this.ownerDocument ?? doc, "span", o, cb, this);
	});
	define(ElementP, "setText", function (this: Element, text: string | DocumentFragment) {
		setText(this, text);
	});
	define(ElementP, "addClass", function (this: Element, ...list: string[]) {
		this.classList.add(...classes(list));
	});
	define(ElementP, "removeClass", function (this: Element, ...list: string[]) {
		this.classList.remove(...classes(list));
	});
	define(ElementP, "toggleClass", function (this: Element, list: string | string[], value: boolean) {
		for (const c of classes(Array.isArray(list) ? list : [list])) this.classList.toggle(c, value);
	});
	define(ElementP, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(ElementP, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		setAttr(this, name, value);
	});
	define(ElementP, "setAttrs", function (this: Element, attrs: Attrs) {
		for (const [name, value] of Object.entries(attrs)) setAttr(this, name, value);
	});
	define(HTMLElementP, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
	});
	define(HTMLElementP, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});

	define(win, "createEl", (tag: string, o?: ElementInfo | string, cb?: Callback) => make(doc, tag, o, cb));
	define(win, "createDiv", (o?: ElementInfo | string, cb?: Callback) => make(doc, "div", o, cb));
	define(win, "createSpan", (o?: ElementInfo | string, cb?: Callback) => make(doc, "span", o, cb));
	define(win, "createFragment", (cb?: (fragment: DocumentFragment) => void) => {
		const fragment = doc.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	});
}
