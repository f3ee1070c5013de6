import type { App, Component, TFile } from "obsidian";

/**
 * Calls `ready` once the MetadataCache has finished its first pass: at once when every note already
 * has a cache (the plugin enabled in a running app), else on the first `resolved` event. `ready` gets
 * the vault's notes when they were listed for the check, so the caller need not list them again.
 */
export function whenCacheResolved(app: App, component: Component, ready: (files?: TFile[]) => void): void {
	const { metadataCache, vault } = app;
	const files = vault.getMarkdownFiles();
	if (files.every((file) => metadataCache.getFileCache(file) !== null)) {
		ready(files);
		return;
	}
	const ref = metadataCache.on("resolved", () => {
		metadataCache.offref(ref);
		ready();
	});
	component.registerEvent(ref);
}
