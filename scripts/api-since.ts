/**
 * Which Obsidian API the plugin's code uses, and since which Obsidian version each exists.
 *
 * The source files are type-checked together with obsidian.d.ts by TypeScript itself, so every name is
 * resolved to the declaration it really refers to: `this.app.vault.process(…)` is `Vault.process`, not any
 * method called `process`; `this.registerEvent` on a Plugin subclass is `Component.registerEvent`; and
 * `metadataCache.on("resolved", …)` is that one overload of `MetadataCache.on`, with its own `@since`.
 * A use's version is the `@since` tag of that declaration, or of its class when the member has none.
 *
 * What counts as a use: a value the code reaches at run time (a call, a property read, `new`, a class
 * it extends). Not a use: type-only references (`import type`, annotations, `implements`), and methods the
 * plugin defines for Obsidian to call (an older Obsidian simply never calls them). The limits are in
 * the compatibility table of docs/release.md.
 */
import path from "node:path";
import ts from "typescript";

/** One reference from the plugin's code to a declaration in obsidian.d.ts. */
export interface ApiUse {
	/** `Vault.process`, `normalizePath`, `MetadataCache.on("resolved")` */
	api: string;
	/** the `@since` version, or null when neither the member nor its class carries one (older than the tags) */
	since: string | null;
	file: string;
	line: number;
}

/** What to scan: source texts by absolute path, and the text of obsidian.d.ts. */
export interface ScanInput {
	sources: ReadonlyMap<string, string>;
	obsidianDts: string;
	/** resolve the sources' other imports (zod, @codemirror/…) from node_modules on disk; tests leave it off */
	resolveOtherModulesFromDisk?: boolean;
}

const OBSIDIAN_DTS = "/__obsidian__/node_modules/obsidian/obsidian.d.ts";

const COMPILER_OPTIONS: ts.CompilerOptions = {
	target: ts.ScriptTarget.ES2022,
	module: ts.ModuleKind.ESNext,
	moduleResolution: ts.ModuleResolutionKind.Bundler,
	lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
	types: [],
	strict: true,
	noEmit: true,
	skipLibCheck: true,
};

// TypeScript's lib files are the same for every scan; parsing lib.dom.d.ts once saves a second per test.
const libFiles = new Map<string, ts.SourceFile>();

function createProgram(input: ScanInput): ts.Program {
	const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
	const libDir = path.dirname(ts.getDefaultLibFilePath(COMPILER_OPTIONS)) + path.sep;
	const fromDisk = (fileName: string) => fileName.startsWith(libDir) || input.resolveOtherModulesFromDisk === true;
	const diskSourceFile = host.getSourceFile.bind(host);
	const textOf = (fileName: string): string | undefined =>
		fileName === OBSIDIAN_DTS ? input.obsidianDts : input.sources.get(fileName);

	host.fileExists = (fileName) => textOf(fileName) !== undefined || (fromDisk(fileName) && ts.sys.fileExists(fileName));
	host.readFile = (fileName) => textOf(fileName) ?? (fromDisk(fileName) ? ts.sys.readFile(fileName) : undefined);
	host.getSourceFile = (fileName, languageVersion) => {
		const text = textOf(fileName);
		if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
		if (!fromDisk(fileName)) return undefined;
		if (!fileName.startsWith(libDir)) return diskSourceFile(fileName, languageVersion);
		let lib = libFiles.get(fileName);
		if (!lib) {
			lib = diskSourceFile(fileName, languageVersion);
			if (lib) libFiles.set(fileName, lib);
		}
		return lib;
	};
	host.resolveModuleNameLiterals = (literals, containingFile, _redirect, options) =>
		literals.map((literal) =>
			literal.text === "obsidian"
				? { resolvedModule: { resolvedFileName: OBSIDIAN_DTS, extension: ts.Extension.Dts, isExternalLibraryImport: true } }
				: ts.resolveModuleName(literal.text, containingFile, options, host),
		);
	return ts.createProgram({ rootNames: [...input.sources.keys()], options: COMPILER_OPTIONS, host });
}

