/**
 * Compares two screenshots pixel by pixel (pngjs decodes, pixelmatch compares). A pixel differs when its
 * colour is further than `threshold` (0–1, pixelmatch's perceptual distance) from the other's;
 * anti-aliased edges are not counted, so font smoothing does not fail a run, but any shape or colour
 * that changes does: the images match only when at most `maxDiffPixels` pixels differ.
 */
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

export interface PngComparison {
	match: boolean;
	/** Why not, in words, when they do not match. */
	reason?: string;
	width: number;
	height: number;
	diffPixels: number;
}

/** How different two screenshots may be and still match. */
export const SCREENSHOT_TOLERANCE = { threshold: 0.1, maxDiffPixels: 20 };

export function comparePng(actual: Buffer, expected: Buffer, tolerance = SCREENSHOT_TOLERANCE): PngComparison {
	const a = PNG.sync.read(actual);
	const e = PNG.sync.read(expected);
	if (a.width !== e.width || a.height !== e.height) {
		return { match: false, reason: `size ${a.width}×${a.height}, expected ${e.width}×${e.height}`, width: a.width, height: a.height, diffPixels: NaN };
	}
	const diffPixels = pixelmatch(a.data, e.data, undefined, a.width, a.height, { threshold: tolerance.threshold, includeAA: false });
	const match = diffPixels <= tolerance.maxDiffPixels;
	return {
		match,
		...(match ? {} : { reason: `${diffPixels} pixels differ (at most ${tolerance.maxDiffPixels} may)` }),
		width: a.width,
		height: a.height,
		diffPixels,
	};
}
