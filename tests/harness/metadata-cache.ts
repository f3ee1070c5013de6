/**
 * Obsidian's MetadataCache over the harness Vault. Caches come from `computeFileCache` (checked against real
 * captures). As in Obsidian, a change is indexed asynchronously: after a vault write resolves, on a later
 * task (of the harness's virtual clock, see clock.ts), the cache of that one file is recomputed and `changed` (file, data, cache) fires, then `resolve`
 * (file) and, once nothing is pending, `resolved`. A write that leaves the text identical to what was indexed
 * fires nothing (Obsidian compares content hashes). A rename moves the cache without recomputing (Obsidian fires
 * no `changed` for renames); a delete fires `deleted` (file, prevCache).
 */
import { nextTask } from "./clock";
import { Events } from "./events";
import { throwHandlerErrors } from "./handler-errors";
import { computeFileCache, type CachedMetadata } from "./markdown-cache";
import { TAbstractFile, TFile, type Vault } from "./vault";

interface Entry {
	text: string;
	cache: CachedMetadata;
}

const isMarkdown = (f: TAbstractFile): f is TFile => f instanceof TFile && f.extension === "md";

export class MetadataCache extends Events {
	/** Link resolution is not modelled; present because plugins read them. */
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** How many file caches have been computed in total. */
	computeCount = 0;
	private readonly computedPerPath = new Map<string, number>();
	private readonly entries = new Map<string, Entry>();
	/** Paths waiting for a recompute, each with the file object to index. */
	private readonly pending = new Map<string, TFile>();
	private scheduled = false;
	private lateFiles: TFile[] = [];
	private running = 0;

