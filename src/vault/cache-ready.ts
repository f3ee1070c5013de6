import type { App, Component } from "obsidian";

/**
 * Calls `ready` once the MetadataCache has finished its first pass: at once when every note already
 * has a cache (the plugin enabled in a running app), else on the first `resolved` event.
 */
export function whenCacheResolved(app: App, component: Component, ready: () => void): void {
	const { metadataCache, vault } = app;
	if (vault.getMarkdownFiles().every((file) => metadataCache.getFileCache(file) !== null)) {
		ready();
		return;
	}
	const ref = metadataCache.on("resolved", () => {
		metadataCache.offref(ref);
		ready();
	});
	component.registerEvent(ref);
}
