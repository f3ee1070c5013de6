/**
 * One golden file per kind of note the plugin writes (overview, criteria, resources, a phase, a project
 * with code blocks, a project with nothing to tick, a monthly review) and every note of an own roadmap.
 * Any change to rendering shows here as a diff. Tests only read the files: to accept a deliberate change,
 * run `npm run update-golden`, read the diff, and commit it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN_DIR, goldenNotes } from "./golden-notes";

const golden = goldenNotes();
const names = Object.keys(golden).sort();

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? filesUnder(full) : [relative(GOLDEN_DIR, full)];
	});
}

describe("golden notes", () => {
	it("has one golden per kind of note and per note of the own roadmap, and no stale file", () => {
		expect(names).toHaveLength(7 + 6);
		expect(filesUnder(GOLDEN_DIR).sort()).toEqual(names);
	});

	for (const name of names) {
		it(`renders ${name} exactly as its golden file`, () => {
			const file = join(GOLDEN_DIR, name);
			const expected = existsSync(file) ? readFileSync(file, "utf8") : `(no golden file ${name})`;
			expect(golden[name], `${name} differs from tests/core/notes/golden/${name}; if the change is deliberate, run npm run update-golden and review the diff`).toBe(expected);
		});
	}

	it("the review golden covers only ticked topics dated that month", () => {
		const review = golden["review-2026-11.md"];
		const covered = review.slice(review.indexOf("### Topics Covered"), review.indexOf("### Projects Completed"));
		expect(covered.match(/^- \[\[/gmu)).toHaveLength(3);
		expect(covered).not.toContain("2026-11-03");
		expect(covered).not.toContain("2026-10-31");
	});
});
