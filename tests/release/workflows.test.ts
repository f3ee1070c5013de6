import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const REPO_ROOT = path.resolve(__dirname, "../..");
const read = (name: string) => readFileSync(path.join(REPO_ROOT, name), "utf8");
const release = parse(read(".github/workflows/release.yml"));
const test = parse(read(".github/workflows/test.yml"));

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown> };
const steps = (workflow: any): Step[] => Object.values(workflow.jobs).flatMap((job: any) => job.steps ?? []);

describe("the release workflow", () => {
	it("runs on a pushed tag, tests first, and may write releases only in the job that drafts one", () => {
		expect(Object.keys(release.on)).toEqual(["push"]);
		expect(release.on.push.tags).toEqual(["*"]);
		expect(release.permissions).toEqual({ contents: "read" });
		expect(release.jobs.test.uses).toBe("./.github/workflows/test.yml");
		expect(release.jobs.release.needs).toEqual(["tag", "test"]);
		expect(release.jobs.release.permissions).toEqual({ contents: "write" });
	});

	it("drafts a release with exactly main.js, manifest.json and styles.css, after npm ci and the build", () => {
		const runs = release.jobs.release.steps.map((s: Step) => s.run ?? "").join("\n");
		expect(runs).toMatch(/npm ci[\s\S]*npm run build[\s\S]*gh release create/);
		// the README must install from the repository the release is made from
		expect(runs).toMatch(/npm run check-release -- --tag "\$\{GITHUB_REF_NAME\}" --repository "\$\{GITHUB_REPOSITORY\}"[\s\S]*gh release create/);
		const command = runs.split("\n").find((line: string) => line.includes("gh release create")) ?? "";
		expect(command.split(/\s+/)).toContain("--draft");
		expect(command.split(/\s+/).filter((word: string) => /^[\w-]+\.(js|json|css)$/.test(word))).toEqual(["main.js", "manifest.json", "styles.css"]);
		const draft = release.jobs.release.steps.find((s: Step) => s.run?.includes("gh release create"));
		expect(draft.env).toEqual({ GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" });
	});

	describe("fails when the tag is not manifest.json's version", () => {
		const dir = mkdtempSync(path.join(tmpdir(), "lr-tag-"));
		afterAll(() => rmSync(dir, { recursive: true, force: true }));
		writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ version: "0.3.1" }));
		const script = release.jobs.tag.steps.find((s: Step) => s.run?.includes("GITHUB_REF_NAME")).run as string;
		const runWithTag = (tag: string) => spawnSync("bash", ["-e", "-c", script], { cwd: dir, env: { ...process.env, GITHUB_REF_NAME: tag }, encoding: "utf8" });

		it.each([
			["0.3.1", 0],
			["v0.3.1", 1],
			["0.3.2", 1],
			["0.3", 1],
		])("tag %s exits %i", (tag, status) => {
			const result = runWithTag(tag);
			expect(result.status, result.stdout + result.stderr).toBe(status);
			if (status) expect(result.stdout).toContain(`::error::Tag "${tag}" differs from manifest.json's version "0.3.1"`);
		});
	});
});

describe("the test workflow", () => {
	it("runs .ci/run on pull requests, pushes to main and for releases", () => {
		expect(Object.keys(test.on).sort()).toEqual(["pull_request", "push", "workflow_call"]);
		expect(test.on.push.branches).toEqual(["main"]);
		expect(steps(test).some((s) => s.run?.trim() === ".ci/run")).toBe(true);
		expect(test.jobs.test.container).toMatch(/^debian:/);
	});
});

describe("both workflows", () => {
	it("pin every action to a version", () => {
		const actions = [...steps(release), ...steps(test)].flatMap((s) => (s.uses ? [s.uses] : []));
		expect(actions.length).toBeGreaterThan(0);
		for (const action of actions) expect(action).toMatch(/^[\w-]+\/[\w-]+@v\d+(\.\d+){0,2}$/);
	});

	it("use the project's Node, from .nvmrc, which @types/node follows", () => {
		const nvmrc = read(".nvmrc").trim();
		expect(nvmrc).toMatch(/^\d+$/);
		for (const s of [...steps(release), ...steps(test)].filter((step) => step.uses?.startsWith("actions/setup-node@")))
			expect(s.with).toMatchObject({ "node-version-file": ".nvmrc" });
		const typesNode = JSON.parse(read("package.json")).devDependencies["@types/node"] as string;
		expect(typesNode.replace(/^[\^~]/, "").split(".")[0]).toBe(nvmrc);
	});
});
