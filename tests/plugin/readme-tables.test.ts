/**
 * The README's command and settings tables, held to the built plugin: every command it registers and
 * every setting its tab shows is in the README with the same name (and id, and default), and nothing else.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSettingTab } from "../harness/app";
import { tableUnder, unquoted } from "../docs/markdown-table";
import { openLearnerVault, REPO_ROOT, type LearnerVault } from "./built-plugin";

const README = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const PLUGIN_NAME = "Learning Roadmap";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe("the README's command table", () => {
	it("lists every command the built plugin registers, by name and id, and no other", async () => {
		vault = await openLearnerVault();
		const registered = vault.app.commands
			.listCommands()
			.filter((command) => command.id.startsWith("learning-roadmap:"))
			// Obsidian shows a command as "Plugin name: command name"; the README gives the command's own name.
			.map((command) => ({ name: command.name.replace(`${PLUGIN_NAME}: `, ""), id: command.id }));
		const documented = tableUnder(README, "## Commands").map(([name = "", id = "", what = ""]) => {
			expect(what, `${name} says what it does`).not.toBe("");
			return { name, id: unquoted(id) };
		});
		expect(registered.length).toBeGreaterThanOrEqual(8);
		expect(documented.sort(byName)).toEqual(registered.sort(byName));
	});
});

describe("the README's settings table", () => {
	it("lists every setting of the settings tab with its default, and no other", async () => {
		vault = await openLearnerVault();
		const tab = openSettingTab(vault.app, "learning-roadmap");
		const shown = tab.findAll(".setting-item").map((item) => {
			const name = item.find(".setting-item-name")?.textContent?.trim() ?? "";
			const toggle = item.find('input[type="checkbox"]') as HTMLInputElement | null;
			const field = item.find("input:not([type=checkbox]), textarea") as HTMLInputElement | HTMLTextAreaElement | null;
			// What a fresh vault shows: a toggle on or off, the text in a field, or an empty field.
			const value = toggle ? (toggle.checked ? "on" : "off") : (field?.value ?? "");
			return { name, value };
		});
		const documented = tableUnder(README, "## Settings").map(([name = "", what = "", fallback = ""]) => {
			expect(what, `${name} says what it does`).not.toBe("");
			// `code` is the text the field holds; on/off a toggle; any other words describe an empty field.
			const value = /^`.*`$/u.test(fallback) ? unquoted(fallback) : fallback === "on" || fallback === "off" ? fallback : "";
			return { name, value };
		});
		expect(shown.length).toBeGreaterThanOrEqual(14);
		expect(documented.sort(byName)).toEqual(shown.sort(byName));
	});
});
