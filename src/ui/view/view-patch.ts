import type { UpdateStats, ViewNode } from "./view-tree";

// How a description is drawn: new elements made apart and inserted once, and an old drawing patched
// to match a new one (`updateDrawing` in view-tree.ts).

type Listener = (event: Event) => void;

/** Each drawn element's current listeners: one DOM listener per event type calls whichever is current. */
const handlers = new WeakMap<EventTarget, Partial<Record<string, Listener>>>();

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
export function drawApart(doc: Document, node: ViewNode, stats: UpdateStats): HTMLElement | SVGElement {
	// Each Obsidian window, a popout's included, has the DOM helpers as globals.
	return mount((doc.win as typeof window).createFragment(), node, stats);
}

export function patch(old: ViewNode, next: ViewNode, stats: UpdateStats): void {
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
	// Loops over the keys, without lists: this runs for every element of every part described again.
	const { attrs, css } = next;
	for (const name in attrs) {
		const value = attrs[name] ?? "";
		if (old.attrs[name] === value) continue;
		el.setAttribute(name, value);
		// The attribute is only the default: a select the learner used keeps its own choice without this.
		if (name === "selected" && el.tagName === "OPTION") (el as HTMLOptionElement).selected = true;
	}
	for (const name in old.attrs) {
		if (name in attrs) continue;
		el.removeAttribute(name);
		if (name === "selected" && el.tagName === "OPTION") (el as HTMLOptionElement).selected = false;
	}
	for (const name in css) {
		const value = css[name] ?? "";
		if (old.css[name] !== value) el.style.setProperty(name, value);
	}
	for (const name in old.css) if (!(name in css)) el.style.removeProperty(name);
	listen(el, old.listeners, next.listeners);
	patchChildren(el, old, next, stats);
}

/** Gives `el` the listeners of `next`; the DOM listener of a type it already had stays. */
function listen(el: Element, old: Partial<Record<string, Listener>>, next: Partial<Record<string, Listener>>): void {
	let any = false;
	for (const type in next) {
		any = true;
		if (!(type in old)) el.addEventListener(type, dispatch);
	}
	// An element that never listened has nothing to forget.
	if (any || handlers.has(el)) handlers.set(el, next);
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
	return typeof child === "string" ? child : child.copy();
}

export function sameKind(a: ViewNode | string, b: ViewNode | string): boolean {
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
	if (keptInPlace(olds, news)) {
		patchInPlace(old, next, stats);
		return;
	}
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

/**
 * Whether the matching below would pair every new child with the old child at its own place: the
 * common case (a count or a bar changed), decided without the matching's lists and maps.
 */
function keptInPlace(olds: readonly (ViewNode | string)[], news: readonly (ViewNode | string)[]): boolean {
	if (olds.length !== news.length) return false;
	for (let n = 0; n < news.length; n++) {
		const child = news[n];
		const before = olds[n];
		if (child === undefined || before === undefined) return false;
		if (typeof child === "string") {
			if (typeof before !== "string") return false;
		} else if (child.same) {
			if (child.same !== before) return false;
		} else if (typeof before === "string" || before.key() !== child.key() || !sameKind(before, child)) {
			return false;
		}
	}
	return true;
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
