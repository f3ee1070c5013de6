/**
 * Loads the BUILT plugin (`main.js`, CommonJS) as Obsidian does: the code runs with a `require` that
 * answers `obsidian` with this harness and `@codemirror/state`/`view` with the harness editors' copy,
 * and nothing else, since Obsidian provides no other module (and none at all of Node's on mobile).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import * as codemirrorState from "@codemirror/state";
import * as codemirrorView from "@codemirror/view";
import * as obsidian from "./obsidian";
import type { PluginManifest } from "./plugin";

/** Evaluates `mainJsPath` and returns its default-exported Plugin class. */
export function loadBuiltPlugin(mainJsPath: string): new (app: any, manifest: any) => obsidian.Plugin {
	const code = readFileSync(mainJsPath, "utf8");
	const module: { exports: any } = { exports: {} };
	const requireFromPlugin = (id: string): unknown => {
		if (id === "obsidian") return obsidian;
		// Obsidian provides its CodeMirror to plugins: the same copy the harness's editors run on.
		if (id === "@codemirror/state") return codemirrorState;
		if (id === "@codemirror/view") return codemirrorView;
		throw new Error(
			`${path.basename(mainJsPath)} requires "${id}", but a built plugin may only require "obsidian" and CodeMirror: ` +
				`Obsidian provides no other module (and no Node module on mobile). Bundle it, or stop using it.`,
		);
	};
	const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${code}\n})`, { filename: mainJsPath });
	wrapper.call(module.exports, module.exports, requireFromPlugin, module, mainJsPath, path.dirname(mainJsPath));
	const exported = module.exports?.default ?? module.exports;
	if (typeof exported !== "function") {
		throw new Error(`${mainJsPath} does not export a Plugin class (module.exports.default is ${typeof exported})`);
	}
	if (!(exported.prototype instanceof obsidian.Plugin)) {
		throw new Error(`${mainJsPath}'s default export does not extend Plugin from "obsidian"`);
	}
	return exported;
}

/** The plugin's `manifest.json` at the repository root. */
export function readManifest(repoRoot: string): PluginManifest {
	return JSON.parse(readFileSync(path.join(repoRoot, "manifest.json"), "utf8")) as PluginManifest;
}
