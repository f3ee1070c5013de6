/**
 * The simulation's only way to let time pass. Every wait (the cache indexing, the editor's save delay,
 * the plugin's debounced renders) and every jump of the calendar goes through here, on the harness's
 * virtual clock: nothing sleeps on the real clock, so a run takes as long as its work, not its delays.
 */
import type { App } from "../harness/app";
import { clock } from "../harness/clock";

/** Longer than every delay of the host and the plugin (save 100 ms, renders 150 ms, history grouping 500 ms). */
const QUIET_MS = 600;
const ORIGINAL_TZ = process.env.TZ;

/** Takes over `Date` and the timers, the process in `timeZone`, the clock at `start`. */
export function installClock(timeZone: string, start: Date): void {
	process.env.TZ = timeZone;
	clock.setSystemTime(start);
}

/** Gives back the process's own time zone (the harness resets its clock after each test). */
export function uninstallClock(): void {
	if (ORIGINAL_TZ === undefined) delete process.env.TZ;
	else process.env.TZ = ORIGINAL_TZ;
}

/** Resolves `promise` while moving the fake clock a millisecond at a time, so its timers can fire. */
export async function whileTimePasses<T>(promise: Promise<T>): Promise<T> {
	let settled = false;
	const watched = promise.finally(() => (settled = true));
	watched.catch(() => undefined);
	for (let step = 0; !settled; step++) {
		if (step > 20_000) throw new Error("Still waiting after 20 s of simulated time");
		await clock.advance(1);
	}
	return watched;
}

/**
 * Lets the host and the plugin finish what a step started: the cache's events, the plugin's writes,
 * the editor's save, the debounced renders. Done when a quiet period wrote nothing.
 */
export async function settle(app: App): Promise<void> {
	for (let round = 0; round < 50; round++) {
		const writes = app.vault.totalWrites;
		await whileTimePasses(app.metadataCache.whenIdle());
		await clock.advance(QUIET_MS);
		await whileTimePasses(app.metadataCache.whenIdle());
		if (app.vault.totalWrites === writes) return;
	}
	throw new Error("The vault never settled: a write loop?");
}

/** How often the plugin looks whether the day has turned (the progress view's Today card and calendar). */
export const DAY_CHECK_MS = 60_000;

/**
 * Moves the calendar to `date`: a jump to a minute before it, then that minute passing timer by timer,
 * so what the plugin does on the minute (a new day in the view) has happened when it gets there.
 */
export async function advanceTo(app: App, date: Date): Promise<void> {
	const from = Date.now();
	const landing = date.getTime() - DAY_CHECK_MS - 1;
	if (landing < from) throw new Error(`The clock only moves forward (${new Date(from).toISOString()} → ${date.toISOString()})`);
	clock.setSystemTime(landing);
	await clock.advance(DAY_CHECK_MS + 1);
	await settle(app);
}

/** Lets a minute pass: the plugin has noticed a new day. */
export async function aMinuteLater(app: App): Promise<void> {
	await clock.advance(DAY_CHECK_MS + 1);
	await settle(app);
}

/** Now, as the plugin sees it. */
export function now(): Date {
	return new Date();
}
