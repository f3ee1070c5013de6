/**
 * What the view's parts draw into: a real element (Obsidian's `createDiv`/`createEl`… on it) or a
 * `ViewNode`, a plain description of the same drawing. The view describes itself in `ViewNode`s on
 * every change and patches the elements it already has to match (`updateDrawing`), so a change
 * creates elements only where the drawing gained some, and focus, scroll and expansion stay put.
 */
export interface DrawTarget {
	createEl<K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo): DrawTarget;
	createDiv(o?: DomElementInfo): DrawTarget;
	createSpan(o?: DomElementInfo): DrawTarget;
	createSvg<K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo): DrawTarget;
	appendText(text: string): void;
	setCssProps(props: Record<string, string>): void;
	setAttr(name: string, value: string | number | boolean | null): void;
	addEventListener<K extends ViewEvent>(type: K, listener: (event: HTMLElementEventMap[K]) => void): void;
}

/** The events the view's controls listen to. */
type ViewEvent = "click" | "auxclick" | "mouseover" | "change";

type Listener = (event: Event) => void;

/** One element of a described drawing: its tag, attributes, custom properties, listeners and children. */
export class ViewNode implements DrawTarget {
	attrs: Record<string, string>;
	css: Record<string, string>;
	listeners: Partial<Record<ViewEvent, Listener>>;
	/** Elements and text, in order. */
	children: (ViewNode | string)[];
	/** The element drawn for this node, once mounted or patched. */
	el: HTMLElement | SVGElement | undefined;
	/** The DOM nodes drawn for `children`, in the same order. */
	nodes: ChildNode[] = [];
	/** The node of the previous drawing this one repeats unchanged (`ViewNode.again`), until it is patched. */
	same: ViewNode | undefined;

	/** `like`: a node whose attributes, properties, listeners and children this one shares (a repeat or a copy). */
	constructor(
		readonly tag: string,
		readonly svg = false,
		like?: ViewNode,
	) {
		// A repeat costs one object: an update repeats hundreds of nodes (the calendar's days).
		this.attrs = like ? like.attrs : {};
		this.css = like ? like.css : {};
		this.listeners = like ? like.listeners : {};
		this.children = like ? like.children : [];
	}

	createEl<K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo): ViewNode {
		return this.add(new ViewNode(tag), o);
	}

	createDiv(o?: DomElementInfo): ViewNode {
		return this.add(new ViewNode("div"), o);
	}

	createSpan(o?: DomElementInfo): ViewNode {
		return this.add(new ViewNode("span"), o);
	}

	createSvg<K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgElementInfo): ViewNode {
		return this.add(new ViewNode(tag, true), o);
	}

	appendText(text: string): void {
		this.children.push(text);
	}

	setCssProps(props: Record<string, string>): void {
		Object.assign(this.css, props);
	}

	setAttr(name: string, value: string | number | boolean | null): void {
		if (value === null) delete this.attrs[name];
		else this.attrs[name] = String(value);
	}

	addEventListener<K extends ViewEvent>(type: K, listener: (event: HTMLElementEventMap[K]) => void): void {
		this.listeners[type] = listener as Listener;
	}

	/**
	 * The same drawing as `previous` (a part whose inputs did not change), without describing it again:
	 * patched over `previous` itself it costs nothing; anywhere else it is drawn from a copy.
	 */
	static again(previous: ViewNode): ViewNode {
		const node = new ViewNode(previous.tag, previous.svg, previous);
		node.same = previous;
		return node;
	}

	/** The key that matches this node with its predecessor among its siblings, when it has one. */
	key(): string | undefined {
		return this.attrs["data-lr-key"] ?? this.attrs["data-phase"] ?? this.attrs.id;
	}

	private add(child: ViewNode, o: DomElementInfo | SvgElementInfo | undefined): ViewNode {
		// The same options as Obsidian's createEl, applied in the same order.
		if (o?.cls !== undefined) child.attrs.class = Array.isArray(o.cls) ? o.cls.join(" ") : o.cls;
		if (o && "text" in o && typeof o.text === "string") child.children.push(o.text);
		for (const [name, value] of Object.entries(o?.attr ?? {})) child.setAttr(name, value);
		if (o && "title" in o && o.title !== undefined) child.attrs.title = o.title;
		if (o && "type" in o && o.type !== undefined) child.attrs.type = o.type;
		if (o && "value" in o && o.value !== undefined) child.attrs.value = o.value;
		this.children.push(child);
		return child;
	}
}

/** What an update did: DOM nodes created (elements and texts) and removed. */
export interface UpdateStats {
	created: number;
	removed: number;
}

