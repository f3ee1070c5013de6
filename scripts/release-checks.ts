/**
 * The checks Obsidian's community catalogue review runs that can be run here, as pure functions:
 * each takes what it judges (a manifest, the bundle's text, a list of files) and returns a verdict.
 * scripts/check-release.ts gathers the inputs and prints the verdicts.
 */
import ts from "typescript";

/** One check's verdict, printed as `ok   name: detail` or `FAIL name: detail`. */
export interface Verdict {
	name: string;
	ok: boolean;
	detail: string;
}

const verdict = (name: string, problems: string[], okDetail: string): Verdict =>
	problems.length === 0 ? { name, ok: true, detail: okDetail } : { name, ok: false, detail: problems.join("; ") };

const VERSION = /^\d+\.\d+\.\d+$/;

/** The catalogue's rules for manifest.json's id, name, description, version and author. */
export function checkManifestRules(manifest: Record<string, unknown>): Verdict {
	const problems: string[] = [];
	const { id, name, description, version, author } = manifest;

	if (typeof id !== "string" || id === "") problems.push("id is missing");
	else {
		if (!/^[a-z0-9][a-z0-9-_]*$/.test(id)) problems.push(`id "${id}" must be lowercase letters, digits, dashes or underscores`);
		if (/obsidian/i.test(id)) problems.push(`id "${id}" must not contain "obsidian"`);
		if (/plugin$/i.test(id)) problems.push(`id "${id}" must not end with "plugin"`);
	}

	if (typeof name !== "string" || name.trim() === "") problems.push("name is missing");
	else {
		if (/obsidian/i.test(name)) problems.push(`name "${name}" must not contain "Obsidian"`);
		if (/plugin$/i.test(name.trim())) problems.push(`name "${name}" must not end with "Plugin"`);
	}

	if (typeof description !== "string" || description.trim() === "") problems.push("description is missing");
	else {
		if (description.length > 250) problems.push(`description is ${description.length} characters; at most 250`);
		if (!description.trim().endsWith(".")) problems.push("description must end with a period");
		if (/obsidian/i.test(description)) problems.push('description must not contain "Obsidian"');
		if (/^\s*this plugin/i.test(description)) problems.push('description must not start with "This plugin"');
	}

	if (typeof version !== "string" || !VERSION.test(version)) problems.push(`version must be x.y.z without a "v", got ${JSON.stringify(version)}`);
	if (typeof author !== "string" || author.trim() === "") problems.push("author is missing");
	if (typeof manifest.isDesktopOnly !== "boolean") problems.push("isDesktopOnly must be true or false");

	return verdict("manifest rules", problems, `id "${String(id)}", name "${String(name)}", description ${String(description).length} characters`);
}

/** package.json's version == manifest.json's version, a key of versions.json mapping to minAppVersion. */
export function checkVersionsAgree(packageVersion: unknown, manifest: Record<string, unknown>, versions: Record<string, unknown>): Verdict {
	const problems: string[] = [];
	const { version, minAppVersion } = manifest;
	if (packageVersion !== version) problems.push(`package.json has ${String(packageVersion)}, manifest.json has ${String(version)}`);
	if (typeof version === "string") {
		if (!(version in versions)) problems.push(`versions.json has no entry for ${version}`);
		else if (versions[version] !== minAppVersion)
			problems.push(`versions.json maps ${version} to ${String(versions[version])}, manifest.json's minAppVersion is ${String(minAppVersion)}`);
	}
	for (const [pluginVersion, appVersion] of Object.entries(versions)) {
		if (!VERSION.test(pluginVersion) || typeof appVersion !== "string" || !VERSION.test(appVersion))
			problems.push(`versions.json entry "${pluginVersion}": "${String(appVersion)}" is not version → version`);
	}
	return verdict("versions agree", problems, `${String(version)} in package.json, manifest.json and versions.json (→ ${String(minAppVersion)})`);
}

/** The tag a release is pushed with must be the manifest's version exactly (no `v`). */
export function checkReleaseTag(tag: string, manifestVersion: unknown): Verdict {
	const problems = tag === manifestVersion ? [] : [`tag "${tag}" differs from manifest.json's version "${String(manifestVersion)}"`];
	return verdict("release tag", problems, `tag ${tag} is manifest.json's version`);
}

