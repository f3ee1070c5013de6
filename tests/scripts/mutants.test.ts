/**
 * The mutants `npm run mutate` plants stay plantable: each one's text occurs exactly once in its file and
 * the tests meant to catch it exist. (Whether they catch it is `npm run mutate`'s job, not `npm test`'s.)
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MUTANTS } from "../../scripts/mutants";

const ROOT = path.resolve(__dirname, "../..");

describe("the mutation list", () => {
	it("has at least a dozen mutants with unique ids", () => {
		expect(MUTANTS.length).toBeGreaterThanOrEqual(12);
		expect(new Set(MUTANTS.map((m) => m.id)).size).toBe(MUTANTS.length);
	});

	for (const mutant of MUTANTS) {
		it(`${mutant.id}: finds its text once in ${mutant.file}, changes it, and names existing tests`, () => {
			const text = readFileSync(path.join(ROOT, mutant.file), "utf8");
			expect(text.split(mutant.find).length - 1, `update the mutant "${mutant.id}": its text to replace is not in ${mutant.file} exactly once`).toBe(1);
			expect(mutant.replace).not.toBe(mutant.find);
			expect(mutant.tests.length).toBeGreaterThan(0);
			for (const test of mutant.tests) expect(existsSync(path.join(ROOT, test)), test).toBe(true);
		});
	}
});
