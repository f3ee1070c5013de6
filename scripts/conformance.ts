/**
 * `tsx scripts/conformance.ts [DIR]`: compare the test harness's metadata cache with captures from real Obsidian.
 * DIR defaults to the shared captures folder beside the checkout. Prints one line per failing capture, then
 * `N/M files match` as the last line; exits 1 on any mismatch (or when the folder is missing).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkCaptureFolder } from "../tests/harness/conformance";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, "../../shared/fixtures/obsidian-cache"));

if (!existsSync(dir)) {
	console.log(`capture folder not found: ${dir}`);
	console.log("0/0 files match");
	process.exit(1);
}

const results = checkCaptureFolder(dir);
for (const r of results) {
	if (!r.ok) console.log(`${r.file}: ${r.differences.join("; ")}`);
}
const matching = results.filter((r) => r.ok).length;
console.log(`${matching}/${results.length} files match`);
process.exit(matching === results.length && results.length > 0 ? 0 : 1);
