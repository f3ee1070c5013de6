/**
 * `tsx scripts/clean-tree.ts "COMMAND"`: runs COMMAND (through the shell, output as it comes), then fails
 * if it changed the working tree: any tracked file whose content or presence changed, or any new
 * untracked file that .gitignore does not cover. It compares the tree before and after the command, not
 * with the last commit, so it works with uncommitted edits. `npm test` runs inside it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const command = process.argv.slice(2).join(" ");
if (command.trim() === "") {
	console.error('usage: tsx scripts/clean-tree.ts "COMMAND"');
	process.exit(2);
}

function git(args: string[]): string {
	const out = spawnSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
	if (out.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${out.stderr}`);
	return out.stdout;
}

/** Path → content hash (or "missing") of every tracked file, and the untracked files not ignored. */
function snapshot(): { files: Map<string, string>; untracked: Set<string> } {
	const root = git(["rev-parse", "--show-toplevel"]).trim();
	const files = new Map<string, string>();
	for (const path of git(["ls-files", "-z"]).split("\0").filter(Boolean)) {
		const full = join(root, path);
		files.set(path, existsSync(full) ? createHash("sha1").update(readFileSync(full)).digest("hex") : "missing");
	}
	const untracked = new Set(git(["ls-files", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean));
	return { files, untracked };
}

const before = snapshot();
const run = spawnSync(command, { shell: true, stdio: "inherit" });
const status = run.status ?? 1;
const after = snapshot();

const changed: string[] = [];
for (const [path, hash] of before.files) {
	const now = after.files.get(path);
	if (now !== hash) changed.push(`${now === "missing" || now === undefined ? "deleted" : hash === "missing" ? "restored" : "modified"}: ${path}`);
}
for (const path of after.untracked) if (!before.untracked.has(path)) changed.push(`created: ${path}`);

if (changed.length > 0) {
	console.error(`\nThe working tree changed while running "${command}" (tests must not write tracked files):`);
	for (const line of changed) console.error(`  ${line}`);
	console.error("Golden files and screenshots are written only by npm run update-golden and npm run screenshots.");
	process.exit(status === 0 ? 1 : status);
}
console.log(`\nWorking tree unchanged (${before.files.size} tracked files checked).`);
process.exit(status);
