/**
 * Accessibility measurements taken inside the browser page (bundled into it by browser.ts and offered
 * as `window.lrA11y`): the tap targets, the text and the non-text parts of everything under a root
 * selector, measured from what Chromium laid out and painted (computed colours, bounding boxes).
 * Generic on purpose: any card drawn inside the view is measured without being named here.
 */
import { contrastRatio, isLargeText, over, type Rgba } from "./contrast";

/** A control a pointer or finger can hit. */
export interface Target {
	name: string;
	width: number;
	height: number;
	x: number;
	y: number;
}

/** One visible run of text and how it reads against what is behind it. */
export interface TextSample {
	text: string;
	ratio: number;
	fontSize: number;
	large: boolean;
	color: string;
	background: string;
}

/** One non-text part (a bar's track edge, its fill, a mark, a chart bar…) against what is next to it. */
export interface PartSample {
	what: string;
	ratio: number;
	/** For the started part: whether it carries a pattern, not only a colour. */
	patterned?: boolean;
}

export interface FocusSample {
	name: string;
	ratio: number;
	width: number;
	style: string;
}

export const TARGETS = 'button, a[href], select, input, textarea, [role="button"], [role="link"], [role="checkbox"], [tabindex]:not([tabindex="-1"])';

const canvas = document.createElement("canvas");
canvas.width = canvas.height = 1;
const ctx = canvas.getContext("2d", { willReadFrequently: true });

/** Any CSS colour the browser understands (rgb(), color(srgb …), color-mix results…) as sRGB 0–255. */
export function parseColor(css: string): Rgba {
	if (!ctx) throw new Error("no 2d canvas");
	if (css === "transparent" || css === "rgba(0, 0, 0, 0)") return [0, 0, 0, 0];
	ctx.clearRect(0, 0, 1, 1);
	ctx.fillStyle = "#000";
	ctx.fillStyle = css;
	ctx.fillRect(0, 0, 1, 1);
	const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
	return [r, g, b, a / 255];
}

function show(c: Rgba): string {
	return `rgb(${c.slice(0, 3).map(Math.round).join(", ")})`;
}

/** The opaque colour painted behind `el`: every ancestor's background laid over the page's. */
export function backgroundOf(el: Element | null): Rgba {
	const chain: Element[] = [];
	for (let node = el; node; node = node.parentElement) chain.unshift(node);
	let colour: Rgba = [255, 255, 255, 1];
	for (const node of chain) colour = over(parseColor(getComputedStyle(node).backgroundColor), colour);
	return colour;
}

function opacityOf(el: Element): number {
	let opacity = 1;
	for (let node: Element | null = el; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
	return opacity;
}

function visible(el: Element): boolean {
	const style = getComputedStyle(el);
	if (style.visibility !== "visible" || style.display === "none") return false;
	const rect = el.getBoundingClientRect();
	return rect.width > 1 && rect.height > 1;
}

function nameOf(el: Element): string {
	return (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60);
}

/** Every control under `root` a pointer or finger can hit, with its box in CSS pixels. */
export function targets(root: string): Target[] {
	return Array.from(document.querySelectorAll(`${root} :is(${TARGETS})`))
		.filter(visible)
		.map((el) => {
			const r = el.getBoundingClientRect();
			return { name: nameOf(el), width: r.width, height: r.height, x: r.x, y: r.y };
		});
}

/** Every visible text under `root` (elements with text of their own), with its contrast and size. */
export function texts(root: string): TextSample[] {
	const samples: TextSample[] = [];
	for (const el of Array.from(document.querySelectorAll(`${root}, ${root} *`))) {
		const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("").trim();
		if (own === "" || !visible(el)) continue;
		const style = getComputedStyle(el);
		const fore = parseColor(style.color);
		fore[3] *= opacityOf(el);
		const back = backgroundOf(el);
		const fontSize = parseFloat(style.fontSize);
		samples.push({
			text: own.slice(0, 60),
			ratio: contrastRatio(fore, back),
			fontSize,
			large: isLargeText(fontSize, Number(style.fontWeight)),
			color: show(over(fore, back)),
			background: show(back),
		});
	}
	return samples;
}

/** The first colour in a `box-shadow` (the edge drawn with an inset shadow), or null. */
function shadowColor(el: Element): Rgba | null {
	const shadow = getComputedStyle(el).boxShadow;
	if (shadow === "none") return null;
	const match = /^(rgba?\([^)]*\)|color\([^)]*\)|#[0-9a-f]+)/i.exec(shadow.trim());
	return match ? parseColor(match[1]) : null;
}

/** The view's own non-text parts: bar tracks, fills and started parts, marks, chart bars, icons. */
export function parts(root: string): PartSample[] {
	const samples: PartSample[] = [];
	const all = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(`${root} ${selector}`)).filter(visible);
	for (const track of all(".lr-bar-track")) {
		const label = track.closest("[aria-label]")?.getAttribute("aria-label") ?? "";
		const page = backgroundOf(track.parentElement);
		const inside = over(parseColor(getComputedStyle(track).backgroundColor), page);
		const edge = shadowColor(track);
		samples.push({ what: `track edge of ${label}`, ratio: edge ? contrastRatio(edge, page) : 1 });
		const fill = track.querySelector(".lr-bar-fill");
		if (fill && fill.getBoundingClientRect().width >= 1) {
			const colour = parseColor(getComputedStyle(fill).backgroundColor);
			samples.push({ what: `fill of ${label}`, ratio: Math.min(contrastRatio(colour, inside), contrastRatio(colour, page)) });
		}
		const started = track.querySelector(".lr-bar-started");
		if (started && started.getBoundingClientRect().width >= 1) {
			const outline = shadowColor(started);
			samples.push({
				what: `started part of ${label}`,
				ratio: outline ? contrastRatio(outline, inside) : 1,
				patterned: getComputedStyle(started).backgroundImage.includes("gradient"),
			});
		}
	}
	for (const mark of all(".lr-mark")) {
		const style = getComputedStyle(mark);
		const back = backgroundOf(mark.parentElement);
		const done = mark.classList.contains("is-done");
		const colour = parseColor(done ? style.backgroundColor : style.borderTopColor);
		samples.push({ what: `${done ? "done" : "open"} mark`, ratio: contrastRatio(colour, back) });
	}
	for (const bar of all(".lr-chart-bar")) {
		if (bar.getBoundingClientRect().height < 1) continue;
		const label = bar.closest("[aria-label]")?.getAttribute("aria-label") ?? "";
		samples.push({ what: `chart bar ${label}`, ratio: contrastRatio(parseColor(getComputedStyle(bar).backgroundColor), backgroundOf(bar.parentElement)) });
	}
	for (const icon of all(".lr-toggle")) {
		const colour = parseColor(getComputedStyle(icon).color);
		colour[3] *= opacityOf(icon);
		samples.push({ what: `icon ${nameOf(icon)}`, ratio: contrastRatio(colour, backgroundOf(icon.parentElement)) });
	}
	return samples;
}

/** The focus ring of the focused element: its colour against what is around it, and its width. */
export function focusRing(): FocusSample | null {
	const el = document.activeElement;
	if (!el || el === document.body) return null;
	const style = getComputedStyle(el);
	const around = backgroundOf(el.parentElement);
	const width = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth);
	const colour = width > 0 ? parseColor(style.outlineColor) : (shadowColor(el) ?? [0, 0, 0, 0]);
	return { name: nameOf(el), ratio: contrastRatio(colour, around), width, style: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
}
