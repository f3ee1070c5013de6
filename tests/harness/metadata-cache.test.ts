import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeFileCache } from "./markdown-cache";
import { MetadataCache } from "./metadata-cache";
import { TFile, Vault } from "./vault";

let dir: string;
let vault: Vault;
let cache: MetadataCache;

beforeEach(async () => {
	dir = mkdtempSync(path.join(tmpdir(), "harness-cache-"));
	writeFileSync(path.join(dir, "a.md"), "---\nroadmap: rust\n---\n- [ ] one\n\t- [x] two\n");
	writeFileSync(path.join(dir, "b.md"), "# B\n");
	writeFileSync(path.join(dir, "c.md"), "text\n");
	vault = new Vault(dir);
	await vault.load();
	cache = new MetadataCache(vault);
	await cache.initialize();
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const file = (p: string): TFile => vault.getFileByPath(p)!;

describe("MetadataCache", () => {
	it("indexes every markdown file on initialize", () => {
		expect(cache.computeCount).toBe(3);
		const a = cache.getFileCache(file("a.md"))!;
		expect(a.frontmatter).toEqual({ roadmap: "rust" });
		expect(a.listItems!.map((i) => [i.position.start.line, i.parent, i.task])).toEqual([
			[3, -3, " "],
			[4, 3, "x"],
		]);
		expect(cache.getCache("b.md")!.headings![0].heading).toBe("B");
		expect(cache.getCache("missing.md")).toBeNull();
	});

	it("fires changed then resolved, asynchronously, after a write; the cache is fresh in `changed`", async () => {
		const events: string[] = [];
		cache.on("changed", (f: TFile, data: string, c: ReturnType<typeof computeFileCache>) => {
			events.push(`changed ${f.path} ${c.listItems?.length ?? 0}`);
			expect(data).toBe("- [ ] x\n- [ ] y\n");
			expect(cache.getFileCache(f)).toBe(c);
		});
		cache.on("resolved", () => events.push("resolved"));
		await vault.modify(file("c.md"), "- [ ] x\n- [ ] y\n");
		expect(events).toEqual([]); // not yet: Obsidian indexes after the write has resolved
		await cache.whenIdle();
		expect(events).toEqual(["changed c.md 2", "resolved"]);
	});

	it("an edit recomputes exactly one file's cache", async () => {
		const before = cache.computeCount;
		await vault.process(file("b.md"), (t) => `${t}\n- [ ] new\n`);
		await cache.whenIdle();
		expect(cache.computeCount - before).toBe(1);
		expect(cache.computeCountFor("b.md")).toBe(2);
		expect(cache.computeCountFor("a.md")).toBe(1);
		expect(cache.getCache("b.md")!.listItems).toHaveLength(1);
	});

	it("a write that leaves the text unchanged fires nothing (Obsidian compares content)", async () => {
		let changed = 0;
		cache.on("changed", () => changed++);
		await vault.modify(file("b.md"), "# B\n");
		await cache.whenIdle();
		expect(changed).toBe(0);
	});

	it("indexes created files and forgets deleted ones with `deleted` (file, prevCache)", async () => {
		const seen: string[] = [];
		cache.on("changed", (f: TFile) => seen.push(`changed ${f.path}`));
		cache.on("deleted", (f: TFile, prev: unknown) => seen.push(`deleted ${f.path} ${prev ? "with" : "without"} cache`));
		const created = await vault.create("d.md", "- [ ] d\n");
		await cache.whenIdle();
		expect(cache.getFileCache(created)!.listItems).toHaveLength(1);
		await vault.delete(file("b.md"));
		await cache.whenIdle();
		expect(cache.getCache("b.md")).toBeNull();
		expect(seen).toEqual(["changed d.md", "deleted b.md with cache"]);
	});

	it("moves the cache with a rename, without recomputing", async () => {
		const before = cache.computeCount;
		const a = file("a.md");
		const old = cache.getFileCache(a);
		await vault.rename(a, "renamed.md");
		await cache.whenIdle();
		expect(cache.getCache("a.md")).toBeNull();
		expect(cache.getCache("renamed.md")).toBe(old);
		expect(cache.computeCount).toBe(before);
	});

	it("whenIdle waits for writes made by `changed` handlers", async () => {
		const c = file("c.md");
		let rounds = 0;
		cache.on("changed", (f: TFile) => {
			if (f === c && rounds++ < 3) void vault.process(c, (t) => `${t}x`);
		});
		await vault.modify(c, "start");
		await cache.whenIdle();
		expect(await vault.read(c)).toBe("startxxx");
		expect(cache.getCache("c.md")).toEqual(computeFileCache("startxxx"));
	});

	it("resolves link paths like Obsidian", async () => {
		await vault.createFolder("Deep/Er");
		await vault.create("Deep/Er/b.md", "");
		expect(cache.getFirstLinkpathDest("b", "c.md")?.path).toBe("b.md");
		expect(cache.getFirstLinkpathDest("b#Heading", "c.md")?.path).toBe("b.md");
		expect(cache.getFirstLinkpathDest("Er/b", "c.md")?.path).toBe("Deep/Er/b.md");
		expect(cache.getFirstLinkpathDest("b", "Deep/Er/x.md")?.path).toBe("b.md"); // shortest path first
		expect(cache.getFirstLinkpathDest("deep/er/B", "c.md")?.path).toBe("Deep/Er/b.md");
		expect(cache.getFirstLinkpathDest("nothing", "c.md")).toBeNull();
		expect(cache.fileToLinktext(file("c.md"), "")).toBe("c");
		expect(cache.fileToLinktext(file("b.md"), "")).toBe("b");
		expect(cache.fileToLinktext(file("Deep/Er/b.md"), "")).toBe("Deep/Er/b");
	});
});

describe("computeFileCache", () => {
	it("follows Obsidian's list rules", () => {
		const text = [
			"- [ ] a", // 0
			"    - [/] nested", // 1
			"* [-] new list: bullet changed", // 2
			"",
			"```",
			"- [ ] in code",
			"```",
			"%%",
			"- [ ] in comment",
			"%%",
			"> [!todo]",
			"> 1. [?] in callout, numbered",
			"",
		].join("\n");
		const items = computeFileCache(text).listItems!;
		expect(items.map((i) => [i.position.start.line, i.position.start.col, i.parent, i.task])).toEqual([
			[0, 0, -1, " "],
			[1, 2, 0, "/"],
			[2, 0, -2, "-"],
			[11, 2, -11, "?"],
		]);
	});

	it("leaves frontmatter out when the block is empty or broken", () => {
		expect(computeFileCache("---\n---\n# x\n").frontmatter).toBeUndefined();
		expect(computeFileCache("---\na: [\n---\n").frontmatter).toBeUndefined();
		expect(computeFileCache("---\na: 1\n---\n").frontmatterPosition?.end).toEqual({ line: 2, col: 3, offset: 12 });
	});
});

describe("start-up with notes indexed after layout-ready", () => {
	it("has no cache for a note until it is indexed, a stale one for a note changed since, then one `changed` per note and one `resolved`", async () => {
		const lateDir = mkdtempSync(path.join(tmpdir(), "harness-late-"));
		try {
			writeFileSync(path.join(lateDir, "fresh.md"), "- [ ] one\n");
			writeFileSync(path.join(lateDir, "synced.md"), "---\ndone: 1\n---\n- [x] one\n");
			const { createTestApp, closeTestApp } = await import("./app");
			const app = await createTestApp(lateDir, { layoutReady: false, startup: "late", staleCache: { "synced.md": "---\ndone: 0\n---\n- [ ] one\n" } });
			const events: string[] = [];
			app.metadataCache.on("changed", (f: TFile, _d: string, c: ReturnType<typeof computeFileCache>) => events.push(`changed ${f.path} ${c.listItems?.[0]?.task ?? ""}`));
			app.metadataCache.on("resolved", () => events.push("resolved"));
			const seenAtLayoutReady: unknown[] = [];
			app.workspace.onLayoutReady(() => {
				seenAtLayoutReady.push(app.metadataCache.getCache("fresh.md"), app.metadataCache.getCache("synced.md")?.frontmatter);
			});
			app.workspace.triggerLayoutReady();
			expect(seenAtLayoutReady).toEqual([null, { done: 0 }]);
			await app.metadataCache.whenIdle();
			expect(events.at(-1)).toBe("resolved");
			expect(events.slice(0, -1).sort()).toEqual(["changed fresh.md  ", "changed synced.md x"]);
			expect(app.metadataCache.getCache("synced.md")?.frontmatter).toEqual({ done: 1 });
			closeTestApp(app);
		} finally {
			rmSync(lateDir, { recursive: true, force: true });
		}
	});
});
