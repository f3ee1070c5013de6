/**
 * `npm run update-golden`: rewrites tests/core/notes/golden/ from what the code renders now (and removes
 * golden files nothing renders any more). The only writer of golden files: `npm test` only compares.
 * Review the diff before committing it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { GOLDEN_DIR, goldenNotes } from "../tests/core/notes/golden-notes";

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? filesUnder(full) : [relative(GOLDEN_DIR, full)];
	});
}

const golden = goldenNotes();
let written = 0;
let removed = 0;
for (const [name, text] of Object.entries(golden)) {
	const file = join(GOLDEN_DIR, name);
	if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`wrote ${relative(process.cwd(), file)}`);
	written++;
}
for (const name of filesUnder(GOLDEN_DIR)) {
	if (name in golden) continue;
	rmSync(join(GOLDEN_DIR, name));
	console.log(`removed ${name}`);
	removed++;
}
console.log(`${Object.keys(golden).length} golden files: ${written} written, ${removed} removed. Review the diff (git diff tests/core/notes/golden) before committing.`);
