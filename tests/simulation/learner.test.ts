/**
 * The simulated learner: random sequences of what a learner and their devices do, run against the BUILT
 * plugin, every invariant checked after every step (docs/simulation.md). A failure prints the seed and
 * the shrunk steps; `npm run simulate -- --seed S --path P` replays it.
 */
import fc from "fast-check";
import { afterEach, describe, it, vi } from "vitest";
import { EDITOR_ACTIONS, type Real } from "./actions";
import { installClock, settle, uninstallClock, whileTimePasses } from "./clock";
import { DEVICE_ACTIONS } from "./devices";
import { checkInvariants, readNote } from "./invariants";
import { openLearnerApp, type LearnerApp } from "./learner-app";
import { initialModel, type Model } from "./model";

const RUNS = Number(process.env.SIMULATE_RUNS ?? 100);
/** `npm test` always takes the same sequences (so the mutation check is repeatable); `npm run simulate` picks new ones. */
const FIXED_SEED = 20261207;
const SEED = Number(process.env.SIMULATE_SEED ?? FIXED_SEED);
const PATH = process.env.SIMULATE_PATH;
/** The `replayPath` fast-check prints beside a failing sequence: which of its steps shrinking kept. */
const REPLAY = process.env.SIMULATE_REPLAY;
const STEPS = Number(process.env.SIMULATE_STEPS ?? 10);

/** Where each run starts: the week a clock changes and a month ends, in zones with summer time. */
const STARTS = [
	{ zone: "Europe/Paris", at: "2026-10-24T21:00:00+02:00" },
	{ zone: "Europe/Paris", at: "2026-03-27T20:00:00+01:00" },
	{ zone: "America/Los_Angeles", at: "2026-10-30T22:30:00-07:00" },
	{ zone: "Australia/Sydney", at: "2026-03-31T23:00:00+11:00" },
];

/** The roadmap's notes as generated, once: each run starts from them. */
let generated: Record<string, string> | undefined;
async function generatedFiles(): Promise<Record<string, string>> {
	if (!generated) {
		installClock("UTC", new Date("2026-01-01T09:00:00Z"));
		const learner = await openLearnerApp({});
		try {
			await whileTimePasses(learner.app.commands.runCommand("learning-roadmap:generate-roadmap"));
			await settle(learner.app);
			generated = Object.fromEntries(learner.app.vault.getFiles().map((f) => [f.path, readNote(learner.dir, f.path)]));
		} finally {
			learner.close();
			uninstallClock();
		}
	}
	return { ...generated };
}

let open: LearnerApp | undefined;
afterEach(() => {
	open?.close();
	open = undefined;
	uninstallClock();
	vi.unstubAllGlobals();
});

describe("a simulated learner", () => {
	it(`keeps every tick, date, word, property, bar and streak right through ${RUNS} random sequences of a learner's days`, async () => {
		const files = await generatedFiles();
		const actions = [...EDITOR_ACTIONS, ...DEVICE_ACTIONS];
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...STARTS), fc.boolean(), fc.commands(actions, { maxCommands: STEPS, replayPath: REPLAY }), async (start, viewOpen, commands) => {
				open?.close();
				uninstallClock();
				installClock(start.zone, new Date(start.at));
				vi.stubGlobal("navigator", { clipboard: { writeText: async () => undefined } });
				const learner = await openLearnerApp(files);
				open = learner;
				const model: Model = { ...initialModel(), progressViewOpen: viewOpen };
				// The progress view redraws on every change, the costliest part of a step: open in half the runs.
				if (viewOpen) await whileTimePasses(learner.app.commands.runCommand("learning-roadmap:open-progress"));
				await settle(learner.app);
				const real: Real = { learner };
				checkInvariants(learner.app, learner.dir, model);
				await fc.asyncModelRun(() => ({ model, real }), commands);
				// Whatever happened, the learner ends by looking at the progress view.
				if (!model.progressViewOpen) {
					await whileTimePasses(learner.app.commands.runCommand("learning-roadmap:open-progress"));
					await settle(learner.app);
					model.progressViewOpen = true;
					checkInvariants(learner.app, learner.dir, model);
				}
				learner.close();
				open = undefined;
			}),
			{ numRuns: RUNS, seed: SEED, path: PATH, endOnFailure: PATH !== undefined, verbose: 1 },
		);
		console.log(`simulated ${RUNS} runs, seed ${SEED}`);
	}, RUNS * 10_000);
});
