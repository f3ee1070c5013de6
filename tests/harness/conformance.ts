/**
 * Compares the harness's `computeFileCache` with metadata captured from real Obsidian
 * (`../shared/fixtures/obsidian-cache/*.json`, see the README there).
 *
 * Compared, for every capture: each list item's start (line, col, offset), end (line, col, offset), `parent`
 * and `task`, and the number of items; `frontmatter` (deep equality, key order ignored, absent vs present);
 * `frontmatterPosition`; each heading's text, level and line.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { computeFileCache, type CachedMetadata, type Loc } from "./markdown-cache";

export interface Capture {
	fileContents: string;
	filePath?: string;
	cachedMetadata: {
		listItems?: Array<{ parent: number; task?: string; position: { start: Loc; end: Loc } }>;
		frontmatter?: Record<string, unknown>;
		frontmatterPosition?: { start: Loc; end: Loc };
		headings?: Array<{ heading: string; level: number; position: { start: Loc; end: Loc } }>;
	};
}

export interface ConformanceResult {
	file: string;
	ok: boolean;
	differences: string[];
}

const fmtLoc = (l: Loc | undefined): string => (l ? `${l.line}:${l.col}@${l.offset}` : "none");

/** JSON with object keys sorted, so that key order does not count as a difference. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v !== null && typeof v === "object" && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
			: v,
	);
}

export function compareCapture(capture: Capture, file = capture.filePath ?? "(capture)"): ConformanceResult {
	const differences: string[] = [];
	const expected = capture.cachedMetadata;
	const actual: CachedMetadata = computeFileCache(capture.fileContents);

	const want = expected.listItems ?? [];
	const got = actual.listItems ?? [];
	if (want.length !== got.length) {
		differences.push(
			`listItems: expected ${want.length} items (lines ${want.map((i) => i.position.start.line).join(",")}), ` +
				`got ${got.length} (lines ${got.map((i) => i.position.start.line).join(",")})`,
		);
	}
	for (let i = 0; i < Math.min(want.length, got.length); i++) {
		const w = want[i];
		const g = got[i];
		const label = `listItems[${i}] (line ${w.position.start.line})`;
		if (fmtLoc(w.position.start) !== fmtLoc(g.position.start)) {
			differences.push(`${label} start: expected ${fmtLoc(w.position.start)}, got ${fmtLoc(g.position.start)}`);
		}
		if (fmtLoc(w.position.end) !== fmtLoc(g.position.end)) {
			differences.push(`${label} end: expected ${fmtLoc(w.position.end)}, got ${fmtLoc(g.position.end)}`);
		}
		if (w.parent !== g.parent) differences.push(`${label} parent: expected ${w.parent}, got ${g.parent}`);
		if (w.task !== g.task) {
			differences.push(`${label} task: expected ${JSON.stringify(w.task)}, got ${JSON.stringify(g.task)}`);
		}
	}

	if (canonical(expected.frontmatter) !== canonical(actual.frontmatter)) {
		differences.push(`frontmatter: expected ${canonical(expected.frontmatter)}, got ${canonical(actual.frontmatter)}`);
	}
	const fpWant = expected.frontmatterPosition;
	const fpGot = actual.frontmatterPosition;
	if (`${fmtLoc(fpWant?.start)}-${fmtLoc(fpWant?.end)}` !== `${fmtLoc(fpGot?.start)}-${fmtLoc(fpGot?.end)}`) {
		differences.push(
			`frontmatterPosition: expected ${fmtLoc(fpWant?.start)}-${fmtLoc(fpWant?.end)}, got ${fmtLoc(fpGot?.start)}-${fmtLoc(fpGot?.end)}`,
		);
	}

	const headingKey = (h: { heading: string; level: number; position: { start: Loc } }): string =>
		`${h.position.start.line}:h${h.level} ${JSON.stringify(h.heading)}`;
	const hWant = (expected.headings ?? []).map(headingKey).join(" | ");
	const hGot = (actual.headings ?? []).map(headingKey).join(" | ");
	if (hWant !== hGot) differences.push(`headings: expected [${hWant}], got [${hGot}]`);

	return { file, ok: differences.length === 0, differences };
}

/** Every `*.json` capture in `dir`, sorted by name. */
export function listCaptures(dir: string): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith(".json"))
		.sort()
		.map((f) => path.join(dir, f));
}

export function checkCaptureFolder(dir: string): ConformanceResult[] {
	return listCaptures(dir).map((file) =>
		compareCapture(JSON.parse(readFileSync(file, "utf8")) as Capture, path.basename(file)),
	);
}