/** Every use of an Obsidian API in the given sources, in source order. */
export function findObsidianApiUses(input: ScanInput): ApiUse[] {
	const program = createProgram(input);
	const checker = program.getTypeChecker();
	const uses: ApiUse[] = [];

	for (const file of program.getSourceFiles()) {
		if (!input.sources.has(file.fileName) || file.isDeclarationFile) continue;
		const record = (at: ts.Node, declaration: ts.Declaration | undefined) => {
			const described = declaration && describe(declaration);
			if (!described) return;
			const line = file.getLineAndCharacterOfPosition(at.getStart(file)).line + 1;
			uses.push({ ...described, file: file.fileName, line });
		};
		const visit = (node: ts.Node): void => {
			if (isTypeOnly(node)) return;
			if (ts.isHeritageClause(node)) {
				// `extends Plugin` runs Plugin's constructor; `implements X` is erased.
				if (node.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassLike(node.parent))
					for (const type of node.types) visit(type.expression);
				return;
			}
			if (ts.isIdentifier(node) && !isDeclarationName(node)) record(node, declarationOf(node));
			else if (ts.isStringLiteral(node) && ts.isElementAccessExpression(node.parent) && node.parent.argumentExpression === node)
				record(node, obsidianDeclaration(checker.getSymbolAtLocation(node)));
			else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) record(node, destructured(node));
			else if (ts.isShorthandPropertyAssignment(node)) record(node, obsidianDeclaration(checker.getShorthandAssignmentValueSymbol(node)));
			ts.forEachChild(node, visit);
		};
		visit(file);
	}
	return uses;

	function declarationOf(id: ts.Identifier): ts.Declaration | undefined {
		const candidates = obsidianDeclarations(checker.getSymbolAtLocation(id));
		if (candidates.length === 0) return undefined;
		// A call picks one overload: `on("resolved", …)` is versioned apart from `on("changed", …)`.
		const call = ts.isPropertyAccessExpression(id.parent) && id.parent.name === id ? id.parent.parent : id.parent;
		if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && (call.expression === id || call.expression === id.parent)) {
			const declaration = checker.getResolvedSignature(call)?.declaration;
			if (declaration && candidates.includes(declaration)) return declaration;
		}
		// Not a call (or `new`, which resolves to a constructor): the oldest declaration is what it needs.
		return candidates.sort((a, b) => compareVersions(sinceOf(a) ?? "0.0.0", sinceOf(b) ?? "0.0.0"))[0];
	}

	function destructured(element: ts.BindingElement): ts.Declaration | undefined {
		const name = element.propertyName ?? element.name;
		if (!ts.isIdentifier(name)) return undefined;
		const type = checker.getTypeAtLocation(element.parent);
		return obsidianDeclaration(checker.getPropertyOfType(type, name.text));
	}

	function obsidianDeclaration(symbol: ts.Symbol | undefined): ts.Declaration | undefined {
		return obsidianDeclarations(symbol).sort((a, b) => compareVersions(sinceOf(a) ?? "0.0.0", sinceOf(b) ?? "0.0.0"))[0];
	}

	/** The symbol's declarations when obsidian.d.ts alone declares it, else none. */
	function obsidianDeclarations(symbol: ts.Symbol | undefined): ts.Declaration[] {
		if (!symbol) return [];
		if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
		// `Math`, `String.startsWith`: the platform declares them; obsidian.d.ts only adds to them.
		const declarations = symbol.declarations ?? [];
		return declarations.every(isInObsidian) ? [...declarations] : [];
	}
}

function isInObsidian(node: ts.Node): boolean {
	return node.getSourceFile().fileName === OBSIDIAN_DTS;
}

function isTypeOnly(node: ts.Node): boolean {
	return (
		(ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node)) ||
		ts.isImportDeclaration(node) ||
		ts.isExportDeclaration(node) ||
		ts.isInterfaceDeclaration(node) ||
		ts.isTypeAliasDeclaration(node) ||
		(ts.isModuleDeclaration(node) && !!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword))
	);
}

// The name a declaration introduces (a method the plugin defines, an object literal's key) is not a use.
function isDeclarationName(id: ts.Identifier): boolean {
	const parent = id.parent;
	if (!parent) return false;
	if (ts.isBindingElement(parent)) return true;
	// Every declaration names itself with `.name`; of the other nodes only `a.b` and `new.target` do.
	if (ts.isPropertyAccessExpression(parent) || ts.isMetaProperty(parent)) return false;
	return (parent as { name?: ts.Node }).name === id;
}

function describe(declaration: ts.Declaration): { api: string; since: string | null } | undefined {
	const name = declarationName(declaration);
	if (!name) return undefined;
	const owner = ownerOf(declaration);
	const event = eventName(declaration);
	const api = (owner ? `${owner.name}.${name}` : name) + (event ? `("${event}")` : "");
	return { api, since: sinceOf(declaration) ?? (owner && sinceOf(owner.declaration)) ?? null };
}

function declarationName(declaration: ts.Declaration): string | undefined {
	const name = (declaration as ts.NamedDeclaration).name;
	if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) return name.text;
	return undefined;
}