/** The address the README gives until the repository's own is written in: `OWNER` is a placeholder. */
export const REPOSITORY_PLACEHOLDER = "OWNER/learning-roadmap";
const GITHUB_ADDRESS = /https:\/\/github\.com\/([\w.-]+\/[\w.-]+)/gu;

/**
 * The README's install instructions name the plugin's repository: every GitHub address in it is the
 * same one. Given the repository a release is made from (`owner/name`), the README must give exactly
 * that address; without one, the placeholder passes, and the detail says a release needs the real one.
 */
export function checkRepositoryAddress(readme: string, repository?: string): Verdict {
	const name = "repository address";
	const found = [...new Set([...readme.matchAll(GITHUB_ADDRESS)].map((m) => (m[1] ?? "").replace(/\.+$/u, "").replace(/\.git$/u, "")))];
	if (found.length === 0) return { name, ok: false, detail: "README.md gives no https://github.com/… address to install from" };
	if (found.length > 1) return { name, ok: false, detail: `README.md gives several repository addresses: ${found.join(", ")}` };
	const given = found[0] ?? "";
	if (repository !== undefined) {
		return given === repository
			? { name, ok: true, detail: `README.md installs from https://github.com/${repository}` }
			: { name, ok: false, detail: `README.md installs from https://github.com/${given}, the release is made from ${repository}: write its address in` };
	}
	if (given === REPOSITORY_PLACEHOLDER) {
		return { name, ok: true, detail: `README.md holds the placeholder ${REPOSITORY_PLACEHOLDER}; a release checks it with --repository owner/name` };
	}
	return { name, ok: true, detail: `README.md installs from https://github.com/${given}` };
}

/** What the built bundle reaches beyond itself. */
export interface BundleScan {
	/** every `require("…")` name, in order of first appearance */
	requires: string[];
	network: string[];
	codeFromText: string[];
	node: string[];
}

const ALLOWED_REQUIRE = /^(obsidian|@codemirror\/[a-z-]+|@lezer\/[a-z-]+)$/;
const NETWORK_GLOBALS = new Set(["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts"]);
const NODE_GLOBALS = new Set(["process", "Buffer", "__dirname", "__filename", "global", "setImmediate"]);
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self", "activeWindow"]);
const URL_PATTERN = /^https?:\/\//i;

/**
 * Reads main.js as JavaScript (TypeScript's parser), so only code counts: a URL or the word `fetch(`
 * inside the roadmap's text is a string, not a request, and is never reported.
 */
