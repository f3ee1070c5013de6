import { afterEach, describe, expect, it } from "vitest";
import { disablePlugin } from "../harness/app";
import { clock } from "../harness/clock";
import { openLearnerVault, openRoadmapVault, PHASE_1, setBox, type LearnerVault } from "../plugin/built-plugin";
import { expectLinesKept, expectPlainWords } from "./faults";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
});

const COMMANDS = ["generate-roadmap", "open-progress", "create-monthly-review", "create-previous-monthly-review"];
/** When the plugin is switched off: at once, after one turn of the event loop, or after a few ms. */
const MOMENTS: [string, () => Promise<void>][] = [
	["at once", async () => undefined],
	["after a turn of the event loop", () => clock.advance(0)],
	["a few milliseconds in", () => clock.advance(15)],
];
const CASES = COMMANDS.flatMap((command) => MOMENTS.map(([moment, wait]): [string, string, () => Promise<void>] => [command, moment, wait]));

/** Waits until the vault has been still for a while (five seconds of virtual time): no write, no cache work. */
async function stillness(v: LearnerVault): Promise<number> {
	for (let round = 0; round < 50; round++) {
		const writes = v.app.vault.totalWrites;
		await v.settle();
		await clock.advance(5_000);
		await v.settle();
		if (v.app.vault.totalWrites === writes) return writes;
	}
	throw new Error("The vault never went still after the plugin was switched off");
}

describe("the plugin switched off in the middle of every command", () => {
	it("counts its cases", () => {
		expect(CASES).toHaveLength(12);
	});

	it.each(CASES)("%s, switched off %s: no error, nothing lost, then quiet", async (command, _moment, wait) => {
		vault = await openRoadmapVault({ "My notes/Journal.md": "- [x] mine\n" });
		await vault.edit(PHASE_1, setBox("Python installation and environment setup", "x"));
		const mine = vault.read("My notes/Journal.md");
		const phase = vault.read(PHASE_1);
		const before = vault.notices().length;

		const running = vault.app.commands.runCommand(`learning-roadmap:${command}`);
		await wait();
		disablePlugin(vault.plugin);
		await expect(Promise.resolve(running)).resolves.not.toThrow();
		const writes = await stillness(vault);

		expect(vault.read("My notes/Journal.md")).toBe(mine);
		expectLinesKept(vault, PHASE_1, phase.split("\n---\n")[1] ?? "");
		for (const notice of vault.notices().slice(before)) expectPlainWords(notice);
		// switched off, it writes nothing more, whatever happens in the vault
		await vault.app.vault.process(vault.app.vault.getFileByPath(PHASE_1)!, setBox("pip and package management", "x"));
		await stillness(vault);
		expect(vault.app.vault.totalWrites).toBe(writes + 1);
	});

	it("a generation cut short is finished by the next one, with nothing written twice", async () => {
		vault = await openLearnerVault();
		const running = vault.app.commands.runCommand("learning-roadmap:generate-roadmap");
		await clock.advance(15);
		disablePlugin(vault.plugin);
		await running;
		await stillness(vault);
		// the notes it wrote (a portfolio, if it got that far, is not one of the 50 notes)
		const files = Object.fromEntries(vault.app.vault.getMarkdownFiles().map((f) => [f.path, vault!.read(f.path)]));
		const created = Object.keys(files).filter((p) => !p.endsWith("/Portfolio.md")).length;
		vault.close();

		vault = await openLearnerVault(files);
		await vault.run("generate-roadmap");
		expect(vault.notices().at(-1)).toBe(`Created ${50 - created}, updated 0, unchanged ${created}`);
	});
});
