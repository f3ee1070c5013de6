/**
 * Things some tests need that are not in the repository: the captures and roadmap source in
 * `../shared`, and Chromium. A test that needs one calls `needs(ctx, …)` first: when it is missing the
 * test is skipped, and `prerequisite-reporter.ts` names every test skipped that way at the end of the
 * run, so none vanishes silently. A run that must not skip them says so with a variable
 * (`LR_REQUIRE_SHARED=1`, `LR_REQUIRE_CHROMIUM=1`, as the project's CI does): then a missing one fails.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestContext } from "vitest";
import { chromiumHint, chromiumPath } from "../browser/chromium";

export interface Prerequisite {
	/** What is missing, in words. */
	name: string;
	/** Where it is looked for. */
	where: string;
	/** How to get it. */
	hint: string;
	/** The variable that, set to 1, makes a missing one fail the tests instead of skipping them. */
	requiredBy: string;
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
	requiredBy: "LR_REQUIRE_SHARED",
};

export const CHROMIUM: Prerequisite = {
	name: "Chromium",
	where: chromiumPath(),
	hint: chromiumHint(),
	requiredBy: "LR_REQUIRE_CHROMIUM",
};

export const present = (p: Prerequisite): boolean => existsSync(p.where);

/** Whether this run requires `p` (its variable is set to something other than empty, 0 or false). */
export function required(p: Prerequisite, env: Record<string, string | undefined> = process.env): boolean {
	const value = env[p.requiredBy];
	return !!value && value !== "0" && value !== "false";
}

/** Skips the running test when `p` is missing (with a note the reporter lists), or fails it when the run requires `p`. */
export function needs(ctx: TestContext, p: Prerequisite): void {
	if (present(p)) return;
	const message = `${MISSING} ${p.name} at ${p.where} (${p.hint})`;
	if (required(p)) throw new Error(`${message}; ${p.requiredBy}=1 requires it`);
	ctx.skip(message);
}
