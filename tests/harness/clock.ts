/**
 * Virtual time for the fake host. Under vitest (tests/harness/setup.ts asks for it) importing the
 * harness installs it; scripts that borrow the harness (the bench, the screenshots) keep real time.
 * Once installed, everything the plugin uses to read or wait for time answers to one clock that only moves when a test
 * (or the harness on its behalf) moves it: `Date`, `Date.now()`, `performance.now()`, and the timers on
 * `globalThis` and on the happy-dom window (`setTimeout`, `setInterval`, `requestAnimationFrame`,
 * `requestIdleCallback`). Obsidian's `debounce`, `registerInterval`, the editor's save delay and the
 * cache's indexing delay all sit on these, so no test waits on the real clock and no result depends on
 * how fast the machine is.
 *
 * What stays real is the event loop: promises, and any real I/O a harness operation registers with
 * `clock.track()`. `runUntilQuiet()` interleaves the two: it lets every promise and tracked operation
 * finish, then moves time to the next timer, and stops when neither is left (intervals do not count: a
 * plugin's 60-second tick is always there). See docs/testing.md.
 */
import { reportHandlerError } from "./handler-errors";

type Callback = (...args: unknown[]) => void;

type TimerKind = "timeout" | "interval" | "frame" | "idle";

interface Timer {
	id: number;
	/** Virtual instant it fires at. */
	at: number;
	/** Creation order, so timers due at the same instant fire in the order they were set. */
	seq: number;
	kind: TimerKind;
	/** Repeat period of an interval. */
	every: number;
	run: () => void;
}

const NativeDate = Date;
const realPerformanceNow = performance.now.bind(performance);
// Captured before anything can replace them: the clock's own way of letting the real event loop turn.
const realSetImmediate = globalThis.setImmediate;

/** One turn of the real event loop: every promise reaction queued so far has run when it resolves. */
const realTurn = (): Promise<void> => new Promise((resolve) => realSetImmediate(() => resolve()));

/** A frame is drawn every 16 ms of virtual time, on a fixed grid as a display's refresh is. */
const FRAME_MS = 16;
/** How long an idle callback waits: the browser runs it in the first idle period, here right after a frame. */
const IDLE_MS = 1;
/** What `runUntilQuiet` tolerates before calling it a loop. */
const QUIET_LIMIT = { virtualMs: 60 * 60 * 1000, timers: 10_000 };

export class VirtualClock {
	private nowMs = NativeDate.now();
	private readonly perfOrigin = realPerformanceNow() - this.nowMs;
	private readonly timers = new Map<number, Timer>();
	private nextId = 1;
	private seq = 0;
	private readonly io = new Set<Promise<unknown>>();

	/** The virtual wall-clock time, in milliseconds since the epoch (what `Date.now()` returns). */
	now(): number {
		return this.nowMs;
	}

	/** What `performance.now()` returns: it moves with the virtual clock. */
	performanceNow(): number {
		return this.perfOrigin + this.nowMs;
	}

	/**
	 * Sets the wall clock to `instant` without running any timer: the machine's clock was changed, or a
	 * test starts on a given day. Timers keep their remaining delay. To let time pass (and timers fire)
	 * up to an instant, use `advanceTo`.
	 */
	setSystemTime(instant: Date | number | string): void {
		const to = new NativeDate(instant).getTime();
		if (Number.isNaN(to)) throw new Error(`clock.setSystemTime: not a date: ${String(instant)}`);
		const shift = to - this.nowMs;
		for (const timer of this.timers.values()) timer.at += shift;
		this.nowMs = to;
	}

	/** Lets `ms` of virtual time pass, firing every timer due on the way, in order, promises settling between. */
	async advance(ms: number): Promise<void> {
		await this.advanceTo(this.nowMs + Math.max(0, ms));
	}

