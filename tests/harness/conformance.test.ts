/**
 * The harness's metadata cache must answer as real Obsidian does for every capture in the shared folder
 * (see `conformance.ts` for what is compared). Where the folder is absent, the tests below fail under CI
 * and are skipped elsewhere, and the run's summary names them (one test per capture cannot be listed
 * then: "finds all the captures" stands for them).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareCapture, listCaptures, type Capture } from "./conformance";
import { CAPTURES as CAPTURES_FOLDER, needs, present } from "./prerequisites";

const CAPTURES = CAPTURES_FOLDER.where;

describe("Obsidian metadata conformance", () => {
	const files = present(CAPTURES_FOLDER) ? listCaptures(CAPTURES) : [];

	it("finds all the captures (76 today; a new one is checked as soon as it is added)", (ctx) => {
		needs(ctx, CAPTURES_FOLDER);
		expect(files.length).toBeGreaterThanOrEqual(76);
	});

	for (const file of files) {
		it(path.basename(file), () => {
			const capture = JSON.parse(readFileSync(file, "utf8")) as Capture;
			expect(compareCapture(capture, path.basename(file)).differences).toEqual([]);
		});
	}

	it("reports a difference when a capture disagrees (the check can fail)", (ctx) => {
		needs(ctx, CAPTURES_FOLDER);
		const capture = JSON.parse(readFileSync(path.join(CAPTURES, "list_statuses.json"), "utf8")) as Capture;
		capture.cachedMetadata.listItems![1].task = "x";
		capture.cachedMetadata.listItems![2].parent = 7;
		capture.cachedMetadata.frontmatter = { tags: "nope" };
		const result = compareCapture(capture, "altered");
		expect(result.ok).toBe(false);
		expect(result.differences).toHaveLength(3);
	});
});
