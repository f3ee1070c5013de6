import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempVault, removeTempVault } from "../harness/app";

const REPO_ROOT = path.resolve(__dirname, "../..");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeTempVault));

/** `npm run vault -- DIR` without the build step (npm test has just built main.js). */
function runVaultScript(dir: string): string {
	return execFileSync(path.join(REPO_ROOT, "node_modules/.bin/tsx"), [path.join(REPO_ROOT, "scripts/vault.ts"), dir], {
		cwd: REPO_ROOT,
		encoding: "utf8",
	});
}

function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (rel: string) => {
		for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
			const child = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(child);
			else files.set(child, readFileSync(path.join(dir, child), "utf8"));
		}
	};
	walk("");
	return files;
}

describe("npm run vault -- PATH", () => {
	it("installs, enables and generates into a new folder; running it twice is harmless", () => {
		const parent = makeTempVault();
		dirs.push(parent);
		const dir = path.join(parent, "new vault");
		mkdirSync(path.join(dir, ".obsidian"), { recursive: true });
		writeFileSync(path.join(dir, ".obsidian/community-plugins.json"), JSON.stringify(["dataview"]));

		const output = runVaultScript(dir);
		expect(output).toContain("Created 50, updated 0, unchanged 0");
		for (const file of ["main.js", "manifest.json", "styles.css"]) {
			expect(existsSync(path.join(dir, ".obsidian/plugins/learning-roadmap", file)), file).toBe(true);
		}
		expect(JSON.parse(readFileSync(path.join(dir, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["dataview", "learning-roadmap"]);
		expect(existsSync(path.join(dir, "Learning Roadmap/Roadmap overview.md"))).toBe(true);

		const first = snapshot(dir);
		expect(runVaultScript(dir)).toContain("Created 0, updated 0, unchanged 50");
		expect(snapshot(dir)).toEqual(first);
	});
});
