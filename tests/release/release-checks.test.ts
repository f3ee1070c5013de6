import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
	checkBundle,
	checkDesktopOnly,
	checkLicense,
	checkManifestRules,
	checkReleaseFiles,
	checkReleaseTag,
	checkRepositoryAddress,
	checkStyles,
	scanBundle,
} from "../../scripts/release-checks";

const REPO_ROOT = path.resolve(__dirname, "../..");
const MANIFEST = JSON.parse(readFileSync(path.join(REPO_ROOT, "manifest.json"), "utf8"));

describe("manifest rules", () => {
	it("pass for the plugin's manifest", () => {
		expect(checkManifestRules(MANIFEST)).toMatchObject({ ok: true });
	});

	it.each([
		[{ id: "Learning-Roadmap" }, 'id "Learning-Roadmap" must be lowercase'],
		[{ id: "obsidian-learning-roadmap" }, 'must not contain "obsidian"'],
		[{ id: "learning-roadmap-plugin" }, 'must not end with "plugin"'],
		[{ name: "Obsidian Learning Roadmap" }, 'name "Obsidian Learning Roadmap" must not contain "Obsidian"'],
		[{ name: "Learning Roadmap Plugin" }, 'must not end with "Plugin"'],
		[{ description: "Tick topics" }, "description must end with a period"],
		[{ description: `${"a".repeat(250)}.` }, "description is 251 characters; at most 250"],
		[{ description: "Track a roadmap in Obsidian." }, 'description must not contain "Obsidian"'],
		[{ description: "This plugin tracks a roadmap." }, 'must not start with "This plugin"'],
		[{ version: "v0.1.0" }, 'version must be x.y.z without a "v"'],
		[{ author: "" }, "author is missing"],
		[{ isDesktopOnly: "no" }, "isDesktopOnly must be true or false"],
	])("fail on %o", (change, message) => {
		const verdict = checkManifestRules({ ...MANIFEST, ...change });
		expect(verdict.ok).toBe(false);
		expect(verdict.detail).toContain(message);
	});
});

describe("the README's repository address", () => {
	const readme = (address: string) => `Install: ${address}/releases\nBRAT: paste ${address}.\n`;

	it("passes the placeholder until a release names its repository", () => {
		expect(checkRepositoryAddress(readme("https://github.com/OWNER/learning-roadmap"))).toMatchObject({ ok: true, detail: expect.stringContaining("placeholder") });
		expect(checkRepositoryAddress(readme("https://github.com/OWNER/learning-roadmap"), "ada/learning-roadmap")).toMatchObject({
			ok: false,
			detail: "README.md installs from https://github.com/OWNER/learning-roadmap, the release is made from ada/learning-roadmap: write its address in",
		});
		expect(checkRepositoryAddress(readme("https://github.com/ada/learning-roadmap"), "ada/learning-roadmap").ok).toBe(true);
	});

	it("fails when the README gives no address, or two different ones", () => {
		expect(checkRepositoryAddress("No address here.").ok).toBe(false);
		expect(checkRepositoryAddress("https://github.com/ada/a and https://github.com/bob/b").detail).toContain("several");
	});

	it("holds for the README as it is", () => {
		expect(checkRepositoryAddress(readFileSync(path.join(REPO_ROOT, "README.md"), "utf8")).ok).toBe(true);
	});
});

describe("the release tag", () => {
	it("must be the manifest's version exactly", () => {
		expect(checkReleaseTag("0.1.0", "0.1.0").ok).toBe(true);
		expect(checkReleaseTag("v0.1.0", "0.1.0")).toMatchObject({ ok: false, detail: 'tag "v0.1.0" differs from manifest.json\'s version "0.1.0"' });
		expect(checkReleaseTag("0.1.1", "0.1.0").ok).toBe(false);
	});
});

