/**
 * Links in the progress view behave as Obsidian's own: a click opens the note here, Ctrl/Cmd-click or a
 * middle click in a new tab, hovering shows the page preview; on a phone there is no status bar item.
 */
import { afterEach, describe, expect, it } from "vitest";
import { openSettingTab } from "../harness/app";
import { Platform } from "../harness/obsidian";
import { openRoadmapVault, PHASE_3, progressViewEl, type LearnerVault } from "./built-plugin";

let vault: LearnerVault | undefined;
afterEach(() => {
	vault?.close();
	vault = undefined;
	Platform.isMobile = false;
	Platform.isDesktop = true;
});

async function phaseTitle(v: LearnerVault): Promise<HTMLElement> {
	await v.run("open-progress");
	const title = progressViewEl(v)?.querySelector<HTMLElement>('[data-phase="3"] .lr-phase-title');
	if (!title) throw new Error("No phase 3 title in the view");
	return title;
}

const mainTabs = (v: LearnerVault) => v.app.workspace.getLeavesOfType("markdown").length;

describe("links in the progress view", () => {
	it("open the note in the current tab on a click, and in a new tab with Ctrl/Cmd or the middle button", async () => {
		vault = await openRoadmapVault();
		const title = await phaseTitle(vault);
		title.dispatchEvent(new MouseEvent("click", { bubbles: true }));
		await vault.settle();
		expect(vault.app.workspace.opened.at(-1)).toEqual({ path: PHASE_3, line: 0 });
		expect(mainTabs(vault)).toBe(1);

		title.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
		await vault.settle();
		expect(mainTabs(vault)).toBe(2);

		title.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
		await vault.settle();
		expect(mainTabs(vault)).toBe(3);
		expect(vault.app.workspace.opened.at(-1)).toEqual({ path: PHASE_3, line: 0 });
	});

	it("show Obsidian's page preview on hover, from a hover source the plugin registers", async () => {
		vault = await openRoadmapVault();
		expect(vault.app.workspace.hoverLinkSources["learning-roadmap-progress"]).toMatchObject({ defaultMod: true });
		const hovers: Array<{ linktext: string; source: string; targetEl: HTMLElement }> = [];
		vault.app.workspace.on("hover-link", (info: { linktext: string; source: string; targetEl: HTMLElement }) => hovers.push(info));
		const title = await phaseTitle(vault);
		title.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toHaveLength(1);
		expect(hovers[0]).toMatchObject({ linktext: PHASE_3, source: "learning-roadmap-progress", targetEl: title });
	});
});

describe("on a phone", () => {
	it("adds no status bar item and no setting for it", async () => {
		Platform.isMobile = true;
		Platform.isDesktop = false;
		vault = await openRoadmapVault();
		expect(vault.app.workspace.statusBarEl.querySelectorAll(".plugin-learning-roadmap")).toHaveLength(0);
		const tab = openSettings(vault);
		expect(tab.textContent).toContain("Record completion dates");
		expect(tab.textContent).not.toContain("Show status bar item");
	});

	it("keeps both on the desktop", async () => {
		vault = await openRoadmapVault();
		expect(vault.app.workspace.statusBarEl.querySelectorAll(".plugin-learning-roadmap")).toHaveLength(1);
		expect(openSettings(vault).textContent).toContain("Show status bar item");
	});
});

function openSettings(v: LearnerVault): HTMLElement {
	return openSettingTab(v.app, "learning-roadmap");
}
