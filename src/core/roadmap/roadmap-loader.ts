import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type * as z from "zod/mini";
import { roadmapSchema, type Roadmap } from "./roadmap-schema";

/** Something wrong in a roadmap file, with what a learner needs to find and fix it. */
export type RoadmapProblem = {
	file: string;
	/** 1-based line in the file */
	line: number;
	/** where inside the roadmap, e.g. `phases[3].projects[1]`; empty for the file as a whole */
	path: string;
	message: string;
};

export type RoadmapLoadResult = { ok: true; roadmap: Roadmap } | { ok: false; problems: RoadmapProblem[] };

export type RoadmapCounts = {
	phases: number;
	sections: number;
	topics: number;
	projects: number;
	levels: number;
	criteria: number;
};

type PathKey = PropertyKey;
type Issue = z.core.$ZodIssue;

/** Parses and validates a roadmap YAML file, returning the roadmap or every problem with its line. */
export function loadRoadmap(text: string, file: string): RoadmapLoadResult {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
	const lineAt = (offset: number): number => lines.linePos(offset).line;

	if (doc.errors.length > 0) {
		return {
			ok: false,
			problems: doc.errors.map((error) => ({
				file,
				line: lineAt(error.pos[0]),
				path: "",
				message: `not valid YAML: ${firstLine(error.message)}`,
			})),
		};
	}
	if (doc.contents === null) {
		return { ok: false, problems: [{ file, line: 1, path: "", message: "the file is empty" }] };
	}

	let data: unknown;
	try {
		data = doc.toJS();
	} catch (error) {
		const message = error instanceof Error ? firstLine(error.message) : String(error);
		return { ok: false, problems: [{ file, line: 1, path: "", message: `not valid YAML: ${message}` }] };
	}

	const result = roadmapSchema.safeParse(data);
	if (result.success) return { ok: true, roadmap: result.data };

	const problems = result.error.issues.flatMap((issue) => describeIssue(issue, data, doc, lineAt, file));
	problems.sort((a, b) => a.line - b.line);
	return { ok: false, problems };
}

/** Formats a problem as `file:line path: message`, the way it is shown to the learner. */
export function formatRoadmapProblem(problem: RoadmapProblem): string {
	const where = problem.path === "" ? "" : `${problem.path}: `;
	return `${problem.file}:${problem.line} ${where}${problem.message}`;
}

/** Counts the phases, sections, topics, projects, levels and completion criteria of a roadmap. */
export function countRoadmap(roadmap: Roadmap): RoadmapCounts {
	const sections = roadmap.phases.flatMap((phase) => phase.sections);
	return {
		phases: roadmap.phases.length,
		sections: sections.length,
		topics: sections.reduce((sum, section) => sum + section.topics.length, 0),
		projects: roadmap.phases.reduce((sum, phase) => sum + phase.projects.length, 0),
		levels: roadmap.levels.length,
		criteria: roadmap.levels.reduce((sum, level) => sum + level.criteria.length, 0),
	};
}

function describeIssue(
	issue: Issue,
	data: unknown,
	doc: Document,
	lineAt: (offset: number) => number,
	file: string,
): RoadmapProblem[] {
	const path = issue.path;
	const problemAt = (at: readonly PathKey[], message: string, lineAtPath = at): RoadmapProblem => ({
		file,
		line: lineOf(doc, lineAtPath, lineAt),
		path: formatPath(at),
		message,
	});

	if (issue.code === "unrecognized_keys") {
		// named on the object that has it, found on the key's own line
		return issue.keys.map((key) => problemAt(path, `unknown key "${key}"`, [...path, key]));
	}

	const found = valueAt(data, path);
	const key = path[path.length - 1];
	const parentPath = path.slice(0, -1);
	const parent = valueAt(data, parentPath);
	if (found === undefined && typeof key === "string" && isPlainObject(parent)) {
		return [problemAt(parentPath, `${key} is required`)];
	}

	return [problemAt(path, messageFor(issue, found))];
}

