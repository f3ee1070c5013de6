/**
 * A missing prerequisite never makes tests vanish, and never turns a clone without `../shared` red: a
 * test that needs it is skipped and named at the end of the run, and fails only when the run requires
 * it by its variable (LR_REQUIRE_SHARED, LR_REQUIRE_CHROMIUM), whatever CI says.
 */
import { afterEach, describe, expect, it, vi, type TestContext } from "vitest";
import type { TestModule } from "vitest/node";
import PrerequisiteReporter from "./prerequisite-reporter";
import { CAPTURES, CHROMIUM, MISSING, needs, type Prerequisite } from "./prerequisites";

const ABSENT_CAPTURES: Prerequisite = { ...CAPTURES, where: "/nonexistent/shared/fixtures/obsidian-cache" };
const ABSENT_CHROMIUM: Prerequisite = { ...CHROMIUM, where: "/nonexistent/chromium" };

/** What `needs` did for a test: skipped it (with its note), failed it (with its message), or let it run. */
function outcome(p: Prerequisite): { skipped?: string; failed?: string } {
	let skipped: string | undefined;
	const ctx = {
		skip: (note?: string) => {
			skipped = note;
		},
	} as unknown as TestContext;
	try {
		needs(ctx, p);
	} catch (error) {
		return { failed: (error as Error).message };
	}
	return skipped === undefined ? {} : { skipped };
}

afterEach(() => {
	vi.unstubAllEnvs();
	vi.restoreAllMocks();
});

describe("a test whose prerequisite is missing", () => {
	it.each([
		["outside CI", undefined],
		["under CI=true", "true"],
	])("is skipped, saying what is missing and where, %s", (_when, ci) => {
		vi.stubEnv("CI", ci);
		vi.stubEnv("LR_REQUIRE_SHARED", undefined);
		vi.stubEnv("LR_REQUIRE_CHROMIUM", undefined);
		expect(outcome(ABSENT_CAPTURES)).toEqual({
			skipped: `${MISSING} Obsidian cache captures at /nonexistent/shared/fixtures/obsidian-cache (check out the shared folder beside the repository)`,
		});
		expect(outcome(ABSENT_CHROMIUM).skipped).toMatch(/^missing prerequisite: Chromium at \/nonexistent\/chromium \(.*LR_CHROMIUM.*\)$/);
	});

	it("fails when the run requires it, naming the variable", () => {
		vi.stubEnv("LR_REQUIRE_SHARED", "1");
		vi.stubEnv("LR_REQUIRE_CHROMIUM", "0");
		expect(outcome(ABSENT_CAPTURES).failed).toBe(
			`${MISSING} Obsidian cache captures at /nonexistent/shared/fixtures/obsidian-cache (check out the shared folder beside the repository); LR_REQUIRE_SHARED=1 requires it`,
		);
		expect(outcome(ABSENT_CHROMIUM).skipped).toContain("Chromium at /nonexistent/chromium");
		vi.stubEnv("LR_REQUIRE_CHROMIUM", "1");
		expect(outcome(ABSENT_CHROMIUM).failed).toMatch(/LR_REQUIRE_CHROMIUM=1 requires it$/);
	});

	it("runs when it is there", () => {
		vi.stubEnv("LR_REQUIRE_SHARED", "1");
		expect(outcome({ ...CAPTURES, where: __filename })).toEqual({});
	});
});

describe("the summary at the end of the run", () => {
	/** A finished test module as vitest gives it to a reporter: tests with their state and note. */
	const moduleOf = (id: string, tests: { fullName: string; state: string; note?: string }[]): TestModule =>
		({
			moduleId: `${process.cwd()}/${id}`,
			children: { allTests: () => tests.map((t) => ({ fullName: t.fullName, result: () => ({ state: t.state, note: t.note }) })) },
		}) as unknown as TestModule;

	it("names every test skipped for a missing prerequisite, and no other", () => {
		const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
		new PrerequisiteReporter().onTestRunEnd([
			moduleOf("tests/harness/conformance.test.ts", [
				{ fullName: "conformance > finds all the captures", state: "skipped", note: `${MISSING} Obsidian cache captures at /x (get it)` },
				{ fullName: "conformance > a skip of another kind", state: "skipped", note: "later" },
				{ fullName: "conformance > a test that ran", state: "passed" },
			]),
			moduleOf("tests/browser/progress-view.browser.test.ts", [{ fullName: "view > looks right", state: "skipped", note: `${MISSING} Chromium at /y (get it)` }]),
		]);
		expect(log).toHaveBeenCalledTimes(1);
		const printed = String(log.mock.calls[0]?.[0]);
		expect(printed).toContain("2 test(s) skipped for a missing prerequisite");
		expect(printed).toContain("  - tests/harness/conformance.test.ts > conformance > finds all the captures: Obsidian cache captures at /x (get it)");
		expect(printed).toContain("  - tests/browser/progress-view.browser.test.ts > view > looks right: Chromium at /y (get it)");
		expect(printed).not.toContain("another kind");
	});

	it("says nothing when nothing was skipped for one", () => {
		const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
		new PrerequisiteReporter().onTestRunEnd([moduleOf("tests/a.test.ts", [{ fullName: "a", state: "passed" }])]);
		expect(log).not.toHaveBeenCalled();
	});
});
