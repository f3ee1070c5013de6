/**
 * Every assertion reaches the test runner: an error thrown by an event handler the harness calls is
 * logged and the other handlers still run (as in Obsidian), but the test that caused it fails — where it
 * awaits the cache, or at the latest after it ends (the setup file's afterEach).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clock } from "./clock";
import { takeHandlerErrors } from "./handler-errors";
import { MetadataCache } from "./metadata-cache";
import { Vault, type TFile } from "./vault";
import { Workspace } from "./workspace";
import type { App } from "./app";

let dir: string;
let vault: Vault;
let cache: MetadataCache;

beforeEach(async () => {
	dir = mkdtempSync(path.join(tmpdir(), "harness-errors-"));
	writeFileSync(path.join(dir, "a.md"), "text\n");
	vault = new Vault(dir);
	await vault.load();
	cache = new MetadataCache(vault);
	await cache.initialize();
	vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
	vi.restoreAllMocks();
	rmSync(dir, { recursive: true, force: true });
});

const a = (): TFile => vault.getFileByPath("a.md")!;

describe("errors in harness event handlers", () => {
	it("a planted failing assertion in a `changed` handler fails the test awaiting the cache", async () => {
		const seen: string[] = [];
		cache.on("changed", (_f: TFile, data: string) => {
			expect(data).toBe("WRONG");
		});
		cache.on("changed", (f: TFile) => seen.push(f.path));
		await vault.modify(a(), "- [ ] x\n");
		await expect(cache.whenIdle()).rejects.toThrow(/"changed" handler threw: expected '- \[ \] x\\n' to be 'WRONG'/);
		expect(seen).toEqual(["a.md"]); // the next handler still ran, as in Obsidian
		expect(console.error).toHaveBeenCalledTimes(1); // and the error was logged, as Obsidian does
	});

	it("a rejected promise from an async handler fails the test too", async () => {
		cache.on("changed", async () => {
			await Promise.resolve();
			throw new Error("async handler failed");
		});
		await vault.modify(a(), "changed\n");
		await expect(cache.whenIdle()).rejects.toThrow("async handler failed");
	});

	it("several errors are reported together", async () => {
		cache.on("changed", () => {
			throw new Error("first");
		});
		cache.on("resolved", () => {
			throw new Error("second");
		});
		await vault.modify(a(), "changed\n");
		await expect(cache.whenIdle()).rejects.toThrow(/2 harness event handlers threw:\n- "changed" handler: first\n- "resolved" handler: second/);
	});

	it("a throwing onLayoutReady callback is reported", () => {
		const workspace = new Workspace({} as App, document.body.createDiv(), false);
		workspace.onLayoutReady(() => {
			throw new Error("layout callback failed");
		});
		workspace.triggerLayoutReady();
		expect(takeHandlerErrors().map((e) => (e.error as Error).message)).toEqual(["layout callback failed"]);
	});
});

describe("with nothing in the test awaiting the cache", () => {
	let failure = "";

	// Inverted: this test must fail, and only the setup file's afterEach (tests/harness/setup.ts) can fail it.
	it.fails("a planted failing assertion in a `changed` handler fails the test after it ends", async ({ onTestFailed }) => {
		onTestFailed(({ task }) => {
			failure = (task.result?.errors ?? []).map((e) => e.message).join("\n");
		});
		cache.on("changed", (_f: TFile, data: string) => {
			expect(data).toBe("WRONG");
		});
		await vault.modify(a(), "- [ ] x\n");
		await clock.advance(50); // the handler has run; nothing rethrew yet
	});

	it("and the failure is that assertion", () => {
		expect(failure).toMatch(/expected '- \[ \] x\\n' to be 'WRONG'/);
	});
});
