/**
 * `npm run simulate` (builds first): the simulated learner (tests/simulation/learner.test.ts) for as
 * many runs as asked, against the built main.js. `npm test` runs it with a fixed budget; this runs more.
 *
 *   npm run simulate                              100 runs, a new seed
 *   npm run simulate -- --runs 1000               more runs
 *   npm run simulate -- --seed 42                 the runs of seed 42 again
 *   npm run simulate -- --seed 42 --path "3:1:0" --replay "BAA:F"
 *                                                 replays one failure: the seed, path and replayPath it printed
 *   npm run simulate -- --steps 20                longer sequences (default 10)
 *
 * The last line printed is the seed (and the outcome), so a run can always be repeated.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const args = process.argv.slice(2);

function option(name: string): string | undefined {
	const at = args.indexOf(`--${name}`);
	if (at < 0) return undefined;
	const value = args[at + 1];
	if (value === undefined || value.startsWith("--")) {
		console.error(`--${name} needs a value`);
		process.exit(2);
	}
	return value;
}

function integer(name: string, fallback: number): number {
	const text = option(name);
	const value = text === undefined ? fallback : Number(text);
	if (!Number.isInteger(value)) {
		console.error(`--${name} must be a whole number, not "${text}"`);
		process.exit(2);
	}
	return value;
}

const runs = integer("runs", 100);
const steps = integer("steps", 10);
// fast-check takes a 32-bit seed.
const seed = integer("seed", (Date.now() ^ Math.floor(Math.random() * 0x100000000)) | 0);
const path = option("path");
const replay = option("replay");

const started = Date.now();
const env: Record<string, string | undefined> = { ...process.env, SIMULATE_RUNS: String(runs), SIMULATE_SEED: String(seed), SIMULATE_STEPS: String(steps) };
if (path !== undefined) env.SIMULATE_PATH = path;
if (replay !== undefined) env.SIMULATE_REPLAY = replay;
const out = spawnSync(process.execPath, [resolve(REPO, "node_modules/vitest/vitest.mjs"), "run", "tests/simulation/learner.test.ts"], { cwd: REPO, env, stdio: "inherit" });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const outcome = out.status === 0 ? `no failure in ${runs} runs` : "FAILED (the seed and shrunk steps are above)";
console.log(`simulate: ${outcome}, ${steps} steps at most, ${seconds} s${path === undefined ? "" : `, path ${path}`}, seed ${seed}`);
process.exit(out.status ?? 1);
