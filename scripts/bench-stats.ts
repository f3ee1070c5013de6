/** Timing and reporting helpers for the benchmark: medians after warm-up, and the markdown table. */

/** The median of some samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Chromium ticks timed per opening timed: a throttled page runs in slices, so one tick's time spreads
 * widely (a quarter of the phone's ticks take under 0.8× the median, a quarter over 1.2×), and a
 * median of a few dozen moves by a millisecond between runs. A tick costs milliseconds, an opening a frame.
 */
export const TICKS_PER_OPENING = 5;

/** Runs `task` `warmup` times untimed, then `runs` times timed with `performance.now()`; returns the samples in ms. */
export async function sample(warmup: number, runs: number, task: () => unknown): Promise<number[]> {
	for (let i = 0; i < warmup; i++) await task();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await task();
		samples.push(performance.now() - start);
	}
	return samples;
}

/** One row of the results table. */
export interface ResultRow {
	what: string;
	/** Which vault it was measured on, e.g. `20,000 notes`, or `all sizes`. */
	vault: string;
	figure: string;
	budget: string;
	/** undefined: no budget, reported only. */
	pass: boolean | undefined;
}

/** A markdown table: one row per measure and vault size, with its budget and pass/fail. */
export function markdownTable(rows: readonly ResultRow[]): string {
	const lines = ["| Measure | Vault | Figure | Budget | Result |", "|---|---:|---:|---:|---|"];
	for (const row of rows) {
		const result = row.pass === undefined ? "—" : row.pass ? "pass" : "**FAIL**";
		lines.push(`| ${[row.what, row.vault, row.figure, row.budget, result].join(" | ")} |`);
	}
	return lines.join("\n");
}

/** `20,000 notes`. */
export function notes(count: number): string {
	return `${count.toLocaleString("en-US")} notes`;
}

/** Milliseconds with a precision that suits their size. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return "n/a";
	if (value < 1) return `${value.toFixed(3)} ms`;
	if (value < 10) return `${value.toFixed(2)} ms`;
	return `${value.toFixed(1)} ms`;
}
