/**
 * A YAML reader: text in, plain data out, throwing on text that is not valid YAML (including a key
 * used twice in a map). The plugin passes Obsidian's `parseYaml` (js-yaml), so main.js carries no
 * YAML library; tests and scripts pass the `yaml` package's `parse`.
 */
export type YamlParse = (text: string) => unknown;

/** Where and why a YAML reader refused a text: a 1-based line (1 when the error does not say) and the reason. */
export function yamlErrorAt(error: unknown): { line: number; message: string } {
	const e = (typeof error === "object" && error !== null ? error : {}) as {
		mark?: { line?: unknown };
		linePos?: { line?: unknown }[];
		reason?: unknown;
		message?: unknown;
	};
	// js-yaml: `mark.line` counts from 0; the `yaml` package: `linePos[0].line` counts from 1.
	const line = typeof e.mark?.line === "number" ? e.mark.line + 1 : typeof e.linePos?.[0]?.line === "number" ? e.linePos[0].line : 1;
	// js-yaml keeps the bare reason apart; the `yaml` package appends ` at line L, column C:` and an excerpt.
	const full = typeof e.reason === "string" ? e.reason : typeof e.message === "string" ? e.message : String(error);
	const message = (full.split("\n")[0] ?? full).replace(/ at line \d+, column \d+:?$/u, "");
	return { line: Math.max(1, line), message };
}
