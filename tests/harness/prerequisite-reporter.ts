/**
 * A vitest reporter (after the default one, see vitest.config.ts): names, at the end of the run, every
 * test skipped because something it needs is missing (see prerequisites.ts), so a summary of
 * "N skipped" never hides tests that did not run.
 */
import type { Reporter, TestModule } from "vitest/node";
import { MISSING } from "./prerequisites";

export default class PrerequisiteReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const missing: string[] = [];
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const result = test.result();
				if (result.state === "skipped" && result.note?.startsWith(MISSING)) {
					missing.push(`  - ${module.moduleId.replace(`${process.cwd()}/`, "")} > ${test.fullName}: ${result.note.slice(MISSING.length).trim()}`);
				}
			}
		}
		if (missing.length === 0) return;
		console.log(`\n${missing.length} test(s) skipped for a missing prerequisite (LR_REQUIRE_SHARED=1 or LR_REQUIRE_CHROMIUM=1 makes them fail):\n${missing.join("\n")}\n`);
	}
}
