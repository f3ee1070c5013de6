/**
 * `npm run vault -- [PATH]` (PATH defaults to ./vault): installs the built plugin into the vault
 * folder PATH, enables it there, and generates the roadmap notes by running the BUILT main.js's
 * own command in the test host. Open PATH as a vault in Obsidian and everything is in place.
 * Running it again is harmless: the plugin is re-copied and generation changes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { closeTestApp, createTestApp, enablePlugin } from "../tests/harness/app";
import { loadBuiltPlugin, readManifest } from "../tests/harness/load-plugin";
import { notices } from "../tests/harness/ui";

const repoRoot = path.resolve(import.meta.dirname, "..");
const vaultDir = path.resolve(process.argv[2] ?? "vault");
const manifest = readManifest(repoRoot);
const configDir = path.join(vaultDir, ".obsidian");

function installPlugin(): void {
	const pluginDir = path.join(configDir, "plugins", manifest.id);
	mkdirSync(pluginDir, { recursive: true });
	for (const file of ["main.js", "manifest.json", "styles.css"]) {
		const from = path.join(repoRoot, file);
		if (!existsSync(from)) throw new Error(`${file} is missing: run npm run build first (npm run vault does).`);
		copyFileSync(from, path.join(pluginDir, file));
	}
}

/** Adds the plugin to community-plugins.json, keeping every plugin already listed. */
function enableInObsidian(): void {
	const listFile = path.join(configDir, "community-plugins.json");
	let enabled: unknown = [];
	if (existsSync(listFile)) {
		enabled = JSON.parse(readFileSync(listFile, "utf8"));
		if (!Array.isArray(enabled)) throw new Error(`${listFile} is not a JSON list of plugin ids; fix or remove it.`);
	}
	const ids = enabled as string[];
	if (!ids.includes(manifest.id)) writeFileSync(listFile, JSON.stringify([...ids, manifest.id], null, 2) + "\n");
}

/** Runs *Generate roadmap notes* through the built plugin, in the test host, on the vault folder. */
async function generateRoadmap(): Promise<void> {
	const app = await createTestApp(vaultDir, { layoutReady: false });
	await enablePlugin(app, loadBuiltPlugin(path.join(repoRoot, "main.js")), manifest);
	app.workspace.triggerLayoutReady();
	await app.metadataCache.whenIdle();
	await app.commands.runCommand(`${manifest.id}:generate-roadmap`);
	await app.metadataCache.whenIdle();
	await app.vault.whenWritesSettled();
	closeTestApp(app);
}

mkdirSync(vaultDir, { recursive: true });
installPlugin();
enableInObsidian();
await generateRoadmap();
for (const message of notices) console.log(`Notice: ${message}`);
console.log(`\nReady: open ${vaultDir} as a vault in Obsidian (Open folder as vault).`);
console.log("Obsidian asks whether to trust the vault's plugins the first time: choose to trust and enable them.");
