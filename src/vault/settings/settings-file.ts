import { normalizePath, type Plugin } from "obsidian";
import { readSettingsFile, type SettingsFileRead } from "../../core/settings/settings-file";

/** The vault path of the plugin's `data.json` (Obsidian sets the plugin's folder when it loads it). */
export function settingsFilePath(plugin: Plugin): string | undefined {
	return plugin.manifest.dir === undefined ? undefined : normalizePath(`${plugin.manifest.dir}/data.json`);
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
		if (path === undefined) throw new Error("no plugin folder");
		text = (await adapter.exists(path)) ? await adapter.read(path) : null;
	} catch {
		// A file that cannot be reached (no plugin folder, permissions) is read as loadData sees it.
		return { ok: true, data: await plugin.loadData().catch(() => null) };
	}
	return readSettingsFile(text);
}
