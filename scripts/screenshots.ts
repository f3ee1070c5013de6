/**
 * `npm run screenshots`: draws the progress view and the code block in Chromium and writes
 * docs/screenshots/*.png (the documentation's images and the browser test's references). The only writer of
 * those files: `npm test` compares against them. Review the new images before committing them.
 */
import { mkdirSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, hasChromium, openBrowserPage, SHOTS, SHOTS_DIR } from "../tests/browser/browser";
import { chromiumHint } from "../tests/browser/chromium";
import { comparePng } from "../tests/browser/compare-png";

if (!hasChromium()) {
	console.error(`No Chromium at ${CHROMIUM}: ${chromiumHint()}`);
	process.exit(1);
}
mkdirSync(SHOTS_DIR, { recursive: true });
const browser = await openBrowserPage();
try {
	for (const shot of SHOTS) {
		const png = await shot.take(browser.page, browser);
		const file = join(SHOTS_DIR, shot.file);
		const same = existsSync(file) && comparePng(png, readFileSync(file)).match;
		if (same) {
			console.log(`${shot.file}: unchanged (within the test's tolerance), kept`);
			continue;
		}
		writeFileSync(file, png);
		console.log(`${shot.file}: written`);
	}
} finally {
	await browser.close();
}
if (browser.errors.length > 0) {
	console.error(`The page threw: ${browser.errors.join("; ")}`);
	process.exit(1);
}