/** The class, interface or `const X: { … }` a member belongs to. */
function ownerOf(declaration: ts.Declaration): { name: string; declaration: ts.Declaration } | undefined {
	let parent: ts.Node | undefined = declaration.parent;
	if (!parent) return undefined;
	if ((ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name)
		return { name: parent.name.text, declaration: parent };
	if (ts.isTypeLiteralNode(parent)) {
		while (parent && !ts.isVariableDeclaration(parent) && !ts.isTypeAliasDeclaration(parent)) parent = parent.parent;
		const name = parent && declarationName(parent);
		if (parent && name) return { name, declaration: parent };
	}
	return undefined;
}

/** `on(name: 'resolved', …)`: the literal event name that tells one overload from another. */
function eventName(declaration: ts.Declaration): string | undefined {
	if (!ts.isMethodDeclaration(declaration) && !ts.isMethodSignature(declaration)) return undefined;
	const type = declaration.parameters[0]?.type;
	if (type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return type.literal.text;
	return undefined;
}

function sinceOf(node: ts.Node): string | undefined {
	for (const tag of ts.getJSDocTags(node)) {
		if (tag.tagName.text !== "since") continue;
		const text = ts.getTextOfJSDocComment(tag.comment)?.trim();
		if (text) return text;
	}
	return undefined;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semantic version order: negative when a is older than b, 0 when equal; throws on a malformed version. */
export function compareVersions(a: string, b: string): number {
	const pa = SEMVER.exec(a);
	const pb = SEMVER.exec(b);
	if (!pa) throw new Error(`not a semantic version: "${a}"`);
	if (!pb) throw new Error(`not a semantic version: "${b}"`);
	for (let i = 1; i <= 3; i++) {
		const d = Number(pa[i]) - Number(pb[i]);
		if (d !== 0) return Math.sign(d);
	}
	return comparePrerelease(pa[4], pb[4]);
}

function comparePrerelease(a: string | undefined, b: string | undefined): number {
	if (a === b) return 0;
	if (a === undefined) return 1; // 1.0.0 is newer than 1.0.0-beta
	if (b === undefined) return -1;
	const xs = a.split(".");
	const ys = b.split(".");
	for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
		const x = xs[i];
		const y = ys[i];
		if (x === undefined) return -1;
		if (y === undefined) return 1;
		if (x === y) continue;
		const xn = /^\d+$/.test(x);
		const yn = /^\d+$/.test(y);
		if (xn && yn) return Math.sign(Number(x) - Number(y));
		if (xn !== yn) return xn ? -1 : 1;
		return x < y ? -1 : 1;
	}
	return 0;
}

/** One row per API: its version and the files using it, newest API first, then by name. */
export interface ApiRow {
	api: string;
	since: string | null;
	files: string[];
}

export function summarizeUses(uses: readonly ApiUse[], relativeTo = ""): ApiRow[] {
	const rows = new Map<string, ApiRow>();
	for (const use of uses) {
		const row = rows.get(use.api) ?? { api: use.api, since: use.since, files: [] };
		const file = relativeTo && use.file.startsWith(relativeTo) ? use.file.slice(relativeTo.length).replace(/^\//, "") : use.file;
		if (!row.files.includes(file)) row.files.push(file);
		rows.set(use.api, row);
	}
	return [...rows.values()].sort(
		(a, b) => compareVersions(b.since ?? "0.0.0", a.since ?? "0.0.0") || (a.api < b.api ? -1 : a.api > b.api ? 1 : 0),
	);
}

/** The newest `@since` among the uses, with the APIs that need it; null when no use carries a version. */
export function newestApi(uses: readonly ApiUse[]): { since: string; apis: string[] } | null {
	let newest: { since: string; apis: string[] } | null = null;
	for (const use of uses) {
		if (use.since === null) continue;
		const order = newest ? compareVersions(use.since, newest.since) : 1;
		if (order > 0) newest = { since: use.since, apis: [use.api] };
		else if (order === 0 && newest && !newest.apis.includes(use.api)) newest.apis.push(use.api);
	}
	return newest;
}

/** Whether minAppVersion covers every API used; the message names the APIs that need more. */
export function checkMinAppVersion(minAppVersion: unknown, uses: readonly ApiUse[]): { ok: boolean; message: string } {
	if (typeof minAppVersion !== "string" || !SEMVER.test(minAppVersion))
		return { ok: false, message: `minAppVersion must be a version like "1.7.2", got ${JSON.stringify(minAppVersion)}` };
	const newest = newestApi(uses);
	if (!newest) return { ok: true, message: `minAppVersion ${minAppVersion}; no API used carries a @since tag` };
	const needing = uses.filter((u) => u.since !== null && compareVersions(u.since, minAppVersion) > 0);
	if (needing.length === 0)
		return { ok: true, message: `minAppVersion ${minAppVersion} ≥ ${newest.since}, the newest API used (${newest.apis.join(", ")})` };
	const apis = summarizeUses(needing).map((r) => `${r.api} (${r.since})`);
	return { ok: false, message: `minAppVersion ${minAppVersion} is older than APIs the code uses: ${apis.join(", ")}` };
}

/** The compatibility table: one row per Obsidian version, newest first, with the APIs that need it. */
export function renderApiTable(rows: readonly ApiRow[]): string {
	const byVersion = new Map<string, string[]>();
	for (const row of rows) {
		if (row.since === null) continue;
		const apis = byVersion.get(row.since) ?? [];
		apis.push(`\`${row.api}\``);
		byVersion.set(row.since, apis);
	}
	const lines = ["| Obsidian | APIs the plugin uses that it needs |", "|---|---|"];
	for (const [version, apis] of byVersion) lines.push(`| ${version} | ${apis.join(", ")} |`);
	return lines.join("\n");
}