	constructor(readonly vault: Vault) {
		super();
		vault.on("create", (file: TAbstractFile) => {
			if (isMarkdown(file)) this.schedule(file);
		});
		vault.on("modify", (file: TAbstractFile) => {
			if (isMarkdown(file)) this.schedule(file);
		});
		vault.on("delete", (file: TAbstractFile) => {
			if (!(file instanceof TFile)) return;
			const prev = this.entries.get(file.path);
			this.entries.delete(file.path);
			this.pending.delete(file.path);
			if (prev) this.later(() => this.trigger("deleted", file, prev.cache));
		});
		vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			if (!(file instanceof TFile)) return;
			const entry = this.entries.get(oldPath);
			this.entries.delete(oldPath);
			if (this.pending.delete(oldPath)) this.schedule(file);
			if (!isMarkdown(file)) return;
			if (entry) this.entries.set(file.path, entry);
			else this.schedule(file);
		});
	}

	/**
	 * Start-up order "cache complete before layout-ready": indexes every loaded markdown file now, then fires
	 * `resolved`. Obsidian promises neither this order nor the other (see tests/harness/README.md).
	 */
	async initialize(): Promise<void> {
		for (const file of this.vault.getMarkdownFiles()) {
			this.store(file, await this.vault.adapter.read(file.path));
		}
		this.trigger("resolved");
	}

	/**
	 * Start-up order "notes indexed after layout-ready": nothing is indexed yet, except the notes in `stale`
	 * (vault path → the text of an earlier version), whose cache — properties, boxes, positions — is what
	 * Obsidian kept from that version, as a cache persisted from the last session is before the note
	 * changed on disk (sync, another app). `indexPending()` then indexes every note, one `changed` each
	 * (none for a note whose cache already matches), and `resolved` once at the end.
	 */
	initializeLate(stale: Record<string, string> = {}): void {
		for (const [path, text] of Object.entries(stale)) {
			const file = this.vault.getFileByPath(path);
			if (!file || file.extension !== "md") throw new Error(`stale cache for "${path}": no such note in the vault`);
			this.store(file, text);
		}
		this.lateFiles = this.vault.getMarkdownFiles();
	}

	/** Indexes what `initializeLate` left unindexed or stale, asynchronously, as after layout-ready. */
	indexPending(): void {
		for (const file of this.lateFiles.splice(0)) this.schedule(file);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.getCache(file.path);
	}

	getCache(path: string): CachedMetadata | null {
		return this.entries.get(path)?.cache ?? null;
	}

	/** How many times the cache of `path` has been computed. */
	computeCountFor(path: string): number {
		return this.computedPerPath.get(path) ?? 0;
	}

	/**
	 * Obsidian's resolution of a link path (subpath after `#` ignored): the exact vault path, then with `.md`,
	 * then any file whose path ends with it (case-insensitive, `.md` optional), shortest path first.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const hash = linkpath.indexOf("#");
		const lp = (hash === -1 ? linkpath : linkpath.slice(0, hash)).trim();
		if (lp === "") return this.vault.getFileByPath(sourcePath);
		const exact = this.vault.getFileByPath(lp) ?? this.vault.getFileByPath(`${lp}.md`);
		if (exact) return exact;
		const wanted = lp.toLowerCase();
		const matches = this.vault.getFiles().filter((f) => {
			const path = f.path.toLowerCase();
			const noExt = f.extension === "md" ? path.slice(0, -3) : path;
			return [path, noExt].some((p) => p === wanted || p.endsWith(`/${wanted}`));
		});
		matches.sort((x, y) => x.path.length - y.path.length || x.path.localeCompare(y.path));
		return matches[0] ?? null;
	}

	/** The file name when it is unique in the vault, else the full path (without `.md` unless asked). */
	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const strip = omitMdExtension && file.extension === "md";
		const name = strip ? file.basename : file.name;
		const unique = this.vault.getFiles().filter((f) => f.name.toLowerCase() === file.name.toLowerCase()).length === 1;
		if (unique) return name;
		return strip ? file.path.slice(0, -3) : file.path;
	}

	/**
	 * Resolves once every pending recompute has run and its events have fired (also waits for queued vault
	 * writes). Indexing runs on a task due now, so this moves virtual time no further than now: a plugin's
	 * debounced work stays pending (`clock.runUntilQuiet()` runs that too).
	 */
	async whenIdle(): Promise<void> {
		for (let round = 0; ; round++) {
			await this.vault.whenWritesSettled();
			await nextTask();
			if (!this.vault.busy && this.pending.size === 0 && !this.scheduled && this.running === 0) {
				throwHandlerErrors(); // an assertion in a handler fails the test awaiting this
				return;
			}
			if (round > 1000) {
				throw new Error(
					`MetadataCache never became idle: ${this.pending.size} recompute(s) still pending after 1000 rounds (a write loop?)`,
				);
			}
		}
	}

	private schedule(file: TFile): void {
		this.pending.set(file.path, file);
		if (this.scheduled) return;
		this.scheduled = true;
		this.later(() => void this.flush());
	}

	private later(fn: () => void): void {
		this.running++;
		setTimeout(() => {
			try {
				fn();
			} finally {
				this.running--;
			}
		}, 0);
	}

	private async flush(): Promise<void> {
		this.running++;
		try {
			this.scheduled = false;
			let changed = false;
			while (this.pending.size > 0) {
				const [path, file] = this.pending.entries().next().value as [string, TFile];
				this.pending.delete(path);
				if (this.vault.getFileByPath(path) !== file) continue;
				let text: string;
				try {
					text = await this.vault.adapter.read(file.path);
				} catch {
					continue; // deleted meanwhile
				}
				if (this.entries.get(path)?.text === text) continue;
				const cache = this.store(file, text);
				changed = true;
				this.trigger("changed", file, text, cache);
				this.trigger("resolve", file);
			}
			if (changed) this.trigger("resolved");
		} finally {
			this.running--;
		}
	}

	private store(file: TFile, text: string): CachedMetadata {
		const cache = computeFileCache(text);
		this.entries.set(file.path, { text, cache });
		this.computeCount++;
		this.computedPerPath.set(file.path, (this.computedPerPath.get(file.path) ?? 0) + 1);
		return cache;
	}
}