function messageFor(issue: Issue, found: unknown): string {
	switch (issue.code) {
		case "invalid_type":
			return `expected ${expectedWords(issue.expected)}, found ${describeValue(found)}`;
		case "invalid_union": {
			const options = "options" in issue ? (issue.options ?? []) : [];
			if (options.length > 0) return `expected one of ${quoteAll(options)}, found ${showValue(found)}`;
			return `does not match any allowed shape, found ${describeValue(found)}`;
		}
		case "invalid_value":
			return `expected one of ${quoteAll(issue.values)}, found ${showValue(found)}`;
		case "too_small":
			if (!isDefaultMessage(issue.message)) return issue.message;
			if (issue.origin === "array") return `needs at least ${String(issue.minimum)} ${plural(issue.minimum, "item")}`;
			if (issue.origin === "string") return `must be at least ${String(issue.minimum)} ${plural(issue.minimum, "character")} long`;
			return issue.inclusive ? `must be at least ${String(issue.minimum)}` : `must be greater than ${String(issue.minimum)}`;
		case "too_big":
			if (!isDefaultMessage(issue.message)) return issue.message;
			if (issue.origin === "array") return `may have at most ${String(issue.maximum)} ${plural(issue.maximum, "item")}`;
			return issue.inclusive ? `must be at most ${String(issue.maximum)}` : `must be less than ${String(issue.maximum)}`;
		default:
			return issue.message;
	}
}

// zod's own messages start like this; messages written in the schema are already in the learner's words
function isDefaultMessage(message: string): boolean {
	return /^(Invalid|Too small|Too big)/.test(message);
}

function quoteAll(values: readonly unknown[]): string {
	return values.map((value) => JSON.stringify(value)).join(", ");
}

function plural(count: number | bigint, word: string): string {
	return Number(count) === 1 ? word : `${word}s`;
}

function expectedWords(expected: string): string {
	switch (expected) {
		case "string":
			return "text";
		case "number":
			return "a number";
		case "int":
			return "a whole number";
		case "boolean":
			return "true or false";
		case "array":
			return "a list";
		case "object":
			return "keys and values";
		default:
			return expected;
	}
}

function describeValue(value: unknown): string {
	if (value === undefined || value === null) return "nothing";
	if (typeof value === "string") return "text";
	if (typeof value === "number") return Number.isInteger(value) ? "a number" : `the number ${String(value)}`;
	if (typeof value === "boolean") return String(value);
	if (Array.isArray(value)) return "a list";
	if (isPlainObject(value)) return "keys and values";
	return typeof value;
}

// a wrong choice is easiest to spot when the learner sees what they wrote
function showValue(value: unknown): string {
	return typeof value === "string" || typeof value === "number" ? JSON.stringify(value) : describeValue(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (Array.isArray(current) && typeof key === "number") current = current[key];
		else if (isPlainObject(current) && typeof key === "string") current = current[key];
		else return undefined;
	}
	return current;
}

/** `["phases", 3, "projects", 1]` → `phases[3].projects[1]` */
function formatPath(path: readonly PathKey[]): string {
	return path
		.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
		.join("");
}

// The line of the deepest node on the path that exists: a key's own line, a list item's first line.
function lineOf(doc: Document, path: readonly PathKey[], lineAt: (offset: number) => number): number {
	let node: unknown = doc.contents;
	let line = startLine(node, lineAt) ?? 1;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
			if (pair === undefined) return line;
			line = startLine(pair.key, lineAt) ?? line;
			node = pair.value;
		} else if (isSeq(node) && typeof key === "number") {
			const item: unknown = node.items[key];
			if (item === undefined) return line;
			line = startLine(item, lineAt) ?? line;
			node = item;
		} else {
			return line;
		}
	}
	return line;
}

function startLine(node: unknown, lineAt: (offset: number) => number): number | undefined {
	if (!isNode(node) || !node.range) return undefined;
	return lineAt(node.range[0]);
}

function firstLine(message: string): string {
	return message.split("\n")[0] ?? message;
}
