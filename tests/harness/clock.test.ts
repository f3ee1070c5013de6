/**
 * The harness's virtual clock: what the plugin reads as the time and every timer it sets move only
 * when a test moves them, so a test gives the same result on a fast machine and a loaded one.
 */
import { afterEach, describe, expect, it } from "vitest";
import { clock, virtualTimeInstalled } from "./clock";
import { installDom } from "./dom";
import { takeHandlerErrors } from "./handler-errors";

const win = installDom() as unknown as Window & typeof globalThis;
const ORIGINAL_TZ = process.env.TZ;

afterEach(() => {
	if (ORIGINAL_TZ === undefined) delete process.env.TZ;
	else process.env.TZ = ORIGINAL_TZ;
});

describe("the virtual clock", () => {
	it("is what Date, performance.now and the window's timers answer to in tests", () => {
		expect(virtualTimeInstalled()).toBe(true);
		clock.setSystemTime("2026-03-01T10:00:00Z");
		const perf = performance.now();
		expect(Date.now()).toBe(Date.parse("2026-03-01T10:00:00Z"));
		expect(new Date().toISOString()).toBe("2026-03-01T10:00:00.000Z");
		expect(new win.Date().getTime()).toBe(Date.parse("2026-03-01T10:00:00Z"));
		expect(new Date(2020, 0, 2).getFullYear()).toBe(2020);
		expect(new Date() instanceof Date).toBe(true);
		expect(typeof Date()).toBe("string");
		// No time passes while the test works, however long that takes.
		for (let i = 0; i < 1e6; i++) Math.sqrt(i);
		expect(Date.now()).toBe(Date.parse("2026-03-01T10:00:00Z"));
		expect(performance.now()).toBe(perf);
	});

	it("fires timers in the order they are due, as far as it is advanced, with their arguments", async () => {
		const fired: string[] = [];
		setTimeout((what: string) => fired.push(what), 150, "debounced render");
		win.setTimeout(() => fired.push("save"), 100);
		win.requestAnimationFrame(() => fired.push("frame"));
		const cancelled = setTimeout(() => fired.push("cancelled"), 50);
		clearTimeout(cancelled);
		await clock.advance(120);
		expect(fired).toEqual(["frame", "save"]);
		await clock.advance(30);
		expect(fired).toEqual(["frame", "save", "debounced render"]);
	});

	it("runs until quiet: promises and timers that set more timers, but not the intervals that are always there", async () => {
		const start = Date.now();
		let ticks = 0;
		const interval = win.setInterval(() => ticks++, 60_000);
		const steps: number[] = [];
		setTimeout(() => {
			void Promise.resolve().then(() => {
				steps.push(Date.now() - start);
				setTimeout(() => steps.push(Date.now() - start), 150);
			});
		}, 100);
		await clock.runUntilQuiet();
		expect(steps).toEqual([100, 250]);
		expect(Date.now() - start).toBe(250);
		expect(ticks).toBe(0);
		await clock.advance(120_000);
		expect(ticks).toBe(2);
		win.clearInterval(interval);
	});

	it("waits for tracked I/O before moving time", async () => {
		const order: string[] = [];
		let finish = (): void => undefined;
		void clock.track(new Promise<void>((resolve) => (finish = resolve))).then(() => order.push("write done"));
		setTimeout(() => order.push("timer"), 10);
		const advancing = clock.advance(10);
		await new Promise((resolve) => setImmediate(resolve));
		expect(order).toEqual([]);
		finish();
		await advancing;
		expect(order).toEqual(["write done", "timer"]);
	});

	it("crosses midnight, a month's end and a DST change when set or advanced", async () => {
		process.env.TZ = "Europe/Paris";
		clock.setSystemTime("2026-03-31T23:59:00+02:00");
		expect(new Date().getDate()).toBe(31);
		await clock.advance(60_000);
		expect([new Date().getMonth(), new Date().getDate(), new Date().getHours()]).toEqual([3, 1, 0]);
		// The night the clocks go back: 02:59 summer time, then 02:00 winter time an hour later.
		clock.setSystemTime("2026-10-25T02:59:00+02:00");
		await clock.advance(60 * 60_000);
		expect([new Date().getHours(), new Date().getMinutes(), new Date().getTimezoneOffset()]).toEqual([2, 59, -60]);
	});

	it("setting the time keeps each timer's remaining delay", async () => {
		const fired: number[] = [];
		setTimeout(() => fired.push(Date.now()), 1000);
		clock.setSystemTime("2027-01-01T00:00:00Z");
		await clock.advance(999);
		expect(fired).toEqual([]);
		await clock.advance(1);
		expect(fired).toEqual([Date.parse("2027-01-01T00:00:01Z")]);
	});

	it("says so when it never gets quiet, and a throwing timer fails the test", async () => {
		const again = (): void => {
			setTimeout(again, 1000);
		};
		again();
		await expect(clock.runUntilQuiet()).rejects.toThrow(/never got quiet/);
		clock.reset();
		setTimeout(() => {
			throw new Error("timer failed");
		}, 5);
		await clock.advance(5);
		expect(takeHandlerErrors().map((e) => (e.error as Error).message)).toEqual(["timer failed"]);
	});
});
