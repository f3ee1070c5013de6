import { describe, expect, it } from "vitest";
import { checkMinAppVersion, compareVersions, findObsidianApiUses, newestApi, renderApiTable, summarizeUses, type ApiUse } from "../../scripts/api-since";

// A small obsidian.d.ts shaped like the real one: JSDoc @since on classes, members and overloads.
const OBSIDIAN_DTS = `
export interface EventRef {}
export class Events {
    on(name: string, callback: (...data: unknown[]) => unknown): EventRef;
}
export class TFile { path: string; }
/**
 * @public
 * @since 0.9.7
 */
export class Vault extends Events {
    /**
     * @public
     * @since 1.1.0
     */
    process(file: TFile, fn: (data: string) => string): Promise<string>;
    read(file: TFile): Promise<string>;
    /**
     * @public
     * @since 1.9.0
     */
    on(name: 'resolved', callback: () => any): EventRef;
    on(name: 'changed', callback: (file: TFile) => any): EventRef;
}
export class App { vault: Vault; }
export class Component {
    load(): void;
    /** @since 1.5.0 */
    registerEvent(ref: EventRef): void;
}
export class Plugin extends Component {
    app: App;
    /** @since 2.0.0 */
    onUserEnable(): void;
}
export class Keymap {
    /** @since 0.16.0 */
    static isModEvent(evt?: MouseEvent | null): boolean;
}
/** @since 0.12.2 */
export const Platform: {
    /** @since 1.2.0 */
    isPhone: boolean;
    isMobile: boolean;
};
/** @since 1.4.0 */
export function normalizePath(path: string): string;
/** @since 3.0.0 */
export interface FutureOptions { x: number; }
/** @since 3.0.0 */
export class FutureView {}
declare global {
    interface Math {
        clamp(value: number, min: number, max: number): number;
    }
}
`;

function scan(code: string): ApiUse[] {
	return findObsidianApiUses({ sources: new Map([["/plugin/src/main.ts", code]]), obsidianDts: OBSIDIAN_DTS });
}
const apis = (uses: ApiUse[]) => summarizeUses(uses).map((r) => `${r.api} ${r.since ?? "-"}`);

describe("finding the Obsidian API the code uses", () => {
	it("resolves a member access through its owning class, not by its bare name", () => {
		const uses = scan(`
			import { Plugin, TFile } from "obsidian";
			export default class P extends Plugin {
				async stamp(file: TFile) {
					await this.app.vault.process(file, (text) => text);
					const job = { process: (t: string) => t, load() {} };
					job.process("x");
					job.load();
				}
			}`);
		expect(apis(uses)).toContain("Vault.process 1.1.0");
		expect(uses.filter((u) => u.api.endsWith("process"))).toHaveLength(1);
		expect(apis(uses).some((a) => a.startsWith("Component.load"))).toBe(false);
		expect(uses.find((u) => u.api === "Vault.process")?.line).toBe(5);
	});

	it("tells event overloads apart: on('resolved') has its own version", () => {
		const uses = scan(`
			import type { App } from "obsidian";
			export function watch(app: App) {
				app.vault.on("resolved", () => undefined);
				app.vault.on("changed", () => undefined);
			}`);
		expect(apis(uses)).toEqual(expect.arrayContaining(['Vault.on("resolved") 1.9.0', 'Vault.on("changed") 0.9.7']));
	});

	it("finds inherited members, static members, constants, functions and destructured properties", () => {
		const uses = scan(`
			import { Keymap, normalizePath, Platform, Plugin } from "obsidian";
			export default class P extends Plugin {
				onload() {
					this.registerEvent(this.app.vault.on("changed", () => undefined));
					const { isPhone } = Platform;
					if (Keymap.isModEvent(null) && isPhone && Platform.isMobile) normalizePath("a");
				}
			}`);
		expect(apis(uses)).toEqual(
			expect.arrayContaining([
				"Component.registerEvent 1.5.0",
				"Keymap.isModEvent 0.16.0",
				"Platform 0.12.2",
				"Platform.isPhone 1.2.0",
				"Platform.isMobile 0.12.2",
				"normalizePath 1.4.0",
				"Plugin -",
			]),
		);
	});

	it("does not count types, methods the plugin defines for Obsidian to call, or the platform's own API", () => {
		const uses = scan(`
			import { Plugin, type FutureOptions } from "obsidian";
			import type { FutureView } from "obsidian";
			export default class P extends Plugin implements FutureOptions {
				x = 1;
				view: FutureView | null = null;
				onUserEnable() { return Math.floor(Math.clamp(2, 0, 1)); }
			}`);
		expect(apis(uses).filter((a) => /Future|onUserEnable|floor|^Math /.test(a))).toEqual([]);
		expect(apis(uses)).toContain("Math.clamp -");
		expect(newestApi(uses)).toBeNull();
	});

	it("counts a class the code constructs or passes on", () => {
		const uses = scan(`
			import { FutureView } from "obsidian";
			export const make = () => new FutureView();
			export const registry = { FutureView };`);
		expect(uses.filter((u) => u.api === "FutureView").map((u) => u.since)).toEqual(["3.0.0", "3.0.0"]);
	});
});

