/**
 * `npm run mutate` (not part of `npm test`): plants each bug of scripts/mutants.ts, one at a time, in a
 * temporary copy of the repository (your working tree is never touched), runs the tests that should
 * catch it, and reports caught or missed. First it runs those tests without any bug: they must pass.
 *
 *   npm run mutate                       every mutant
 *   npm run mutate -- review-unticked    only the mutants named
 *   npm run mutate -- --keep             keep the temporary copy (its path is printed)
 *
 * Exits 1 when a mutant is missed or can no longer be planted (its `find` text is gone).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MUTANTS, type Mutant } from "./mutants";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const wanted = args.filter((a) => !a.startsWith("--"));
const unknown = wanted.filter((id) => !MUTANTS.some((m) => m.id === id));
if (unknown.length > 0) {
	console.error(`Unknown mutant(s): ${unknown.join(", ")}. Known: ${MUTANTS.map((m) => m.id).join(", ")}`);
	process.exit(2);
}
const mutants = wanted.length > 0 ? MUTANTS.filter((m) => wanted.includes(m.id)) : MUTANTS;
if (new Set(MUTANTS.map((m) => m.id)).size !== MUTANTS.length) throw new Error("two mutants share an id");

function run(command: string, argv: string[], cwd: string): { status: number; output: string } {
	const out = spawnSync(command, argv, {
		cwd,
		encoding: "utf8",
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
	});
	return { status: out.status ?? 1, output: `${out.stdout ?? ""}${out.stderr ?? ""}` };
}

/** A copy of the working tree (tracked and new unignored files, as they are now) with node_modules linked. */
function copyRepository(): { root: string; repo: string } {
	const root = mkdtempSync(join(tmpdir(), "lr-mutate-"));
	const repo = join(root, "repo");
	const listed = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO);
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.output}`);
	for (const file of new Set(listed.output.split("\0").filter(Boolean))) {
		const from = join(REPO, file);
		if (!existsSync(from)) continue; // deleted in the working tree
		mkdirSync(dirname(join(repo, file)), { recursive: true });
		copyFileSync(from, join(repo, file));
	}
	symlinkSync(join(REPO, "node_modules"), join(repo, "node_modules"), "dir");
	// ../shared (captures, roadmap source) as the tests find it beside the repository
	const shared = resolve(REPO, "../shared");
	if (existsSync(shared)) symlinkSync(shared, join(root, "shared"), "dir");
	return { root, repo };
}

// Tests that load the built main.js: the mutant must be built into it.
const needsBuild = (tests: string[]): boolean => tests.some((t) => ["tests/plugin/", "tests/scripts/", "tests/simulation/"].some((dir) => t.startsWith(dir)));

function build(repo: string): void {
	const out = run(process.execPath, ["esbuild.config.mjs", "production"], repo);
	if (out.status !== 0) throw new Error(`build failed:\n${out.output}`);
}

function vitest(repo: string, tests: string[]): { status: number; output: string } {
	return run(process.execPath, [join(repo, "node_modules/vitest/vitest.mjs"), "run", ...tests], repo);
}

/** The names of the failing tests in vitest's output. */
function failures(output: string): string[] {
	return [...new Set(output.split("\n").filter((l) => /^\s*FAIL\s/.test(l)).map((l) => l.replace(/^\s*FAIL\s+/, "").trim()))];
}

type Outcome = { mutant: Mutant; result: "caught" | "missed" | "invalid"; detail: string; seconds: number };

function tryMutant(repo: string, mutant: Mutant): Outcome {
	const started = Date.now();
	const done = (result: Outcome["result"], detail: string): Outcome => ({ mutant, result, detail, seconds: (Date.now() - started) / 1000 });
	const path = join(repo, mutant.file);
	if (!existsSync(path)) return done("invalid", `${mutant.file} does not exist`);
	const original = readFileSync(path, "utf8");
	const count = original.split(mutant.find).length - 1;
	if (count !== 1) return done("invalid", `the text to replace occurs ${count} times in ${mutant.file} (must be once): update the mutant`);
	try {
		writeFileSync(path, original.replace(mutant.find, () => mutant.replace));
		if (needsBuild(mutant.tests)) {
			try {
				build(repo);
			} catch (e) {
				return done("invalid", e instanceof Error ? e.message.split("\n").slice(0, 6).join("\n") : String(e));
			}
		}
		const out = vitest(repo, mutant.tests);
		if (out.status === 0) return done("missed", `${mutant.tests.join(", ")} all passed`);
		const failed = failures(out.output);
		if (failed.length === 0) return done("invalid", `vitest failed without a failing test:\n${out.output.slice(-1500)}`);
		return done("caught", `${failed.length} failing, e.g. ${failed[0]}`);
	} finally {
		writeFileSync(path, original); // the copy is thrown away anyway; restored so the next mutant starts clean
		if (needsBuild(mutant.tests)) build(repo);
	}
}

const { root, repo } = copyRepository();
console.log(`Mutation run in ${repo} (${mutants.length} mutants)`);
let exitCode = 0;
try {
	const allTests = [...new Set(mutants.flatMap((m) => m.tests))].sort();
	const missingTests = allTests.filter((t) => !existsSync(join(repo, t)));
	if (missingTests.length > 0) throw new Error(`test files named by mutants do not exist: ${missingTests.join(", ")}`);
	build(repo);
	process.stdout.write(`Baseline: ${allTests.length} test files without any bug… `);
	const baseline = vitest(repo, allTests);
	if (baseline.status !== 0) {
		console.log("FAILED");
		console.error(`The tests fail without any mutant, so a mutant's failure would prove nothing:\n${failures(baseline.output).join("\n")}\n${baseline.output.slice(-3000)}`);
		process.exit(1);
	}
	console.log("pass");

	const outcomes: Outcome[] = [];
	for (const mutant of mutants) {
		process.stdout.write(`${mutant.id}… `);
		const outcome = tryMutant(repo, mutant);
		outcomes.push(outcome);
		console.log(`${outcome.result.toUpperCase()} (${outcome.seconds.toFixed(0)} s): ${outcome.detail}`);
	}

	console.log("\n| mutant | rule | result |\n|---|---|---|");
	for (const o of outcomes) console.log(`| ${o.mutant.id} | ${o.mutant.description} | ${o.result} |`);
	const caught = outcomes.filter((o) => o.result === "caught").length;
	const missed = outcomes.filter((o) => o.result === "missed");
	const invalid = outcomes.filter((o) => o.result === "invalid");
	console.log(`\n${caught}/${outcomes.length} mutants caught, ${missed.length} missed, ${invalid.length} could not be planted`);
	for (const o of [...missed, ...invalid]) console.log(`  ${o.result}: ${o.mutant.id} (${o.mutant.file}): ${o.detail}`);
	if (missed.length > 0 || invalid.length > 0) exitCode = 1;
} finally {
	if (keep) console.log(`Kept ${root}`);
	else rmSync(root, { recursive: true, force: true });
}
process.exit(exitCode);
