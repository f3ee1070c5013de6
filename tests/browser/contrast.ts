/**
 * WCAG 2.x contrast, shared by the page (bundled into it) and the tests: relative luminance of an sRGB
 * colour and the ratio of two, after laying a translucent colour over what is behind it.
 */

/** An sRGB colour, channels 0–255, alpha 0–1. */
export type Rgba = [r: number, g: number, b: number, a: number];

/** The minimum ratios of WCAG 2.2 AA: normal text (1.4.3), large text and non-text parts (1.4.11). */
export const AA = { text: 4.5, largeText: 3, nonText: 3 } as const;

/** `top` drawn over the opaque `bottom` (source-over), opaque. */
export function over(top: Rgba, bottom: Rgba): Rgba {
	const a = top[3];
	return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.x definition) of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio (1–21) of two colours; a translucent `fore` is first laid over the opaque `back`. */
export function contrastRatio(fore: Rgba, back: Rgba): number {
	const a = luminance(over(fore, back));
	const b = luminance(back);
	return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Whether text of this size (CSS px) and weight counts as large for WCAG (18pt, or 14pt bold). */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
	return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}