describe("scanning the bundle", () => {
	const CLEAN = `"use strict";var o=require("obsidian"),s=require("@codemirror/state");
		var text='{"topics":["Use fetch() and requests.get(\\\\"https://api.example.org\\\\")","eval(x) is unsafe","process.env"]}';
		class P extends o.Plugin{onload(){this.app.vault.process(f,t=>t);window.open("https://obsidian.md")}}
		module.exports=P;`;

	it("finds nothing in clean code, whatever the strings say", () => {
		const scan = scanBundle(CLEAN);
		expect(scan).toEqual({ requires: ["obsidian", "@codemirror/state"], network: [], codeFromText: [], node: [] });
		expect(checkBundle(scan).every((v) => v.ok)).toBe(true);
	});

	it.each([
		["fetch", 'fetch("https://api.example.org/x")', "network"],
		["window.fetch", "window.fetch(u)", "network"],
		["XMLHttpRequest", "new XMLHttpRequest()", "network"],
		["WebSocket", 'new WebSocket("wss://x")', "network"],
		["Obsidian's requestUrl", "(0,o.requestUrl)({url:u})", "network"],
		["Obsidian's request", "o.request({url:u})", "network"],
		["a remote image", 'el.createEl("img",{attr:{}}).src="https://x.org/a.png"', "network"],
		["a request to a URL", 'client.get("https://api.example.org")', "network"],
		["eval", "eval(code)", "codeFromText"],
		["indirect eval", "(0,eval)(code)", "codeFromText"],
		["new Function", 'new Function("return 1")', "codeFromText"],
		["Function()", 'Function("return 1")()', "codeFromText"],
		["setTimeout with text", 'setTimeout("go()",1)', "codeFromText"],
		["require fs", 'require("fs").readFileSync(p)', "node"],
		["require electron", 'require("electron")', "node"],
		["require node:path", 'require("node:path")', "node"],
		["computed require", "require(name)", "node"],
		["process", "process.env.HOME", "node"],
		["Buffer", 'Buffer.from("x")', "node"],
		["window.require", 'window.require("fs")', "node"],
	] as const)("flags %s", (_what, code, kind) => {
		const scan = scanBundle(CLEAN.replace("this.app.vault.process(f,t=>t);", `${code};`));
		expect(scan[kind]).toHaveLength(1);
		expect(scan[kind][0]).toMatch(/main\.js:\d+:\d+/);
		const failing = checkBundle(scan).filter((v) => !v.ok);
		expect(failing).toHaveLength(1);
	});

	it("trusts a name the bundle declares itself", () => {
		expect(scanBundle("function run(process){return process.step()}").node).toEqual([]);
	});

	it("finds no network, eval or Node API in the built main.js", () => {
		const main = path.join(REPO_ROOT, "main.js");
		expect(existsSync(main), "npm test builds main.js before the tests").toBe(true);
		const scan = scanBundle(readFileSync(main, "utf8"));
		expect(checkBundle(scan)).toEqual(checkBundle(scan).map((v) => ({ ...v, ok: true })));
		expect(scan.requires).toContain("obsidian");
		expect(checkDesktopOnly(MANIFEST.isDesktopOnly, scan)).toMatchObject({ ok: true });
	});
});

describe("isDesktopOnly", () => {
	const withNode = scanBundle('require("fs")');
	const withoutNode = scanBundle('require("obsidian")');
	it("must be true when the bundle needs Node or Electron, and false otherwise", () => {
		expect(checkDesktopOnly(false, withoutNode).ok).toBe(true);
		expect(checkDesktopOnly(true, withNode).ok).toBe(true);
		expect(checkDesktopOnly(false, withNode)).toMatchObject({ ok: false, detail: expect.stringContaining("it would fail on phones") });
		expect(checkDesktopOnly(true, withoutNode)).toMatchObject({ ok: false, detail: expect.stringContaining("phones could run it") });
	});
});

describe("release files", () => {
	const sizes = { "main.js": 245_000, "manifest.json": 322, "styles.css": 14_919 };
	it("pass with the three files present and main.js untracked", () => {
		expect(checkReleaseFiles(sizes, ["manifest.json", "styles.css"]).every((v) => v.ok)).toBe(true);
	});
	it("fail when a file is missing or empty", () => {
		const [files] = checkReleaseFiles({ ...sizes, "styles.css": undefined, "main.js": 0 }, []);
		expect(files).toMatchObject({ ok: false, detail: "main.js is missing or empty; styles.css is missing or empty" });
	});
	it("fail when main.js is committed", () => {
		const [, tracked] = checkReleaseFiles(sizes, ["main.js"]);
		expect(tracked).toMatchObject({ ok: false, detail: expect.stringContaining("main.js is tracked by git") });
	});
});

describe("LICENSE and styles.css", () => {
	it("require a licence", () => {
		expect(checkLicense("MIT License\n\nCopyright").ok).toBe(true);
		expect(checkLicense(undefined).ok).toBe(false);
		expect(checkLicense("  \n").ok).toBe(false);
	});
	it("refuse remote resources in styles.css", () => {
		expect(checkStyles(readFileSync(path.join(REPO_ROOT, "styles.css"), "utf8")).ok).toBe(true);
		expect(checkStyles('@import url("https://fonts.example.org/a.css");').ok).toBe(false);
		expect(checkStyles(".lr-x { background: url(https://x.org/a.png); }")).toMatchObject({ ok: false, detail: "styles.css loads https://x.org/a.png" });
		expect(checkStyles('.lr-x { background: url("data:image/png;base64,AAA"); }').ok).toBe(true);
	});
});
