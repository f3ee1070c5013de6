/**
 * Obsidian's Vault over a real temporary folder: every write hits the disk (tests inspect the files), every
 * mutation fires Obsidian's events, and all writes go through one queue so that `process` is atomic.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import nodePath from "node:path";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { clock } from "./clock";
import { Events } from "./events";
import type { MetadataCache } from "./metadata-cache";

/** Obsidian's `normalizePath`: one `/` between segments, none at the ends, NFC, non-breaking spaces as spaces. */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	return p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

export abstract class TAbstractFile {
	vault: Vault;
	path: string;
	name: string;
	parent: TFolder | null;

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		this.vault = vault;
		this.path = path;
		this.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
		this.parent = parent;
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	constructor(vault: Vault, path: string, parent: TFolder | null) {
		super(vault, path, parent);
		this.setNames();
	}

	/** Recomputes `name`, `basename` and `extension` from `path` (after a rename). */
	setNames(): void {
		this.name = this.path.slice(this.path.lastIndexOf("/") + 1);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** The raw file-system side (`vault.adapter`), on vault-relative paths, including hidden ones like `.obsidian/`. */
export class FileSystemAdapter {
	constructor(
		private readonly vault: Vault,
		private readonly rootDir: string,
	) {}

	getBasePath(): string {
		return this.rootDir;
	}

	getName(): string {
		return nodePath.basename(this.rootDir);
	}

	getFullPath(path: string): string {
		return nodePath.join(this.rootDir, normalizePath(path) === "/" ? "" : normalizePath(path));
	}

	async exists(path: string, _sensitive?: boolean): Promise<boolean> {
		return existsSync(this.getFullPath(path));
	}

	async stat(path: string): Promise<(FileStats & { type: "file" | "folder" }) | null> {
		const full = this.getFullPath(path);
		if (!existsSync(full)) return null;
		const s = statSync(full);
		return { type: s.isDirectory() ? "folder" : "file", ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size };
	}

	async list(path: string): Promise<{ files: string[]; folders: string[] }> {
		const base = normalizePath(path) === "/" ? "" : `${normalizePath(path)}/`;
		const files: string[] = [];
		const folders: string[] = [];
		for (const entry of readdirSync(this.getFullPath(path), { withFileTypes: true })) {
			(entry.isDirectory() ? folders : files).push(base + entry.name);
		}
		return { files, folders };
	}

	async read(path: string): Promise<string> {
		return readFileSync(this.getFullPath(path), "utf8");
	}

	/** Writes the file (creating it and its folders) without touching the vault's file tree, like Obsidian's adapter. */
	async write(path: string, data: string, _options?: DataWriteOptions): Promise<void> {
		await this.vault.exclusive(() => {
			mkdirSync(nodePath.dirname(this.getFullPath(path)), { recursive: true });
			this.vault.writeToDisk(normalizePath(path), data);
		});
	}

	async append(path: string, data: string, _options?: DataWriteOptions): Promise<void> {
		await this.vault.exclusive(() => {
			const full = this.getFullPath(path);
			mkdirSync(nodePath.dirname(full), { recursive: true });
			const before = existsSync(full) ? readFileSync(full, "utf8") : "";
			this.vault.writeToDisk(normalizePath(path), before + data);
		});
	}

	async mkdir(path: string): Promise<void> {
		mkdirSync(this.getFullPath(path), { recursive: true });
	}

	async remove(path: string): Promise<void> {
		rmSync(this.getFullPath(path));
	}

	async rmdir(path: string, recursive: boolean): Promise<void> {
		rmSync(this.getFullPath(path), { recursive });
	}
}

export class Vault extends Events {
	readonly configDir = ".obsidian";
	readonly adapter: FileSystemAdapter;
	private readonly root: TFolder;
	private readonly fileMap = new Map<string, TAbstractFile>();
	private readonly writes = new Map<string, number>();
	private queue: Promise<unknown> = Promise.resolve();
	private queued = 0;

	constructor(readonly rootDir: string) {
		super();
		this.adapter = new FileSystemAdapter(this, rootDir);
		this.root = new TFolder(this, "/", null);
		this.fileMap.set("/", this.root);
	}

	/** Scans the folder into the file tree. Like Obsidian, entries starting with `.` (`.obsidian`, `.trash`) are not in it. */
	async load(): Promise<void> {
		mkdirSync(this.rootDir, { recursive: true });
		const scan = (folder: TFolder): void => {
			const entries = readdirSync(this.fullPath(folder.path), { withFileTypes: true });
			entries.sort((x, y) => x.name.localeCompare(y.name));
			for (const entry of entries) {
				if (entry.name.startsWith(".")) continue;
				const path = normalizePath(folder.isRoot() ? entry.name : `${folder.path}/${entry.name}`);
				if (this.fileMap.has(path)) continue;
				if (entry.isDirectory()) scan(this.addFolder(path, folder));
				else if (entry.isFile()) this.addFile(path, folder);
			}
		};
		scan(this.root);
	}

	getName(): string {
		return nodePath.basename(this.rootDir);
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.fileMap.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.fileMap.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	async read(file: TFile): Promise<string> {
		this.assertLive(file);
		this.totalReads++;
		return readFileSync(this.fullPath(file.path), "utf8");
	}

	async cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async readBinary(file: TFile): Promise<ArrayBuffer> {
		this.assertLive(file);
		const buf = readFileSync(this.fullPath(file.path));
		return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
	}

	getResourcePath(file: TFile): string {
		return `app://local/${encodeURI(this.fullPath(file.path))}`;
	}

	async create(path: string, data: string, _options?: DataWriteOptions): Promise<TFile> {
		path = normalizePath(path);
		return this.exclusive(() => {
			if (this.fileMap.has(path) || existsSync(this.fullPath(path))) throw new Error("File already exists.");
			const parent = this.parentFolderOf(path);
			this.writeToDisk(path, data);
			const file = this.addFile(path, parent);
			this.trigger("create", file);
			return file;
		});
	}

	async createFolder(path: string): Promise<TFolder> {
		path = normalizePath(path);
		return this.exclusive(() => {
			if (this.fileMap.has(path) || existsSync(this.fullPath(path))) throw new Error("Folder already exists.");
			mkdirSync(this.fullPath(path), { recursive: true });
			let folder = this.root;
			const created: TFolder[] = [];
			for (const segment of path.split("/")) {
				const sub = folder.isRoot() ? segment : `${folder.path}/${segment}`;
				const existing = this.fileMap.get(sub);
				if (existing && !(existing instanceof TFolder)) throw new Error(`Cannot create folder "${path}": "${sub}" is a file.`);
				folder = existing instanceof TFolder ? existing : this.addFolder(sub, folder);
				if (!existing) created.push(folder);
			}
			for (const f of created) this.trigger("create", f);
			return folder;
		});
	}

	async modify(file: TFile, data: string, _options?: DataWriteOptions): Promise<void> {
		await this.exclusive(() => {
			this.assertLive(file);
			this.writeToDisk(file.path, data);
			this.refreshStat(file);
			this.trigger("modify", file);
		});
	}

	/** Atomically reads, transforms and writes the file; no other vault write runs in between. */
	async process(file: TFile, fn: (data: string) => string, _options?: DataWriteOptions): Promise<string> {
		return this.exclusive(() => {
			this.assertLive(file);
			const before = readFileSync(this.fullPath(file.path), "utf8");
			const after = fn(before);
			if (typeof after !== "string") throw new Error("Vault.process: the callback must return a string.");
			this.writeToDisk(file.path, after);
			this.refreshStat(file);
			this.trigger("modify", file);
			return after;
		});
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		await this.process(file, (text) => text + data, options);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		newPath = normalizePath(newPath);
		await this.exclusive(() => {
			this.assertLive(file);
			if (newPath === file.path) return;
			if (this.fileMap.has(newPath) || existsSync(this.fullPath(newPath))) {
				throw new Error("Destination file already exists!");
			}
			const newParent = this.parentFolderOf(newPath);
			if (file instanceof TFolder && (newParent === file || newParent.path.startsWith(`${file.path}/`))) {
				throw new Error("Cannot move a folder into itself.");
			}
			renameSync(this.fullPath(file.path), this.fullPath(newPath));
			this.detach(file);
			const moved: Array<[TAbstractFile, string]> = [];
			const move = (f: TAbstractFile, path: string): void => {
				moved.push([f, f.path]);
				this.fileMap.delete(f.path);
				f.path = path;
				if (f instanceof TFile) f.setNames();
				else f.name = path.slice(path.lastIndexOf("/") + 1);
				this.fileMap.set(path, f);
				if (f instanceof TFolder) for (const child of f.children) move(child, `${path}/${child.name}`);
			};
			move(file, newPath);
			file.parent = newParent;
			newParent.children.push(file);
			for (const [f, oldPath] of moved) this.trigger("rename", f, oldPath);
		});
	}

	/** Deletes from disk (folders with their contents) and fires `delete` for every removed entry, deepest first. */
	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		await this.exclusive(() => {
			this.assertLive(file);
			if (file instanceof TFolder && file.isRoot()) throw new Error("Cannot delete the vault root.");
			rmSync(this.fullPath(file.path), { recursive: true });
			this.detach(file);
			const removed: TAbstractFile[] = [];
			const forget = (f: TAbstractFile): void => {
				if (f instanceof TFolder) for (const child of f.children) forget(child);
				this.fileMap.delete(f.path);
				removed.push(f);
			};
			forget(file);
			for (const f of removed) this.trigger("delete", f);
		});
	}

	/**
	 * `system: true` stands for the OS trash: the entry simply leaves the vault folder. `system: false` moves it
	 * into the vault's hidden `.trash/` folder, as Obsidian does. Either way the vault fires `delete`.
	 */
	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		if (!system) {
			const trashDir = this.fullPath(".trash");
			mkdirSync(trashDir, { recursive: true });
			let target = nodePath.join(trashDir, file.name);
			for (let n = 1; existsSync(target); n++) target = nodePath.join(trashDir, `${n} ${file.name}`);
			cpSync(this.fullPath(file.path), target, { recursive: true });
		}
		await this.delete(file, true);
	}

	// ---- test helpers ----

	/** How many notes the plugin read through `read`/`cachedRead`; the metadata cache's own reads are not counted. */
	totalReads = 0;

	/** How many times the harness wrote `path` to disk (vault and adapter writes); without `path`, all writes. */
	writeCount(path?: string): number {
		if (path === undefined) return this.totalWrites;
		return this.writes.get(normalizePath(path)) ?? 0;
	}

	get totalWrites(): number {
		let n = 0;
		for (const count of this.writes.values()) n += count;
		return n;
	}

	resetWriteCounts(): void {
		this.writes.clear();
	}

	/** True while a vault or adapter write is queued or running. */
	get busy(): boolean {
		return this.queued > 0;
	}

	/** Resolves once every write queued so far has finished. */
	async whenWritesSettled(): Promise<void> {
		while (this.queued > 0) await this.queue.catch(() => undefined);
	}

	// ---- internals (public for the adapter and FileManager) ----

	/** Runs `fn` after every write queued before it, and before any queued after it. */
	/** Resolves when every write queued so far has run (harness only: a closing app's last saves). */
	whenWritesDone(): Promise<void> {
		return this.queue.then(() => undefined);
	}

	exclusive<T>(fn: () => T): Promise<T> {
		this.queued++;
		const run = clock.track(this.queue.then(fn));
		this.queue = run.then(
			() => undefined,
			() => undefined,
		);
		return run.finally(() => {
			this.queued--;
		});
	}

	writeToDisk(path: string, data: string): void {
		const full = this.fullPath(path);
		if (!existsSync(nodePath.dirname(full))) {
			throw new Error(`ENOENT: no such file or directory, open '${path}' (the folder "${nodePath.dirname(path)}" does not exist)`);
		}
		writeFileSync(full, data, "utf8");
		this.writes.set(path, (this.writes.get(path) ?? 0) + 1);
	}

	private fullPath(path: string): string {
		return path === "/" ? this.rootDir : nodePath.join(this.rootDir, path);
	}

	private parentFolderOf(path: string): TFolder {
		const slash = path.lastIndexOf("/");
		const parentPath = slash === -1 ? "/" : path.slice(0, slash);
		const parent = this.getFolderByPath(parentPath);
		if (!parent) {
			throw new Error(`ENOENT: no such file or directory, open '${path}' (the folder "${parentPath}" does not exist)`);
		}
		return parent;
	}

	private assertLive(file: TAbstractFile): void {
		if (this.fileMap.get(file.path) !== file) throw new Error(`File "${file.path}" is not in the vault (deleted or stale).`);
	}

	private addFile(path: string, parent: TFolder): TFile {
		const file = new TFile(this, path, parent);
		this.refreshStat(file);
		parent.children.push(file);
		this.fileMap.set(path, file);
		return file;
	}

	private addFolder(path: string, parent: TFolder): TFolder {
		const folder = new TFolder(this, path, parent);
		parent.children.push(folder);
		this.fileMap.set(path, folder);
		return folder;
	}

	private detach(file: TAbstractFile): void {
		if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
	}

	private refreshStat(file: TFile): void {
		const s = statSync(this.fullPath(file.path));
		file.stat = { ctime: s.birthtimeMs || s.ctimeMs, mtime: s.mtimeMs, size: s.size };
	}
}

/** The frontmatter block of a note: its YAML source and the text after the closing `---` line. */
function splitFrontmatter(text: string): { yaml: string; body: string } | null {
	const open = /^---[ \t]*\r?\n/.exec(text);
	if (!open) return null;
	const close = /^---[ \t]*(\r?\n|$)/m.exec(text.slice(open[0].length));
	if (!close) return null;
	const yamlEnd = open[0].length + close.index;
	return { yaml: text.slice(open[0].length, yamlEnd), body: text.slice(yamlEnd + close[0].length) };
}

export class FileManager {
	constructor(
		readonly vault: Vault,
		readonly metadataCache: MetadataCache,
	) {}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.vault.getRoot();
	}

	/**
	 * Obsidian's frontmatter editing: parse the YAML into an object, let `fn` mutate it, write the block back
	 * (`yaml` stringify, lists as block sequences, keys in insertion order, `null` as an empty value) and leave
	 * the body byte-identical. Creates the block when absent. Broken YAML throws (`YAMLParseError`) and
	 * nothing is written; so does an exception from `fn`.
	 */
	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(
			file,
			(text) => {
				const split = splitFrontmatter(text);
				const parsed: unknown = split ? parseYaml(split.yaml) : null;
				if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
					throw new Error(`The frontmatter of "${file.path}" is not a YAML mapping.`);
				}
				const data = (parsed ?? {}) as Record<string, unknown>;
				fn(data);
				if (!split && Object.keys(data).length === 0) return text;
				const yaml = Object.keys(data).length === 0 ? "" : stringifyYaml(data, { lineWidth: 0, nullStr: "" });
				return `---\n${yaml}---\n${split ? split.body : text}`;
			},
			options,
		);
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${linktext}${subpath}${alias ? `|${alias}` : ""}]]`;
	}
}
