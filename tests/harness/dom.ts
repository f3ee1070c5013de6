/**
 * One happy-dom window for the whole test process, installed as the globals a plugin sees in Obsidian
 * (`window`, `document`, `activeDocument`, `HTMLElement`…), plus the DOM helpers Obsidian adds to the
 * prototypes and to `globalThis` (`createEl`, `createDiv`, `empty`, `setCssProps`, `toggleClass`…).
 *
 * Under vitest time is virtual (see clock.ts): `Date`, `performance.now()` and the timers of `window` and
 * `globalThis` answer to the harness's clock, which tests move with `settle()` / `clock.advance()`. A script
 * borrowing the harness keeps real time, the window's timers then being Node's.
 */
import { Window } from "happy-dom";
import { clock, installVirtualTime, virtualTimeWanted } from "./clock";
import { installObsidianDomHelpers } from "./dom-helpers";

type AnyRecord = Record<string, any>;

let installed: Window | null = null;

/** How many `setInterval` timers are running (a leaked interval stays counted). */
export function liveIntervalCount(): number {
	return clock.pendingTimers(true) - clock.pendingTimers(false);
}

/** The happy-dom window, installing it first if needed. */
export function getWindow(): Window {
	return installDom();
}

/** Creates the window and installs globals, virtual time and Obsidian's DOM helpers. Calling it again does nothing. */
export function installDom(): Window {
	if (installed) return installed;
	const win = new Window({ url: "app://obsidian.md/", width: 1280, height: 800 });
	installed = win;
	if (virtualTimeWanted()) installVirtualTime(win);
	else installRealTimers(win);
	installGlobals(win);
	installObsidianDomHelpers(win);
	return win;
}

/** The window's timers are Node's (happy-dom's own would run on their own clock). */
function installRealTimers(win: Window): void {
	const w = win as unknown as AnyRecord;
	w.setTimeout = (cb: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => globalThis.setTimeout(cb, ms, ...args);
	w.clearTimeout = (id: any) => globalThis.clearTimeout(id);
	w.setInterval = (cb: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => globalThis.setInterval(cb, ms, ...args);
	w.clearInterval = (id: any) => globalThis.clearInterval(id);
	w.requestAnimationFrame = (cb: (t: number) => void) => globalThis.setTimeout(() => cb(performance.now()), 16);
	w.cancelAnimationFrame = (id: any) => globalThis.clearTimeout(id);
	const g = globalThis as AnyRecord;
	g.requestAnimationFrame = w.requestAnimationFrame;
	g.cancelAnimationFrame = w.cancelAnimationFrame;
}

/** Names copied from the window to `globalThis` (constructors plugin code may use by name). */
const GLOBAL_NAMES = [
	"Node",
	"Element",
	"HTMLElement",
	"SVGElement",
	"Text",
	"Comment",
	"DocumentFragment",
	"Document",
	"HTMLDivElement",
	"HTMLSpanElement",
	"HTMLAnchorElement",
	"HTMLButtonElement",
	"HTMLInputElement",
	"HTMLTextAreaElement",
	"HTMLSelectElement",
	"HTMLOptionElement",
	"HTMLProgressElement",
	"HTMLDetailsElement",
	"HTMLUListElement",
	"HTMLLIElement",
	"HTMLTableElement",
	"HTMLCanvasElement",
	"HTMLImageElement",
	"SVGSVGElement",
	"Event",
	"CustomEvent",
	"UIEvent",
	"MouseEvent",
	"KeyboardEvent",
	"InputEvent",
	"FocusEvent",
	"PointerEvent",
	"EventTarget",
	"MutationObserver",
	"ResizeObserver",
	"IntersectionObserver",
	"DOMParser",
	"NodeFilter",
	"Range",
	"getComputedStyle",
	"matchMedia",
	"localStorage",
	"sessionStorage",
];

function installGlobals(win: Window): void {
	const g = globalThis as AnyRecord;
	const w = win as unknown as AnyRecord;
	for (const name of GLOBAL_NAMES) {
		const value = w[name];
		if (value === undefined) continue;
		try {
			g[name] = typeof value === "function" && /^[a-z]/.test(name) ? value.bind(win) : value;
		} catch {
			// A read-only global of the Node version in use (e.g. a getter-only `localStorage`): keep Node's.
		}
	}
	g.window = win;
	g.document = win.document;
	g.activeWindow = win;
	g.activeDocument = win.document;
	w.activeWindow = win;
	w.activeDocument = win.document;
}
