import { afterEach, describe, expect, it } from "vitest";
import { localDateString } from "../../../src/core/dates/calendar-dates";

describe("today's date", () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it("is the local date, not the UTC one", () => {
		process.env.TZ = "America/Los_Angeles";
		expect(localDateString(new Date("2026-12-01T07:30:00Z"))).toBe("2026-11-30");
		process.env.TZ = "Europe/Paris";
		expect(localDateString(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01");
	});
});
