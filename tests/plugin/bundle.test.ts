import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./built-plugin";

const MAIN_JS = path.join(REPO_ROOT, "main.js");

// Obsidian provides CodeMirror; a second copy in main.js breaks every editor ("Unrecognized extension value").
describe("the built main.js", () => {
	it("uses Obsidian's CodeMirror and carries no copy of its own", () => {
		expect(existsSync(MAIN_JS), "main.js is missing: run `npm run build` first (npm test does)").toBe(true);
		const code = readFileSync(MAIN_JS, "utf8");
		expect(code).toContain('require("@codemirror/state")');
		// Strings only the packages' own code holds: @codemirror/state's extension check, @codemirror/view's content class.
		expect(code).not.toContain("Unrecognized extension value");
		expect(code).not.toContain("cm-content");
		const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
		expect([...required].sort()).toEqual(["@codemirror/state", "obsidian"]);
	});
});
