import type * as z from "zod/mini";
import { lineOfPath } from "../yaml/locate";
import { datesAsText, yamlErrorAt, type YamlParse } from "../yaml/parse";
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

type RoadmapLoadResult = { ok: true; roadmap: Roadmap } | { ok: false; problems: RoadmapProblem[] };

type RoadmapCounts = {
	phases: number;
	sections: number;
	topics: number;
	projects: number;
	levels: number;
	criteria: number;
};

type PathKey = PropertyKey;
type Issue = z.core.$ZodIssue;

/**
 * Parses (with `parse`: Obsidian's `parseYaml` in the plugin, the `yaml` package in tests and scripts)
 * and validates a roadmap YAML file, returning the roadmap or every problem with its line.
 */
export function loadRoadmap(text: string, file: string, parse: YamlParse): RoadmapLoadResult {
	let data: unknown;
	try {
		data = datesAsText(parse(text));
	} catch (error) {
		const { line, message } = yamlErrorAt(error);
		return { ok: false, problems: [{ file, line, path: "", message: `not valid YAML: ${message}` }] };
	}
	if (data === null || data === undefined) {
		return { ok: false, problems: [{ file, line: 1, path: "", message: "the file is empty" }] };
	}

	const result = roadmapSchema.safeParse(data);
	if (result.success) return { ok: true, roadmap: result.data };

	const problems = result.error.issues.flatMap((issue) => describeIssue(issue, data, text, file));
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
	text: string,
	file: string,
): RoadmapProblem[] {
	const path = issue.path;
	const problemAt = (at: readonly PathKey[], message: string, lineAtPath = at): RoadmapProblem => ({
		file,
		line: lineOfPath(text, lineAtPath),
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