/** The drawing each container shows, to patch on the next update. */
const drawings = new WeakMap<HTMLElement, ViewNode>();
/** Each drawn element's current listeners: one DOM listener per event type calls whichever is current. */
const handlers = new WeakMap<EventTarget, Partial<Record<string, Listener>>>();

/** Draws `tree` into `container` from nothing, replacing whatever was there (opening the view). */
export function drawWhole(container: HTMLElement, tree: ViewNode): UpdateStats {
	const stats = { created: 0, removed: 0 };
	container.empty();
	container.appendChild(drawApart(container.doc, tree, stats));
	drawings.set(container, tree);
	return stats;
}

/**
 * Makes `container`'s drawing match `tree`, keeping every element whose place in the drawing is the
 * same (same tag, and same key where the node has one): only changed attributes, properties and texts
 * are written, elements are created for what is new and removed for what is gone.
 */
export function updateDrawing(container: HTMLElement, tree: ViewNode): UpdateStats {
	const previous = drawings.get(container);
	if (!previous?.el || previous.el.parentNode !== container || !sameKind(previous, tree)) return drawWhole(container, tree);
	const stats = { created: 0, removed: 0 };
	patch(previous, tree, stats);
	drawings.set(container, tree);
	return stats;
}

const numbers = new WeakMap<HTMLElement, number>();
let drawn = 0;

/** A number of `container`'s own, the same at every drawing of it: for ids unique in the window that an update keeps. */
export function drawingNumber(container: HTMLElement): number {
	let number = numbers.get(container);
	if (number === undefined) {
		number = ++drawn;
		numbers.set(container, number);
	}
	return number;
}

/** Forgets the drawing of `container` (the view closed). */
export function forgetDrawing(container: HTMLElement): void {
	drawings.delete(container);
}

/**
 * Draws `node` at the end of `parent`, in `parent`'s document (a popout's own). The caller draws a new
 * part into a fragment and connects it once, so the browser invalidates styles once for the whole
 * subtree rather than at every attribute and child.
 */
function mount(parent: Node, node: ViewNode, stats: UpdateStats): HTMLElement | SVGElement {
	detach(node);
	const el = node.svg ? parent.createSvg(node.tag as keyof SVGElementTagNameMap) : parent.createEl(node.tag as keyof HTMLElementTagNameMap);
	stats.created++;
	for (const name in node.attrs) el.setAttribute(name, node.attrs[name] ?? "");
	for (const name in node.css) el.style.setProperty(name, node.css[name] ?? "");
	listen(el, {}, node.listeners);
	node.el = el;
	node.nodes = node.children.map((child) => {
		if (typeof child !== "string") return mount(el, child, stats);
		stats.created++;
		return el.appendChild(el.doc.createTextNode(child));
	});
	return el;
}

/** Draws `node` outside the document, for its caller to insert where it belongs. */
function drawApart(doc: Document, node: ViewNode, stats: UpdateStats): HTMLElement | SVGElement {
	// Each Obsidian window, a popout's included, has the DOM helpers as globals.
	return mount((doc.win as typeof window).createFragment(), node, stats);
}

function patch(old: ViewNode, next: ViewNode, stats: UpdateStats): void {
	const el = old.el;
	if (!el) return;
	if (next.same === old) {
		// A part drawn again unchanged: its elements already show it.
		next.el = el;
		next.nodes = old.nodes;
		next.same = undefined;
		return;
	}
	detach(next);
	next.el = el;
	for (const [name, value] of Object.entries(next.attrs)) {
		if (old.attrs[name] === value) continue;
		el.setAttribute(name, value);
		// The attribute is only the default: a select the learner used keeps its own choice without this.
		if (name === "selected" && el.tagName === "OPTION") (el as HTMLOptionElement).selected = true;
	}
	for (const name of Object.keys(old.attrs)) {
		if (name in next.attrs) continue;
		el.removeAttribute(name);
		if (name === "selected" && el.tagName === "OPTION") (el as HTMLOptionElement).selected = false;
	}
	for (const [name, value] of Object.entries(next.css)) if (old.css[name] !== value) el.style.setProperty(name, value);
	for (const name of Object.keys(old.css)) if (!(name in next.css)) el.style.removeProperty(name);
	listen(el, old.listeners, next.listeners);
	patchChildren(el, old, next, stats);
}

/** Gives `el` the listeners of `next`; the DOM listener of a type it already had stays. */
function listen(el: Element, old: Partial<Record<string, Listener>>, next: Partial<Record<string, Listener>>): void {
	for (const type of Object.keys(next)) if (!(type in old)) el.addEventListener(type, dispatch);
	handlers.set(el, next);
}

function dispatch(event: Event): void {
	const target = event.currentTarget;
	if (target) handlers.get(target)?.[event.type]?.(event);
}

