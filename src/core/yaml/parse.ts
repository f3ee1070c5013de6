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

/**
 * Turns the dates a YAML 1.1 reader makes of `2026-11-03` (js-yaml, so Obsidian's `parseYaml`) back into
 * text, as the `yaml` package and the plugin's own reader leave them: `2026-11-03` for a day, the ISO
 * text for a time. Changes the value in place (each shared node once) and returns it.
 */
export function datesAsText<T>(value: T): T {
	const seen = new Set<object>();
	const walk = (node: unknown): void => {
		if (typeof node !== "object" || node === null || seen.has(node)) return;
		seen.add(node);
		const record = node as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			const item = record[key];
			if (item instanceof Date) record[key] = dateText(item);
			else walk(item);
		}
	};
	walk(value);
	return value instanceof Date ? (dateText(value) as T) : value;
}

function dateText(date: Date): string {
	if (Number.isNaN(date.getTime())) return String(date);
	const iso = date.toISOString();
	return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
