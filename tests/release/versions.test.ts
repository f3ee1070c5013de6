import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkVersionsAgree } from "../../scripts/release-checks";

const REPO_ROOT = path.resolve(__dirname, "../..");
const readJson = (dir: string, name: string) => JSON.parse(readFileSync(path.join(dir, name), "utf8"));

describe("package.json, manifest.json and versions.json agree", () => {
	it("holds for the repository", () => {
		const verdict = checkVersionsAgree(readJson(REPO_ROOT, "package.json").version, readJson(REPO_ROOT, "manifest.json"), readJson(REPO_ROOT, "versions.json"));
		expect(verdict.detail).toMatch(/^\d+\.\d+\.\d+ in package.json, manifest.json and versions.json/);
		expect(verdict.ok).toBe(true);
	});

	const manifest = { version: "0.2.0", minAppVersion: "1.7.2" };
	it("fails when package.json and manifest.json differ", () => {
		const verdict = checkVersionsAgree("0.2.1", manifest, { "0.2.0": "1.7.2" });
		expect(verdict).toMatchObject({ ok: false, detail: "package.json has 0.2.1, manifest.json has 0.2.0" });
	});

	it("fails when versions.json has no entry for the release", () => {
		expect(checkVersionsAgree("0.2.0", manifest, { "0.1.0": "1.7.2" })).toMatchObject({ ok: false, detail: "versions.json has no entry for 0.2.0" });
	});

	it("fails when the entry names another minAppVersion", () => {
		const verdict = checkVersionsAgree("0.2.0", manifest, { "0.2.0": "1.5.7" });
		expect(verdict).toMatchObject({ ok: false, detail: "versions.json maps 0.2.0 to 1.5.7, manifest.json's minAppVersion is 1.7.2" });
	});

	it("fails on an entry that is not version → version", () => {
		expect(checkVersionsAgree("0.2.0", manifest, { "0.2.0": "1.7.2", "v0.1.0": "1.7.2" }).ok).toBe(false);
	});
});

describe("npm version patch|minor keeps the three files in step", () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

	// A throwaway repository holding only what `npm version` reads and writes.
	function throwawayRepo(): string {
		const dir = mkdtempSync(path.join(tmpdir(), "lr-version-"));
		dirs.push(dir);
		for (const name of ["package.json", "manifest.json", "versions.json", "version-bump.mjs", ".npmrc"])
			copyFileSync(path.join(REPO_ROOT, name), path.join(dir, name));
		git(dir, "init", "-q");
		git(dir, "add", ".");
		git(dir, "commit", "-qm", "start");
		return dir;
	}
	const env = () => ({
		...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith("npm_"))),
		GIT_AUTHOR_NAME: "t",
		GIT_AUTHOR_EMAIL: "t@example.org",
		GIT_COMMITTER_NAME: "t",
		GIT_COMMITTER_EMAIL: "t@example.org",
	});
	const git = (dir: string, ...args: string[]) => execFileSync("git", args, { cwd: dir, env: env(), encoding: "utf8" });
	const npmVersion = (dir: string, bump: string) => execFileSync("npm", ["version", bump], { cwd: dir, env: env(), encoding: "utf8" }).trim();
	const agree = (dir: string) => checkVersionsAgree(readJson(dir, "package.json").version, readJson(dir, "manifest.json"), readJson(dir, "versions.json"));

	it("gives every release its own versions.json entry and a tag without a v", () => {
		const dir = throwawayRepo();
		const start = readJson(dir, "manifest.json");
		const [major, minor, patch] = String(start.version).split(".").map(Number);
		const next = `${major}.${minor}.${patch + 1}`;

		expect(npmVersion(dir, "patch")).toMatch(new RegExp(`${next.replace(/\./g, "\\.")}$`));
		expect(agree(dir)).toMatchObject({ ok: true });
		expect(readJson(dir, "versions.json")[next]).toBe(start.minAppVersion);
		expect(git(dir, "tag").trim()).toBe(next);
		expect(git(dir, "status", "--porcelain")).toBe("");

		// Raising minAppVersion for the next release maps only that release to it.
		const manifest = readJson(dir, "manifest.json");
		writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ ...manifest, minAppVersion: "9.9.9" }, null, 2) + "\n");
		git(dir, "commit", "-qam", "need a newer Obsidian");
		npmVersion(dir, "minor");
		const versions = readJson(dir, "versions.json");
		expect(versions[`${major}.${minor + 1}.0`]).toBe("9.9.9");
		expect(versions[next]).toBe(start.minAppVersion);
		expect(agree(dir)).toMatchObject({ ok: true });
		expect(git(dir, "tag").trim().split("\n")).toEqual([next, `${major}.${minor + 1}.0`]);
	});
});
