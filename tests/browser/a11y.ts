/**
 * Accessibility checks any browser test can run on the test page (see browser.ts): axe-core on the
 * view's own elements, tap-target sizes, text and non-text contrast and font sizes, all measured from
 * what Chromium rendered (the page side is a11y-page.ts). They take a root selector, so a card added
 * to the view later is measured without being named.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { FocusSample, PartSample, Target, TextSample } from "./a11y-page";

export { AA, contrastRatio } from "./contrast";
export type { FocusSample, PartSample, Target, TextSample };

/** The root every check of the progress view is scoped to: the view's (or code block's) own elements. */
export const VIEW_ROOT = ".lr-progress";

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** One axe-core violation, with the elements it was found on. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/** Runs axe-core (every rule of its default set, WCAG 2.0–2.2 A/AA and best practices) on `root` and its descendants. */
export async function runAxe(page: Page, root = VIEW_ROOT): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(() => "axe" in window);
	if (!loaded) {
		axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
		await page.addScriptTag({ content: axeSource });
	}
	return await page.evaluate(async (selector) => {
		const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
		const result = await axe.run({ include: [[selector]] }, { resultTypes: ["violations"] });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
	}, root);
}

/** Every control under `root` a pointer or finger can hit, with its box. */
export async function measureTargets(page: Page, root = VIEW_ROOT): Promise<Target[]> {
	return await page.evaluate((r) => window.lrA11y.targets(r), root);
}

/** Every visible text under `root`, with its contrast ratio and font size. */
export async function measureTexts(page: Page, root = VIEW_ROOT): Promise<TextSample[]> {
	return await page.evaluate((r) => window.lrA11y.texts(r), root);
}

/** The view's non-text parts under `root` (bar tracks, fills, started parts, marks, chart bars, icons). */
export async function measureParts(page: Page, root = VIEW_ROOT): Promise<PartSample[]> {
	return await page.evaluate((r) => window.lrA11y.parts(r), root);
}

/** The focus ring of the element focused now. */
export async function measureFocusRing(page: Page): Promise<FocusSample | null> {
	return await page.evaluate(() => window.lrA11y.focusRing());
}

/** Pairs of targets whose boxes overlap (by more than half a pixel each way). */
export function overlapping(targets: Target[]): [string, string][] {
	const pairs: [string, string][] = [];
	targets.forEach((a, i) => {
		for (const b of targets.slice(i + 1)) {
			const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			if (x > 0.5 && y > 0.5) pairs.push([a.name, b.name]);
		}
	});
	return pairs;
}

/** The smallest value of `pick` over `items` (Infinity when empty), to report measured figures. */
export function smallest<T>(items: T[], pick: (item: T) => number): number {
	return Math.min(...items.map(pick));
}
