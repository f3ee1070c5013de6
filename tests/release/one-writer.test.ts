import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../../src");
const WRITER = "vault/writer/note-writer.ts";

// Every way plugin code can change a file that exists, or reach an editor's text to change it.
const WRITES: Array<[string, RegExp]> = [
	["Vault.modify", /\.modify\(/u],
	["Vault.process", /\.process\(/u],
	["FileManager.processFrontMatter", /processFrontMatter/u],
	// Reading through the adapter (the settings file as raw text) writes nothing; its writes are what count.
	["DataAdapter writes", /adapter\.(?:write|writeBinary|append|process|remove|rename|copy|trashLocal|trashSystem)\(/u],
	["Editor.transaction", /\.transaction\(/u],
	["Editor.replaceRange", /replaceRange\(/u],
	["Editor.setValue", /editor\.setValue\(/iu],
	["Editor.setLine", /editor\.setLine\(/iu],
	["an editor of a markdown view", /\.view\.editor\b|view\.editor\b/u],
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : [];
	});
}

/** Each write to a file outside the one writer, as `file: what`. */
function writesOutsideTheWriter(files: ReadonlyArray<{ path: string; text: string }>): string[] {
	return files.flatMap(({ path, text }) => (path === WRITER ? [] : WRITES.filter(([, pattern]) => pattern.test(text)).map(([name]) => `${path}: ${name}`)));
}

describe("where the plugin writes", () => {
	it("changes an existing note only through the one writer", () => {
		const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).split("\\").join("/"), text: readFileSync(path, "utf8") }));
		expect(files.some((f) => f.path === WRITER)).toBe(true);
		expect(writesOutsideTheWriter(files)).toEqual([]);
	});

	it("would catch a write behind the writer's back", () => {
		const found = writesOutsideTheWriter([
			{ path: "vault/somewhere.ts", text: "await app.vault.process(file, (t) => t);" },
			{ path: "vault/elsewhere.ts", text: "await app.fileManager.processFrontMatter(file, (fm) => { fm.done = 1; });" },
			{ path: "ui/card.ts", text: "view.editor.replaceRange(text, from);" },
			{ path: WRITER, text: "await app.vault.process(file, (t) => t);" },
		]);
		expect(found).toEqual([
			"vault/somewhere.ts: Vault.process",
			"vault/elsewhere.ts: FileManager.processFrontMatter",
			"ui/card.ts: Editor.replaceRange",
			"ui/card.ts: an editor of a markdown view",
		]);
	});
});
