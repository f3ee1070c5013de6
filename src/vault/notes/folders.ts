import type { App } from "obsidian";

/** The folder part of a vault path (`""` for a file at the root). */
export function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** Creates a folder and its missing parents; refuses when a file stands where a folder should be. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	if (folder === "" || folder === "/" || app.vault.getFolderByPath(folder)) return;
	await ensureFolder(app, parentOf(folder));
	if (app.vault.getAbstractFileByPath(folder)) {
		throw new Error(`Cannot create the folder "${folder}": a file has that name.`);
	}
	await app.vault.createFolder(folder);
}
