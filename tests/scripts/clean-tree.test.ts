/**
 * `npm test` runs inside scripts/clean-tree.ts, which fails when the command changed the working tree.
 * Checked on a throw-away git repository: uncommitted edits made before the run are not a change.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const TSX = path.resolve(__dirname, "../../node_modules/tsx/dist/cli.mjs");
const SCRIPT = path.resolve(__dirname, "../../scripts/clean-tree.ts");
let repo: string;

function git(...args: string[]): void {
	const out = spawnSync("git", ["-c", "user.email=t@example.test", "-c", "user.name=Test", ...args], { cwd: repo, encoding: "utf8" });
	if (out.status !== 0) throw new Error(out.stderr);
}

function cleanTree(command: string): { status: number | null; output: string } {
	const run = spawnSync(process.execPath, [TSX, SCRIPT, command], { cwd: repo, encoding: "utf8" });
	return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeEach(() => {
	repo = mkdtempSync(path.join(tmpdir(), "clean-tree-"));
	git("init", "-q");
	writeFileSync(path.join(repo, "tracked.txt"), "committed\n");
	writeFileSync(path.join(repo, ".gitignore"), "ignored/\n");
	git("add", ".");
	git("commit", "-qm", "start");
	writeFileSync(path.join(repo, "tracked.txt"), "an uncommitted edit\n");
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("the clean-tree check around npm test", () => {
	it("passes a command that writes nothing, even with uncommitted edits in the tree, and keeps its status", () => {
		expect(cleanTree("true")).toMatchObject({ status: 0 });
		expect(cleanTree("mkdir -p ignored && echo x > ignored/out.txt")).toMatchObject({ status: 0 });
		expect(cleanTree("exit 3").status).toBe(3);
	});

	it("fails a command that modifies, deletes or adds a file, naming it", () => {
		const modified = cleanTree("echo changed > tracked.txt");
		expect(modified.status).toBe(1);
		expect(modified.output).toContain("modified: tracked.txt");
		expect(cleanTree("rm tracked.txt").output).toContain("deleted: tracked.txt");
		const created = cleanTree("echo new > stray.png");
		expect(created.status).toBe(1);
		expect(created.output).toContain("created: stray.png");
	});
});
