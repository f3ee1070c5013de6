import { type DrawTarget, ViewNode } from "./view-tree";

interface DrawnPart {
	inputs: readonly unknown[];
	nodes: (ViewNode | string)[];
	/** The keys of the parts drawn inside this one, kept with it when it is repeated. */
	inner: string[];
}

/**
 * The view's parts as last described, with what each was described from. A part whose inputs are the
 * same as last time is not described again: its previous nodes are repeated (`ViewNode.again`), and
 * the patch leaves their elements untouched without comparing them.
 */
export class DrawnParts {
	private last = new Map<string, DrawnPart>();
	private next = new Map<string, DrawnPart>();
	/** The inner keys of the parts being drawn, innermost last. */
	private readonly open: string[][] = [];

	/**
	 * Draws one part into `parent`: `draw` runs unless `inputs` (everything `draw` reads, its
	 * callbacks included) equal the part's inputs at the previous description.
	 */
	draw(parent: DrawTarget, key: string, inputs: readonly unknown[], draw: (into: DrawTarget) => void): void {
		if (!(parent instanceof ViewNode)) {
			draw(parent);
			return;
		}
		this.open[this.open.length - 1]?.push(key);
		const previous = this.last.get(key);
		let nodes: (ViewNode | string)[];
		let inner: string[];
		if (previous && sameData(previous.inputs, inputs)) {
			nodes = previous.nodes.map((node) => (typeof node === "string" ? node : ViewNode.again(node)));
			inner = previous.inner;
			this.keep(inner);
		} else {
			const holder = new ViewNode("div");
			inner = [];
			this.open.push(inner);
			try {
				draw(holder);
			} finally {
				this.open.pop();
			}
			nodes = holder.children;
		}
		this.next.set(key, { inputs, nodes, inner });
		parent.children.push(...nodes);
	}

	/** Keeps the parts inside a repeated part for the next description: their nodes are inside the repeated ones. */
	private keep(keys: readonly string[]): void {
		for (const key of keys) {
			const part = this.last.get(key);
			if (!part) continue;
			this.next.set(key, part);
			this.open[this.open.length - 1]?.push(key);
			this.keep(part.inner);
		}
	}

	/** Ends a description: the parts it drew are the ones the next one compares with. */
	finish(): void {
		this.last = this.next;
		this.next = new Map();
	}
}

/** Draws one part through `parts` when given (an update then skips it when its inputs are the same), else straight into `parent`. */
export function drawPart(parts: DrawnParts | undefined, parent: DrawTarget, key: string, inputs: readonly unknown[], draw: (into: DrawTarget) => void): void {
	if (parts) parts.draw(parent, key, inputs, draw);
	else draw(parent);
}

/** Equal as data: the same primitives, arrays and plain objects all the way down; functions and other objects only when identical. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	// Each member is compared by identity before any call: most are equal primitives or the same object.
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) {
			const left: unknown = a[i];
			const right: unknown = b[i];
			if (left !== right && !sameData(left, right)) return false;
		}
		return true;
	}
	if (Array.isArray(b) || a.constructor !== Object || b.constructor !== Object) return false;
	// Counted rather than listed: this runs on every part at every update, and lists would be garbage.
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	let keys = 0;
	for (const key in left) {
		if (!Object.prototype.hasOwnProperty.call(right, key)) return false;
		const l = left[key];
		const r = right[key];
		if (l !== r && !sameData(l, r)) return false;
		keys++;
	}
	for (const key in right) if (Object.prototype.hasOwnProperty.call(right, key)) keys--;
	return keys === 0;
}
