/**
 * Where the browser tests and the screenshot and bench scripts find the browser they drive: the path in
 * `LR_CHROMIUM` when it is set, else the first of this platform's usual places that exists (Chromium or
 * Google Chrome; any Chromium-based browser playwright-core can drive will do), else the first of them,
 * which the skip note then names.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** The one variable that says where the browser is. */
export const CHROMIUM_VARIABLE = "LR_CHROMIUM";

type Env = Record<string, string | undefined>;

/** The usual places of Chromium or Chrome on `platform` (`process.platform`), most likely first. */
export function chromiumCandidates(platform: string = process.platform, env: Env = process.env): string[] {
	if (platform === "darwin") {
		const apps = ["/Applications", path.posix.join(env.HOME ?? "~", "Applications")];
		return apps.flatMap((dir) => [`${dir}/Chromium.app/Contents/MacOS/Chromium`, `${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`]);
	}
	if (platform === "win32") {
		const roots = [env.PROGRAMFILES ?? "C:\\Program Files", env["PROGRAMFILES(X86)"] ?? "C:\\Program Files (x86)", env.LOCALAPPDATA].filter((r): r is string => !!r);
		return [
			...roots.map((root) => path.win32.join(root, "Google\\Chrome\\Application\\chrome.exe")),
			...roots.map((root) => path.win32.join(root, "Chromium\\Application\\chrome.exe")),
		];
	}
	return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];
}

/** The browser's path: `LR_CHROMIUM`, else the first usual place that exists, else the most likely one. */
export function chromiumPath(env: Env = process.env, platform: string = process.platform, exists: (p: string) => boolean = existsSync): string {
	const chosen = env[CHROMIUM_VARIABLE];
	if (chosen) return chosen;
	const candidates = chromiumCandidates(platform, env);
	return candidates.find((p) => exists(p)) ?? candidates[0];
}

/** How to get a browser, in words, for a message when none is found. */
export function chromiumHint(platform: string = process.platform): string {
	const install = platform === "darwin" ? "install Chromium or Google Chrome" : platform === "win32" ? "install Google Chrome" : "apt-get install -y chromium";
	return `${install}, or set ${CHROMIUM_VARIABLE} to the browser's path`;
}

/** Where the browser is now. */
export const CHROMIUM = chromiumPath();
