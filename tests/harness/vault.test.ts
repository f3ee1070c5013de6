import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FileManager, TFile, TFolder, Vault, normalizePath } from "./vault";
import { MetadataCache } from "./metadata-cache";

let dir: string;
let vault: Vault;

beforeEach(async () => {
	dir = mkdtempSync(path.join(tmpdir(), "harness-vault-"));
	mkdirSync(path.join(dir, "Notes/Deep"), { recursive: true });
	mkdirSync(path.join(dir, ".obsidian/plugins/x"), { recursive: true });
	writeFileSync(path.join(dir, "Notes/a.md"), "# A\n");
	writeFileSync(path.join(dir, "Notes/Deep/b.md"), "- [ ] b\n");
	writeFileSync(path.join(dir, "image.png"), "png");
	writeFileSync(path.join(dir, ".obsidian/app.json"), "{}");
	vault = new Vault(dir);
	await vault.load();
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const onDisk = (p: string): string => readFileSync(path.join(dir, p), "utf8");

describe("normalizePath", () => {
	it("collapses and trims slashes, maps the empty path to the root, applies NFC", () => {
		expect(normalizePath("//a///b//")).toBe("a/b");
		expect(normalizePath("a\\b")).toBe("a/b");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("/")).toBe("/");
		expect(normalizePath("cafe\u0301.md")).toBe("caf\u00e9.md");
		expect(normalizePath("a\u00a0b")).toBe("a b");
	});
});

describe("Vault loading", () => {
	it("builds the file tree from disk, without the config folder", () => {
		expect(vault.configDir).toBe(".obsidian");
		expect(vault.getFiles().map((f) => f.path).sort()).toEqual(["Notes/Deep/b.md", "Notes/a.md", "image.png"]);
		expect(vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Notes/Deep/b.md", "Notes/a.md"]);
		expect(vault.getAbstractFileByPath(".obsidian")).toBeNull();
		const a = vault.getFileByPath("Notes/a.md")!;
		expect(a).toBeInstanceOf(TFile);
		expect([a.name, a.basename, a.extension, a.parent?.path]).toEqual(["a.md", "a", "md", "Notes"]);
		expect(a.stat.size).toBe(4);
		const root = vault.getRoot();
		expect(root.isRoot()).toBe(true);
		expect(vault.getAbstractFileByPath("/")).toBe(root);
		expect(vault.getFolderByPath("Notes")!.children.map((c) => c.name).sort()).toEqual(["Deep", "a.md"]);
		expect(vault.getFolderByPath("Notes/a.md")).toBeNull();
		expect(vault.getAllLoadedFiles()).toHaveLength(6); // root, Notes, Deep, 3 files
	});
});

describe("Vault writes", () => {
	it("create writes the file, fires create, and throws `File already exists.` the second time", async () => {
		const created: string[] = [];
		vault.on("create", (f: TFile) => created.push(f.path));
		const file = await vault.create("Notes/new.md", "hello");
		expect(onDisk("Notes/new.md")).toBe("hello");
		expect(file.parent).toBe(vault.getFolderByPath("Notes"));
		expect(created).toEqual(["Notes/new.md"]);
		await expect(vault.create("Notes/new.md", "again")).rejects.toThrow("File already exists.");
		expect(onDisk("Notes/new.md")).toBe("hello");
	});

	it("create fails with a clear error when the parent folder does not exist", async () => {
		await expect(vault.create("Missing/x.md", "x")).rejects.toThrow(/Missing.*does not exist/);
		expect(existsSync(path.join(dir, "Missing"))).toBe(false);
	});

	it("createFolder creates intermediate folders and throws when the folder exists", async () => {
		const created: string[] = [];
		vault.on("create", (f: TFolder) => created.push(f.path));
		const folder = await vault.createFolder("One/Two/Three");
		expect(folder).toBeInstanceOf(TFolder);
		expect(folder.parent?.path).toBe("One/Two");
		expect(existsSync(path.join(dir, "One/Two/Three"))).toBe(true);
		expect(created).toEqual(["One", "One/Two", "One/Two/Three"]);
		await expect(vault.createFolder("One/Two")).rejects.toThrow("Folder already exists.");
	});

	it("modify, append and process write to disk and fire modify", async () => {
		const a = vault.getFileByPath("Notes/a.md")!;
		const modified: string[] = [];
		vault.on("modify", (f: TFile) => modified.push(f.path));
		await vault.modify(a, "one");
		await vault.append(a, "+two");
		const result = await vault.process(a, (t) => t.toUpperCase());
		expect(result).toBe("ONE+TWO");
		expect(onDisk("Notes/a.md")).toBe("ONE+TWO");
		expect(await vault.read(a)).toBe("ONE+TWO");
		expect(await vault.cachedRead(a)).toBe("ONE+TWO");
		expect(a.stat.size).toBe(7);
		expect(modified).toEqual(["Notes/a.md", "Notes/a.md", "Notes/a.md"]);
		expect(vault.writeCount("Notes/a.md")).toBe(3);
		expect(vault.writeCount()).toBe(3);
	});

	it("process is atomic: 100 concurrent appends through process lose nothing", async () => {
		const a = vault.getFileByPath("Notes/a.md")!;
		await vault.modify(a, "");
		await Promise.all(Array.from({ length: 100 }, (_, i) => vault.process(a, (t) => t + String.fromCharCode(65 + (i % 26)))));
		expect(onDisk("Notes/a.md")).toHaveLength(100);
	});

	it("a throwing process callback writes nothing", async () => {
		const a = vault.getFileByPath("Notes/a.md")!;
		await expect(
			vault.process(a, () => {
				throw new Error("nope");
			}),
		).rejects.toThrow("nope");
		expect(onDisk("Notes/a.md")).toBe("# A\n");
		expect(vault.writeCount()).toBe(0);
	});

	it("rename moves the file on disk and fires rename with the old path, for folders' children too", async () => {
		const renamed: Array<[string, string]> = [];
		vault.on("rename", (f: TFile, old: string) => renamed.push([f.path, old]));
		const a = vault.getFileByPath("Notes/a.md")!;
		await vault.rename(a, "Notes/Deep/c.md");
		expect([a.path, a.basename, a.parent?.path]).toEqual(["Notes/Deep/c.md", "c", "Notes/Deep"]);
		expect(onDisk("Notes/Deep/c.md")).toBe("# A\n");
		expect(vault.getFileByPath("Notes/a.md")).toBeNull();
		await vault.rename(vault.getFolderByPath("Notes/Deep")!, "Notes/Moved");
		expect(vault.getFileByPath("Notes/Moved/b.md")).not.toBeNull();
		expect(renamed).toContainEqual(["Notes/Moved/b.md", "Notes/Deep/b.md"]);
		expect(renamed).toContainEqual(["Notes/Moved", "Notes/Deep"]);
		await expect(vault.rename(a, "image.png")).rejects.toThrow("Destination file already exists!");
	});

	it("delete and trash remove the file and fire delete", async () => {
		const deleted: string[] = [];
		vault.on("delete", (f: TFile) => deleted.push(f.path));
		await vault.delete(vault.getFileByPath("image.png")!);
		await vault.trash(vault.getFileByPath("Notes/a.md")!, false);
		expect(existsSync(path.join(dir, "image.png"))).toBe(false);
		expect(existsSync(path.join(dir, "Notes/a.md"))).toBe(false);
		expect(onDisk(".trash/a.md")).toBe("# A\n");
		await vault.delete(vault.getFolderByPath("Notes")!);
		expect(deleted).toEqual(["image.png", "Notes/a.md", "Notes/Deep/b.md", "Notes/Deep", "Notes"]);
		expect(vault.getFiles()).toEqual([]);
	});

	it("operations on a deleted file fail", async () => {
		const a = vault.getFileByPath("Notes/a.md")!;
		await vault.delete(a);
		await expect(vault.modify(a, "x")).rejects.toThrow(/not in the vault/);
	});
});

describe("Vault adapter", () => {
	it("reads and writes raw paths, including the config folder, without touching the file tree", async () => {
		const p = ".obsidian/plugins/learning-roadmap/data.json";
		expect(await vault.adapter.exists(p)).toBe(false);
		await vault.adapter.write(p, '{"a":1}');
		expect(await vault.adapter.exists(p)).toBe(true);
		expect(await vault.adapter.read(p)).toBe('{"a":1}');
		expect(onDisk(p)).toBe('{"a":1}');
		expect(vault.writeCount(p)).toBe(1);
		expect(vault.getAbstractFileByPath(p)).toBeNull();
		await vault.adapter.mkdir(".obsidian/other");
		expect(await vault.adapter.exists(".obsidian/other")).toBe(true);
		await vault.adapter.remove(p);
		expect(await vault.adapter.exists(p)).toBe(false);
	});
});

describe("FileManager.processFrontMatter", () => {
	const body = "# Title\n\n- [ ] task   \n\n```yaml\n---\nnot: frontmatter\n---\n```\n";
	let fm: FileManager;

	beforeEach(() => {
		fm = new FileManager(vault, new MetadataCache(vault));
	});

	it("rewrites the block in Obsidian's style and keeps the body byte-identical", async () => {
		const file = await vault.create("n.md", `---\ntitle: Old\ntags: [a]\n---\n${body}`);
		await fm.processFrontMatter(file, (data) => {
			data.title = "New";
			(data.tags as string[]).push("b");
			data.progress = 3;
			data.empty = null;
		});
		expect(onDisk("n.md")).toBe(`---\ntitle: New\ntags:\n  - a\n  - b\nprogress: 3\nempty:\n---\n${body}`);
	});

	it("creates the block when the note has none", async () => {
		const file = await vault.create("n.md", body);
		await fm.processFrontMatter(file, (data) => {
			data.roadmap = "rust";
		});
		expect(onDisk("n.md")).toBe(`---\nroadmap: rust\n---\n${body}`);
	});

	it("throws on broken YAML and leaves the file untouched", async () => {
		const text = `---\ntitle: [unclosed\n---\n${body}`;
		const file = await vault.create("n.md", text);
		const writes = vault.writeCount("n.md");
		let called = false;
		await expect(
			fm.processFrontMatter(file, () => {
				called = true;
			}),
		).rejects.toThrow();
		expect(called).toBe(false);
		expect(onDisk("n.md")).toBe(text);
		expect(vault.writeCount("n.md")).toBe(writes);
	});
});
