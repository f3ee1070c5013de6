/** Where the browser is looked for: one variable, else the usual places of each platform. */
import { describe, expect, it } from "vitest";
import { chromiumCandidates, chromiumPath } from "./chromium";

const nowhere = (): boolean => false;

describe("the browser's path", () => {
	it("is LR_CHROMIUM when it is set, on every platform", () => {
		for (const platform of ["linux", "darwin", "win32"]) {
			expect(chromiumPath({ LR_CHROMIUM: "/opt/my/chrome" }, platform, nowhere)).toBe("/opt/my/chrome");
		}
	});

	it("is the first usual place that exists", () => {
		const exists = (p: string) => p === "/usr/bin/google-chrome";
		expect(chromiumPath({}, "linux", exists)).toBe("/usr/bin/google-chrome");
	});

	it("names the most likely place when none exists", () => {
		expect(chromiumPath({}, "linux", nowhere)).toBe("/usr/bin/chromium");
		expect(chromiumPath({ HOME: "/Users/ada" }, "darwin", nowhere)).toBe("/Applications/Chromium.app/Contents/MacOS/Chromium");
		expect(chromiumPath({ PROGRAMFILES: "C:\\Program Files" }, "win32", nowhere)).toBe("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");
	});

	it("knows Chrome's and Chromium's usual places on Linux, macOS and Windows", () => {
		expect(chromiumCandidates("linux", {})).toEqual(expect.arrayContaining(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]));
		expect(chromiumCandidates("darwin", { HOME: "/Users/ada" })).toEqual(
			expect.arrayContaining(["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium"]),
		);
		expect(chromiumCandidates("win32", { LOCALAPPDATA: "C:\\Users\\ada\\AppData\\Local" })).toContain("C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe");
	});
});