export function scanBundle(code: string): BundleScan {
	const file = ts.createSourceFile("main.js", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const scan: BundleScan = { requires: [], network: [], codeFromText: [], node: [] };
	const declared = declaredNames(file);
	const obsidianBindings = new Set<string>();
	const where = (node: ts.Node) => {
		const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
		return `main.js:${line + 1}:${character + 1}`;
	};
	const at = (node: ts.Node) => {
		const text = node.getText(file).replace(/\s+/g, " ");
		return `${text.length > 70 ? text.slice(0, 67) + "..." : text} (${where(node)})`;
	};
	const isFree = (id: ts.Identifier) => !declared.has(id.text) && !isPropertyName(id);

	const visit = (node: ts.Node): void => {
		if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
			const callee = unwrap(node.expression);
			const args = node.arguments ?? ts.factory.createNodeArray();
			const name = calleeName(callee);
			const first = args[0];
			const firstUrl = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && URL_PATTERN.test(first.text);

			if (ts.isIdentifier(callee) && callee.text === "require" && !declared.has("require")) {
				if (first && ts.isStringLiteral(first)) {
					if (!scan.requires.includes(first.text)) scan.requires.push(first.text);
					if (!ALLOWED_REQUIRE.test(first.text)) scan.node.push(`require("${first.text}") (${where(node)})`);
					if (first.text === "obsidian" && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name))
						obsidianBindings.add(node.parent.name.text);
				} else scan.node.push(`require with a computed name: ${at(node)}`);
			} else if (callee.kind === ts.SyntaxKind.ImportKeyword) scan.network.push(`dynamic import(): ${at(node)}`);
			else if (name === "eval" && isGlobalReference(callee, declared)) scan.codeFromText.push(`eval: ${at(node)}`);
			else if (name === "Function" && isGlobalReference(callee, declared)) scan.codeFromText.push(`Function constructor: ${at(node)}`);
			else if ((name === "setTimeout" || name === "setInterval") && first && (ts.isStringLiteral(first) || ts.isTemplateExpression(first)))
				scan.codeFromText.push(`${name} with code as text: ${at(node)}`);
			else if (name === "sendBeacon") scan.network.push(`sendBeacon: ${at(node)}`);
			else if (name === "requestUrl" || (name === "request" && isMemberOf(callee, obsidianBindings)))
				scan.network.push(`Obsidian ${name}: ${at(node)}`);
			// `window.open(url)` is a link the learner follows, not a request the plugin makes.
			else if (firstUrl && name && /^(get|post|put|request|load)$/i.test(name)) scan.network.push(`request to a URL: ${at(node)}`);
		}
		if (ts.isIdentifier(node) && isFree(node)) {
			if (NETWORK_GLOBALS.has(node.text)) scan.network.push(`${node.text}: ${at(node.parent)}`);
			if (NODE_GLOBALS.has(node.text)) scan.node.push(`${node.text}: ${at(node.parent)}`);
		}
		if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text)) {
			const member = node.name.text;
			if (NETWORK_GLOBALS.has(member)) scan.network.push(`${node.expression.text}.${member}: ${at(node)}`);
			if (member === "require" || member === "process") scan.node.push(`${node.expression.text}.${member}: ${at(node)}`);
		}
		// An image, script or frame whose source is a remote URL is a request made without a click.
		if (isSourceUrl(node)) scan.network.push(`remote src: ${at(node)}`);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return scan;
}

function unwrap(expression: ts.Expression): ts.Expression {
	// esbuild calls imports as `(0, import_obsidian.requestUrl)(…)`.
	while (ts.isParenthesizedExpression(expression)) expression = expression.expression;
	if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.CommaToken) return unwrap(expression.right);
	return expression;
}

function calleeName(callee: ts.Expression): string | undefined {
	if (ts.isIdentifier(callee)) return callee.text;
	if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
	if (ts.isElementAccessExpression(callee) && ts.isStringLiteral(callee.argumentExpression)) return callee.argumentExpression.text;
	return undefined;
}

function isGlobalReference(callee: ts.Expression, declared: ReadonlySet<string>): boolean {
	if (ts.isIdentifier(callee)) return !declared.has(callee.text);
	const object = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? unwrap(callee.expression) : undefined;
	return !!object && ts.isIdentifier(object) && GLOBAL_OBJECTS.has(object.text);
}

function isMemberOf(callee: ts.Expression, bindings: ReadonlySet<string>): boolean {
	return ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && bindings.has(callee.expression.text);
}

function isSourceUrl(node: ts.Node): boolean {
	const isUrl = (value: ts.Node) => (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value)) && URL_PATTERN.test(value.text);
	if (ts.isPropertyAssignment(node) && /^(src|srcset)$/.test(node.name.getText()) && isUrl(node.initializer)) return true;
	return (
		ts.isBinaryExpression(node) &&
		node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
		ts.isPropertyAccessExpression(node.left) &&
		/^(src|srcset)$/.test(node.left.name.text) &&
		isUrl(node.right)
	);
}

function isPropertyName(id: ts.Identifier): boolean {
	const parent = id.parent;
	return (
		(ts.isPropertyAccessExpression(parent) && parent.name === id) ||
		(ts.isPropertyAssignment(parent) && parent.name === id) ||
		(ts.isMethodDeclaration(parent) && parent.name === id) ||
		(ts.isPropertyDeclaration(parent) && parent.name === id) ||
		(ts.isGetAccessor(parent) && parent.name === id) ||
		(ts.isSetAccessor(parent) && parent.name === id) ||
		(ts.isBindingElement(parent) && parent.propertyName === id) ||
		ts.isLabeledStatement(parent) ||
		ts.isBreakOrContinueStatement(parent)
	);
}

