/**
 * `npm run api-table`: rewrite docs/release.md's table of the Obsidian APIs src/ uses and the Obsidian version
 * each needs (tests/release/min-app-version.test.ts fails while it is stale). Prints the newest version.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { newestApi } from "./api-since";
import { apiTableFor, projectApiUses, readApiTable, REPO_ROOT, writeApiTable } from "./release-project";

const readmePath = path.join(REPO_ROOT, "docs/release.md");
const readme = readFileSync(readmePath, "utf8");
const uses = projectApiUses();
const table = apiTableFor(uses);
if (readApiTable(readme) === table) console.log("docs/release.md's API table is up to date");
else {
	writeFileSync(readmePath, writeApiTable(readme, table));
	console.log("docs/release.md's API table rewritten");
}
const newest = newestApi(uses);
console.log(newest ? `newest API used: ${newest.since} (${newest.apis.join(", ")})` : "no API used carries a @since tag");
