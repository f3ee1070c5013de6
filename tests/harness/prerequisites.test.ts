/**
 * A missing prerequisite never makes tests vanish: run in a child vitest with the shared folder and
 * Chromium pointed at nothing, the tests that need them are skipped and named in the summary, and under
 * CI=true they fail.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const FILES = ["tests/core/progress/note-boxes.test.ts", "tests/harness/conformance.test.ts", "tests/browser/progress-view.browser.test.ts"];

function runWithout(ci: boolean): { status: number | null; output: string } {
	const env: Record<string, string | undefined> = { ...process.env, LR_SHARED_DIR: "/nonexistent/shared", LR_CHROMIUM: "/nonexistent/chromium", FORCE_COLOR: "0", NO_COLOR: "1" };
	delete env.CI;
	if (ci) env.CI = "true";
	const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...FILES], { cwd: ROOT, env, encoding: "utf8", timeout: 180_000 });
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe("tests whose prerequisite is missing", () => {
	it("are skipped and named in the summary outside CI", () => {
		const { status, output } = runWithout(false);
		expect(status, output).toBe(0);
		const listed = /(\d+) test\(s\) skipped for a missing prerequisite/.exec(output);
		// 5 in note-boxes, 2 in conformance, 23 in the browser test
		expect(Number(listed?.[1]), output).toBe(5 + 2 + 23);
		expect(output).toContain("tests/harness/conformance.test.ts > Obsidian metadata conformance > finds all the captures (76 today; a new one is checked as soon as it is added): Obsidian cache captures at /nonexistent/shared/fixtures/obsidian-cache");
		expect(output).toContain("progress view in a real browser > looks like docs/screenshots/code-block.png: Chromium at /nonexistent/chromium");
	});

	it("fail under CI=true", () => {
		const { status, output } = runWithout(true);
		expect(status, output).toBe(1);
		expect(output).toMatch(/Tests\s+30 failed/);
		expect(output).toContain("missing prerequisite: Chromium at /nonexistent/chromium (apt-get install -y chromium); CI requires it");
	});
});
