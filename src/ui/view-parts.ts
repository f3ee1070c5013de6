import { type DrawTarget, ViewNode } from "./view-tree";

interface DrawnPart {
	inputs: readonly unknown[];
	nodes: (ViewNode | string)[];
}

/**
 * The view's parts as last described, with what each was described from. A part whose inputs are the
 * same as last time is not described again: its previous nodes are repeated (`ViewNode.again`), and
 * the patch leaves their elements untouched without comparing them.
 */
export class DrawnParts {
	private last = new Map<string, DrawnPart>();
	private next = new Map<string, DrawnPart>();

	/**
	 * Draws one part into `parent`: `draw` runs unless `inputs` (everything `draw` reads, its
	 * callbacks included) equal the part's inputs at the previous description.
	 */
	draw(parent: DrawTarget, key: string, inputs: readonly unknown[], draw: (into: DrawTarget) => void): void {
		if (!(parent instanceof ViewNode)) {
			draw(parent);
			return;
		}
		const previous = this.last.get(key);
		let nodes: (ViewNode | string)[];
		if (previous && sameData(previous.inputs, inputs)) {
			nodes = previous.nodes.map((node) => (typeof node === "string" ? node : ViewNode.again(node)));
		} else {
			const holder = new ViewNode("div");
			draw(holder);
			nodes = holder.children;
		}
		this.next.set(key, { inputs, nodes });
		parent.children.push(...nodes);
	}

	/** Ends a description: the parts it drew are the ones the next one compares with. */
	finish(): void {
		this.last = this.next;
		this.next = new Map();
	}
}

/** Equal as data: the same primitives, arrays and plain objects all the way down; functions and other objects only when identical. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left);
	if (keys.length !== Object.keys(right).length) return false;
	for (const key of keys) if (!(key in right) || !sameData(left[key], right[key])) return false;
	return true;
}
