import { drawApart, patch, sameKind } from "./view-patch";

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

	/** A node drawn like this one, with children of its own (copied likewise), for a repeat drawn elsewhere. */
	copy(): ViewNode {
		const node = new ViewNode(this.tag, this.svg, this);
		node.children = this.children.map((child) => (typeof child === "string" ? child : child.copy()));
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
