import { normalizePath, type Plugin } from "obsidian";
import { readSettingsFile, type SettingsFileRead } from "../core/settings/settings-file";

/** The vault path of the plugin's `data.json`. */
export function settingsFilePath(plugin: Plugin): string {
	return normalizePath(`${plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`}/data.json`);
}

/**
 * Reads `data.json` as text, so a file that is not JSON can be told from a missing one (`loadData`
 * gives null for both) and left alone instead of being overwritten with defaults.
 */
export async function readSettingsFileOf(plugin: Plugin): Promise<SettingsFileRead> {
	const adapter = plugin.app.vault.adapter;
	const path = settingsFilePath(plugin);
	let text: string | null;
	try {
		text = (await adapter.exists(path)) ? await adapter.read(path) : null;
	} catch {
		// An unreadable file (permissions, a folder in its place) is used as before: loadData's view of it.
		return { ok: true, data: await plugin.loadData().catch(() => null) };
	}
	return readSettingsFile(text);
}
