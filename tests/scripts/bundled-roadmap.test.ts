import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validatedRoadmapJson } from "../../scripts/bundled-roadmap.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "lr-bundled-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// main.js carries the bundled roadmap validated at build time, so the plugin only parses JSON at load.
describe("the bundled roadmap at build time", () => {
	it("is the validated roadmap as JSON", async () => {
		const json = JSON.parse(await validatedRoadmapJson(path.resolve(__dirname, "../../roadmap/python-data-engineering.yaml"))) as { id: string; phases: unknown[] };
		expect(json.id).toBe("python-data-engineering");
		expect(json.phases).toHaveLength(12);
	});

	it("fails the build when invalid, naming file, line and path", async () => {
		const file = path.join(dir, "broken.yaml");
		writeFileSync(file, "id: broken\ntitle: 3\nphases: []\n");
		await expect(validatedRoadmapJson(file)).rejects.toThrow(/broken\.yaml:2 title: expected text/);
	});
});
