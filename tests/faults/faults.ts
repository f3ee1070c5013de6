/**
 * What every fault case checks, whatever went wrong: nothing the learner wrote is lost, the
 * learner is told in plain words, and the plugin goes quiet (no write after the vault settles).
 */
import { expect } from "vitest";
import { clock } from "../harness/clock";
import type { LearnerVault } from "../plugin/built-plugin";

/** Every line of `before` is still in the note (the learner's words and ticks), in the same order. */
export function expectLinesKept(v: LearnerVault, path: string, before: string): void {
	const now = v.read(path).replace(/\r\n/g, "\n").split("\n");
	let at = 0;
	for (const line of before.replace(/\r\n/g, "\n").split("\n")) {
		const found = now.indexOf(line, at);
		// a ✅ date may have been appended to a ticked line; the words before it stay
		const stamped = found === -1 ? now.findIndex((l, i) => i >= at && l.startsWith(line) && /✅ \d{4}-\d{2}-\d{2}$/u.test(l)) : found;
		expect(stamped, `"${line}" lost from ${path}`).toBeGreaterThanOrEqual(0);
		at = stamped + 1;
	}
}

/** The plugin writes nothing more once the vault has settled: no loop, no late write. */
export async function expectQuiet(v: LearnerVault): Promise<void> {
	await v.settle();
	const writes = v.app.vault.totalWrites;
	// Five seconds of virtual time: past every debounce and retry the plugin has.
	await clock.advance(5_000);
	await v.settle();
	expect(v.app.vault.totalWrites, "the plugin kept writing after the vault settled").toBe(writes);
}

/** A notice says it in plain words: a sentence, no stack trace, no `[object Object]`, no `undefined`. */
export function expectPlainWords(message: string | undefined): void {
	expect(message, "the learner was told nothing").toBeTruthy();
	expect(message).not.toMatch(/\bat .+:\d+:\d+\)|\[object Object\]|\bundefined\b|\bnull\b|TypeError|RangeError|ENOENT|EISDIR/u);
}

/** A small valid roadmap as JSON (which is YAML too), to be bent into a hostile one. */
export function smallRoadmap(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		id: "faults",
		title: "Fault Roadmap",
		phases: [
			{
				number: 1,
				title: "Basics",
				duration: "1 week",
				level: "Beginner",
				sections: [{ id: "1.1", title: "Start", topics: ["First topic", "Second topic"] }],
				projects: [{ id: "1.1", title: "Hello", description: "Say hello", parts: [{ heading: "Tasks", checklist: true, items: ["Write it", "Run it"] }] }],
			},
		],
		...overrides,
	};
}

export const FAULT_FILE = "Roadmaps/faults.yaml";
/** Settings that track only the fault roadmap file. */
export const ONLY_FAULT_FILE = { builtInRoadmap: false, roadmapFiles: [FAULT_FILE] };