describe("minAppVersion against the newest API used", () => {
	const uses = scan(`
		import type { App } from "obsidian";
		export const f = (app: App, file: never) => { app.vault.on("resolved", () => 0); return app.vault.process(file, (t) => t); };`);

	it("passes when minAppVersion covers every API", () => {
		expect(newestApi(uses)).toEqual({ since: "1.9.0", apis: ['Vault.on("resolved")'] });
		expect(checkMinAppVersion("1.9.0", uses).ok).toBe(true);
		expect(checkMinAppVersion("1.10.0", uses).ok).toBe(true);
	});

	it("fails, naming the APIs, when minAppVersion is older (a planted 1.5.0)", () => {
		const result = checkMinAppVersion("1.5.0", uses);
		expect(result.ok).toBe(false);
		expect(result.message).toBe('minAppVersion 1.5.0 is older than APIs the code uses: Vault.on("resolved") (1.9.0)');
	});

	it("fails when minAppVersion is missing or not a version", () => {
		expect(checkMinAppVersion(undefined, uses).ok).toBe(false);
		expect(checkMinAppVersion("v1.9.0", uses).ok).toBe(false);
	});
});

describe("comparing versions", () => {
	it("orders by number, not by text", () => {
		expect(compareVersions("1.10.0", "1.9.9")).toBe(1);
		expect(compareVersions("1.4.10", "1.4.4")).toBe(1);
		expect(compareVersions("0.9.7", "0.15.2")).toBe(-1);
		expect(compareVersions("1.7.2", "1.7.2")).toBe(0);
	});

	it("puts a pre-release before its release", () => {
		expect(compareVersions("1.8.0-beta.2", "1.8.0")).toBe(-1);
		expect(compareVersions("1.8.0-beta.10", "1.8.0-beta.2")).toBe(1);
		expect(compareVersions("1.8.0-1", "1.8.0-alpha")).toBe(-1);
	});

	it("refuses what is not a version", () => {
		expect(() => compareVersions("v1.0.0", "1.0.0")).toThrow(/not a semantic version/);
		expect(() => compareVersions("1.0", "1.0.0")).toThrow(/not a semantic version/);
	});
});

describe("the compatibility table", () => {
	it("has one row per version, newest first, and leaves untagged APIs out", () => {
		const table = renderApiTable(
			summarizeUses([
				{ api: "Vault.process", since: "1.1.0", file: "a.ts", line: 1 },
				{ api: "Workspace.revealLeaf", since: "1.7.2", file: "a.ts", line: 2 },
				{ api: "Vault.create", since: "1.1.0", file: "b.ts", line: 3 },
				{ api: "Element.addClass", since: null, file: "b.ts", line: 4 },
			]),
		);
		expect(table).toBe(
			[
				"| Obsidian | APIs the plugin uses that it needs |",
				"|---|---|",
				"| 1.7.2 | `Workspace.revealLeaf` |",
				"| 1.1.0 | `Vault.create`, `Vault.process` |",
			].join("\n"),
		);
	});
});