// A name the bundle declares itself (a parameter called `process`, say) is not the global; scopes are not
// tracked, so a global shadowed anywhere is trusted everywhere (a minified bundle rarely reuses such names).
function declaredNames(file: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	const visit = (node: ts.Node): void => {
		if (
			(ts.isVariableDeclaration(node) ||
				ts.isParameter(node) ||
				ts.isFunctionDeclaration(node) ||
				ts.isFunctionExpression(node) ||
				ts.isClassDeclaration(node) ||
				ts.isClassExpression(node) ||
				ts.isBindingElement(node)) &&
			node.name &&
			ts.isIdentifier(node.name)
		)
			names.add(node.name.text);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return names;
}

/** Verdicts on a bundle scan: network, code from text, the required modules and Node/Electron API. */
export function checkBundle(scan: BundleScan): Verdict[] {
	const list = (items: string[]) => (items.length > 5 ? [...items.slice(0, 5), `and ${items.length - 5} more`] : items);
	return [
		verdict("no network access in main.js", list(scan.network), "no fetch, XMLHttpRequest, WebSocket, requestUrl or remote URL request"),
		verdict("no eval in main.js", list(scan.codeFromText), "no eval, new Function or code passed as text"),
		verdict(
			"no Node or Electron API in main.js",
			list(scan.node),
			`require() only of ${scan.requires.map((r) => `"${r}"`).join(", ") || "nothing"}; no process, Buffer or __dirname`,
		),
	];
}

/** isDesktopOnly must say whether the bundle needs Node or Electron (which phones do not have). */
export function checkDesktopOnly(isDesktopOnly: unknown, scan: BundleScan): Verdict {
	const usesNode = scan.node.length > 0;
	const problems: string[] = [];
	if (typeof isDesktopOnly !== "boolean") problems.push("isDesktopOnly must be true or false");
	else if (usesNode && !isDesktopOnly) problems.push(`isDesktopOnly is false but main.js uses Node or Electron (${scan.node[0]}): it would fail on phones`);
	else if (!usesNode && isDesktopOnly) problems.push("isDesktopOnly is true but main.js uses no Node or Electron API: phones could run it");
	return verdict("isDesktopOnly matches the bundle", problems, `isDesktopOnly ${String(isDesktopOnly)}; main.js ${usesNode ? "uses" : "needs no"} Node or Electron`);
}

/** The three files a release attaches, present and not empty, and the built ones not committed. */
export function checkReleaseFiles(sizes: Readonly<Record<string, number | undefined>>, tracked: readonly string[]): Verdict[] {
	const missing = ["main.js", "manifest.json", "styles.css"].filter((f) => !sizes[f]).map((f) => `${f} is missing or empty`);
	const committed = ["main.js", "data.json"].filter((f) => tracked.includes(f)).map((f) => `${f} is tracked by git; build output and user data stay out`);
	const kb = (f: string) => `${f} ${((sizes[f] ?? 0) / 1024).toFixed(1)} KB`;
	return [
		verdict("release files", missing, ["main.js", "manifest.json", "styles.css"].map(kb).join(", ")),
		verdict("main.js not in git", committed, "main.js and data.json are not tracked"),
	];
}

/** A licence file: the catalogue lists it, and users may need it. */
export function checkLicense(text: string | undefined): Verdict {
	const problems = text && text.trim() ? [] : ["LICENSE is missing or empty"];
	return verdict("LICENSE", problems, (text ?? "").split("\n")[0]?.trim() ?? "");
}

/** styles.css loads nothing remote: an `@import` or `url()` of a web address is a request on every start. */
export function checkStyles(css: string): Verdict {
	const problems = [...css.matchAll(/(@import\s+(?:url\()?\s*["']?|url\(\s*["']?)(https?:\/\/[^"')\s]+)/gi)].map((m) => `styles.css loads ${m[2]}`);
	return verdict("no remote resources in styles.css", problems, "no @import or url() of a web address");
}
