/**
 * Things some tests need that are not in the repository: the captures and roadmap source in
 * `../shared`, and Chromium. A test that needs one calls `needs(ctx, …)` first: when it is missing the
 * test fails under CI (CI=true) and is skipped otherwise, and `prerequisite-reporter.ts` names every
 * test skipped that way at the end of the run, so none vanishes silently.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestContext } from "vitest";

export interface Prerequisite {
	/** What is missing, in words. */
	name: string;
	/** Where it is looked for. */
	where: string;
	/** How to get it. */
	hint: string;
}

/** Marks skip notes the reporter lists. */
export const MISSING = "missing prerequisite:";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
/** The shared folder beside the repository (LR_SHARED_DIR overrides it, e.g. to check the missing case). */
export const SHARED = process.env.LR_SHARED_DIR ?? path.resolve(REPO, "../shared");

export const CAPTURES: Prerequisite = {
	name: "Obsidian cache captures",
	where: path.join(SHARED, "fixtures/obsidian-cache"),
	hint: "check out the shared folder beside the repository",
};

export const CHROMIUM: Prerequisite = {
	name: "Chromium",
	where: process.env.LR_CHROMIUM ?? "/usr/bin/chromium",
	hint: "apt-get install -y chromium",
};

export const present = (p: Prerequisite): boolean => existsSync(p.where);

/** Whether the run is CI's: there a missing prerequisite is a failure, not a skip. */
export const inCi = (): boolean => !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

/** Fails (CI) or skips (elsewhere, with a note the reporter lists) the running test when `p` is missing. */
export function needs(ctx: TestContext, p: Prerequisite): void {
	if (present(p)) return;
	const message = `${MISSING} ${p.name} at ${p.where} (${p.hint})`;
	if (inCi()) throw new Error(`${message}; CI requires it`);
	ctx.skip(message);
}