	/** Lets virtual time pass up to `instant` (no-op if it is not later), as `advance` does. */
	async advanceTo(instant: Date | number | string): Promise<void> {
		const target = new NativeDate(instant).getTime();
		for (;;) {
			await this.whenIoDone();
			const next = this.nextTimer(() => true);
			if (!next || next.at > target) break;
			this.fire(next);
		}
		if (target > this.nowMs) this.nowMs = target;
		await this.whenIoDone();
	}

	/**
	 * Runs until nothing is pending: no promise reaction, no tracked I/O, no timeout, frame or idle callback
	 * (intervals excepted). Time moves only as far as the last timer that ran. Throws when it never gets
	 * quiet (a timer that sets itself again forever, or more than an hour of virtual time).
	 */
	async runUntilQuiet(): Promise<void> {
		const start = this.nowMs;
		for (let fired = 0; ; fired++) {
			await this.whenIoDone();
			const next = this.nextTimer((t) => t.kind !== "interval");
			if (!next) {
				await realTurn();
				if (this.io.size === 0 && !this.nextTimer((t) => t.kind !== "interval")) return;
				continue;
			}
			if (fired > QUIET_LIMIT.timers || next.at - start > QUIET_LIMIT.virtualMs) {
				throw new Error(`The clock never got quiet: ${this.pendingTimers()} timer(s) still pending after ${fired} ran and ${next.at - start} ms of virtual time (a timer loop?)`);
			}
			await this.advanceTo(next.at);
		}
	}

	/** Registers real asynchronous work (file I/O) that `advance` and `runUntilQuiet` must wait for. */
	track<T>(work: Promise<T>): Promise<T> {
		this.io.add(work);
		const done = (): void => {
			this.io.delete(work);
		};
		work.then(done, done);
		return work;
	}

	/** How many timers are pending (intervals excepted unless asked). */
	pendingTimers(includeIntervals = false): number {
		let n = 0;
		for (const t of this.timers.values()) if (includeIntervals || t.kind !== "interval") n++;
		return n;
	}

	/** Sets the wall clock back to the real time (timers keep their remaining delay). */
	backToRealTime(): void {
		this.setSystemTime(NativeDate.now());
	}

	/** Forgets every pending timer (between tests: one test's leftovers never fire in the next) and goes back to the real time. */
	reset(): void {
		this.timers.clear();
		this.io.clear();
		this.backToRealTime();
	}

	setTimeout(cb: Callback, ms = 0, args: unknown[] = []): number {
		return this.add("timeout", ms, 0, () => cb(...args));
	}

	setInterval(cb: Callback, ms = 0, args: unknown[] = []): number {
		const every = Math.max(1, Number(ms) || 0);
		return this.add("interval", every, every, () => cb(...args));
	}

	requestAnimationFrame(cb: (time: number) => void): number {
		const nextFrame = (Math.floor(this.nowMs / FRAME_MS) + 1) * FRAME_MS;
		return this.add("frame", nextFrame - this.nowMs, 0, () => cb(this.performanceNow()));
	}

	requestIdleCallback(cb: (deadline: { didTimeout: boolean; timeRemaining(): number }) => void): number {
		return this.add("idle", IDLE_MS, 0, () => cb({ didTimeout: false, timeRemaining: () => 50 }));
	}

	clear(id: unknown): void {
		if (typeof id === "number") this.timers.delete(id);
	}

	/** Whether `id` is a pending timer of this clock (a live interval, for instance). */
	has(id: unknown): boolean {
		return typeof id === "number" && this.timers.has(id);
	}

	private add(kind: TimerKind, ms: number, every: number, run: () => void): number {
		const id = this.nextId++;
		const delay = Math.max(0, Number(ms) || 0);
		this.timers.set(id, { id, at: this.nowMs + delay, seq: this.seq++, kind, every, run });
		return id;
	}

