/**
 * `npm run check-release [-- --tag TAG] [--repository OWNER/NAME]`: the community catalogue's review checks
 * that can run here, on a fresh build, and that the README installs from the repository released from. Prints one `ok` or `FAIL` line per check with its reason, then a count; exits 1 on any failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { checkMinAppVersion } from "./api-since";
import {
	checkBundle,
	checkDesktopOnly,
	checkLicense,
	checkManifestRules,
	checkReleaseFiles,
	checkReleaseTag,
	checkRepositoryAddress,
	checkStyles,
	checkVersionsAgree,
	scanBundle,
	type Verdict,
} from "./release-checks";
import { projectApiUses, REPO_ROOT } from "./release-project";

const file = (name: string) => path.join(REPO_ROOT, name);
const readJson = (name: string) => JSON.parse(readFileSync(file(name), "utf8")) as Record<string, unknown>;
const readText = (name: string) => (existsSync(file(name)) ? readFileSync(file(name), "utf8") : undefined);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const tail = (text: string, lines = 8) => text.trim().split("\n").slice(-lines).join(" | ");

const verdicts: Verdict[] = [];
const report = (v: Verdict) => {
	verdicts.push(v);
	console.log(`${v.ok ? "ok  " : "FAIL"} ${v.name}: ${v.detail}`);
};

const build = run("npm", ["run", "build"]);
report({ name: "npm run build", ok: build.status === 0, detail: build.status === 0 ? "main.js built" : tail(build.stdout + build.stderr) });

const manifest = readJson("manifest.json");
report(checkManifestRules(manifest));
report(checkVersionsAgree(readJson("package.json").version, manifest, readJson("versions.json")));
const tagIndex = process.argv.indexOf("--tag");
if (tagIndex > 0) report(checkReleaseTag(process.argv[tagIndex + 1] ?? "", manifest.version));
const repositoryIndex = process.argv.indexOf("--repository");
report(checkRepositoryAddress(readText("README.md") ?? "", repositoryIndex > 0 ? (process.argv[repositoryIndex + 1] ?? "") : undefined));

const minApp = checkMinAppVersion(manifest.minAppVersion, projectApiUses());
report({ name: "minAppVersion covers the API used", ok: minApp.ok, detail: minApp.message });

const bundle = readText("main.js");
if (bundle === undefined) report({ name: "main.js", ok: false, detail: "main.js is missing: the build did not produce it" });
else {
	const scan = scanBundle(bundle);
	checkBundle(scan).forEach(report);
	report(checkDesktopOnly(manifest.isDesktopOnly, scan));
}

const sizes = Object.fromEntries(["main.js", "manifest.json", "styles.css"].map((f) => [f, existsSync(file(f)) ? statSync(file(f)).size : undefined]));
const git = run("git", ["ls-files", "--", "main.js", "data.json"]);
const [releaseFiles, untracked] = checkReleaseFiles(sizes, git.status === 0 ? git.stdout.split("\n").filter(Boolean) : []);
report(releaseFiles);
report(git.status === 0 ? untracked : { name: untracked.name, ok: false, detail: `git ls-files failed: ${tail(git.stderr)}` });
report(checkLicense(readText("LICENSE")));
report(checkStyles(readText("styles.css") ?? ""));

const lint = run(file("node_modules/.bin/eslint"), ["--max-warnings", "0", "."]);
report({
	name: "plugin guidelines lint",
	ok: lint.status === 0,
	detail: lint.status === 0 ? "eslint-plugin-obsidianmd, 0 errors, 0 warnings" : tail(lint.stdout + lint.stderr),
});

const failed = verdicts.filter((v) => !v.ok).length;
console.log(`check-release: ${verdicts.length - failed} ok, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