/**
 * Gives a repeated node its own copy of its children, when it is drawn anywhere but over the node it
 * repeats: the originals still belong to the previous drawing, which the patch may yet read.
 */
function detach(node: ViewNode): void {
	if (!node.same) return;
	node.same = undefined;
	node.children = node.children.map(copy);
}

function copy(child: ViewNode | string): ViewNode | string {
	if (typeof child === "string") return child;
	const node = new ViewNode(child.tag, child.svg, child);
	node.children = child.children.map(copy);
	return node;
}

function sameKind(a: ViewNode | string, b: ViewNode | string): boolean {
	if (typeof a === "string" || typeof b === "string") return typeof a === typeof b;
	return a.tag === b.tag && a.svg === b.svg;
}

/**
 * Matches the new children with the old: a keyed child with the old child of the same key, the others
 * in order among the old children without a key. Unmatched old nodes are removed first, so the kept
 * ones never move unless their order changed, and a focused element stays in the document.
 */
function patchChildren(el: Element, old: ViewNode, next: ViewNode, stats: UpdateStats): void {
	const olds = old.children;
	const news = next.children;
	const used = new Uint8Array(olds.length);
	const matches = new Int32Array(news.length).fill(-1);
	// A repeated part goes back over the node it repeats, wherever the others land; most often that
	// node is at the same place (the calendar's hundreds of days), which needs no lookup.
	let elsewhere: Map<ViewNode, number> | undefined;
	for (let n = 0; n < news.length; n++) {
		const child = news[n];
		if (child === undefined || typeof child === "string" || !child.same) continue;
		if (olds[n] === child.same) {
			matches[n] = n;
			used[n] = 1;
		} else {
			(elsewhere ??= new Map()).set(child.same, n);
		}
	}
	let byKey: Map<string, number> | undefined;
	const unkeyed: number[] = [];
	for (let i = 0; i < olds.length; i++) {
		if (used[i] === 1) continue;
		const child = olds[i];
		if (child === undefined) continue;
		const repeat = typeof child === "string" ? undefined : elsewhere?.get(child);
		if (repeat !== undefined) {
			matches[repeat] = i;
			used[i] = 1;
			continue;
		}
		const key = typeof child === "string" ? undefined : child.key();
		if (key === undefined) unkeyed.push(i);
		else (byKey ??= new Map()).set(key, i);
	}
	let nextUnkeyed = 0;
	for (let n = 0; n < news.length; n++) {
		const child = news[n];
		if (child === undefined || (matches[n] ?? -1) >= 0) continue;
		const key = typeof child === "string" ? undefined : child.key();
		const i = key === undefined ? unkeyed[nextUnkeyed++] : byKey?.get(key);
		if (i === undefined || used[i] === 1) continue;
		const candidate = olds[i];
		if (candidate === undefined || !sameKind(candidate, child)) continue;
		used[i] = 1;
		matches[n] = i;
	}
	if (olds.length === news.length && matches.every((i, n) => i === n)) {
		patchInPlace(old, next, stats);
		return;
	}
	old.nodes.forEach((node, i) => {
		if (used[i] === 1) return;
		node.remove();
		stats.removed++;
	});
	let ref: ChildNode | null = el.firstChild;
	next.nodes = next.children.map((child, n) => {
		const i = matches[n] ?? -1;
		let node: ChildNode;
		const before = i >= 0 ? old.children[i] : undefined;
		const existing = i >= 0 ? old.nodes[i] : undefined;
		if (existing && before !== undefined) {
			node = existing;
			if (typeof child === "string") {
				if (node.nodeValue !== child) node.nodeValue = child;
			} else if (typeof before !== "string") {
				patch(before, child, stats);
			}
		} else if (typeof child === "string") {
			node = el.doc.createTextNode(child);
			stats.created++;
		} else {
			// Inserted in its place just below.
			node = drawApart(el.doc, child, stats);
		}
		if (node === ref) ref = ref.nextSibling;
		else el.insertBefore(node, ref);
		return node;
	});
}

/** Every child kept at its place: nothing moves, so the DOM is only written where a child changed. */
function patchInPlace(old: ViewNode, next: ViewNode, stats: UpdateStats): void {
	const nodes = old.nodes;
	for (let n = 0; n < next.children.length; n++) {
		const child = next.children[n];
		const before = old.children[n];
		const node = nodes[n];
		if (child === undefined || before === undefined || node === undefined) continue;
		if (typeof child === "string") {
			if (before !== child) node.nodeValue = child;
		} else if (typeof before !== "string") {
			patch(before, child, stats);
		}
	}
	next.nodes = nodes;
}