	private nextTimer(accept: (t: Timer) => boolean): Timer | undefined {
		let best: Timer | undefined;
		for (const t of this.timers.values()) {
			if (accept(t) && (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq))) best = t;
		}
		return best;
	}

	private fire(timer: Timer): void {
		if (timer.at > this.nowMs) this.nowMs = timer.at;
		if (timer.kind === "interval") {
			timer.at += timer.every;
			timer.seq = this.seq++;
		} else {
			this.timers.delete(timer.id);
		}
		try {
			timer.run();
		} catch (error) {
			// A browser logs an error thrown by a timer and carries on; the harness also fails the test.
			reportHandlerError(`${timer.kind} callback`, error);
		}
	}

	private async whenIoDone(): Promise<void> {
		await realTurn();
		while (this.io.size > 0) {
			await Promise.allSettled([...this.io]);
			await realTurn();
		}
	}
}

/** The one clock of this test process. */
export const clock = new VirtualClock();

let installed = false;
// A flag on globalThis, not in this module: set by vitest's setup file, never inherited by a child process.
const WANTED = Symbol.for("learning-roadmap.harness.virtual-time");

/** Asks for virtual time: the harness installs it as it installs the DOM (tests/harness/setup.ts calls this). */
export function wantVirtualTime(): void {
	(globalThis as Record<symbol, unknown>)[WANTED] = true;
}

/** Whether virtual time was asked for in this process. */
export function virtualTimeWanted(): boolean {
	return (globalThis as Record<symbol, unknown>)[WANTED] === true;
}

/** Whether the virtual clock has replaced the real one in this process. */
export function virtualTimeInstalled(): boolean {
	return installed;
}

/**
 * Lets the tasks due now run: with virtual time, every timer due at this instant (no time passes);
 * with real time, one turn of the event loop.
 */
export async function nextTask(): Promise<void> {
	if (installed) await clock.advance(0);
	else await new Promise((resolve) => globalThis.setTimeout(resolve, 0));
}

/** A `Date` that reads the virtual clock when asked for "now", and is the real `Date` otherwise. */
function makeVirtualDate(): DateConstructor {
	function VirtualDate(this: unknown, ...args: unknown[]): unknown {
		if (!new.target) return new NativeDate(clock.now()).toString();
		if (args.length === 0) return new NativeDate(clock.now());
		return new (NativeDate as unknown as new (...a: unknown[]) => Date)(...args);
	}
	VirtualDate.prototype = NativeDate.prototype;
	VirtualDate.now = () => clock.now();
	VirtualDate.UTC = NativeDate.UTC;
	VirtualDate.parse = NativeDate.parse;
	return VirtualDate as unknown as DateConstructor;
}

/** Replaces the clock and timers of `globalThis` and of `windows` with the virtual ones. Idempotent for globalThis. */
export function installVirtualTime(...windows: object[]): void {
	const targets: Record<string, unknown>[] = [...(installed ? [] : [globalThis as unknown as Record<string, unknown>]), ...(windows as Record<string, unknown>[])];
	installed = true;
	const VirtualDate = makeVirtualDate();
	for (const t of targets) {
		t.Date = VirtualDate;
		t.setTimeout = (cb: Callback, ms?: number, ...args: unknown[]) => clock.setTimeout(cb, ms, args);
		t.clearTimeout = (id: unknown) => clock.clear(id);
		t.setInterval = (cb: Callback, ms?: number, ...args: unknown[]) => clock.setInterval(cb, ms, args);
		t.clearInterval = (id: unknown) => clock.clear(id);
		t.requestAnimationFrame = (cb: (time: number) => void) => clock.requestAnimationFrame(cb);
		t.cancelAnimationFrame = (id: unknown) => clock.clear(id);
		t.requestIdleCallback = (cb: Parameters<VirtualClock["requestIdleCallback"]>[0]) => clock.requestIdleCallback(cb);
		t.cancelIdleCallback = (id: unknown) => clock.clear(id);
		const perf = t.performance as { now?: () => number } | undefined;
		if (perf) {
			try {
				Object.defineProperty(perf, "now", { value: () => clock.performanceNow(), configurable: true, writable: true });
			} catch {
				// A performance object that refuses it keeps real time; the plugin reads Date.
			}
		}
	}
}
