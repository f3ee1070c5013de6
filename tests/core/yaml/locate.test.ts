import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, stringify, type Node } from "yaml";
import { describe, expect, it } from "vitest";
import { lineOfPath } from "../../../src/core/yaml/locate";

/** Every path to a key or list item in a document, with its line as the `yaml` package places it. */
function linesByPath(text: string): [PropertyKey[], number][] {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter });
	const out: [PropertyKey[], number][] = [];
	const walk = (node: unknown, path: PropertyKey[]): void => {
		if (isMap(node)) {
			for (const pair of node.items) {
				if (!isScalar(pair.key) || !pair.key.range) continue;
				const at = [...path, String(pair.key.value)];
				out.push([at, counter.linePos(pair.key.range[0]).line]);
				walk(pair.value, at);
			}
		} else if (isSeq(node)) {
			node.items.forEach((item, i) => {
				const range = (item as Node | null)?.range;
				if (!range) return;
				const at = [...path, i];
				out.push([at, counter.linePos(range[0]).line]);
				walk(item, at);
			});
		}
	};
	walk(doc.contents, []);
	return out;
}

const numbered = (lines: string[]): string => `${lines.join("\n")}\n`;

describe("finding the line of a path in block YAML", () => {
	it.each(["roadmap/python-data-engineering.yaml", "docs/example-roadmap.yaml"])("agrees with the yaml package on every key and item of %s", (file) => {
		const text = readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");
		const all = linesByPath(text);
		expect(all.length).toBeGreaterThan(50);
		for (const [path, line] of all) expect(lineOfPath(text, path), path.join(".")).toBe(line);
	});

	it("agrees with the yaml package on every key and item of a roadmap written as JSON, and in flow style", () => {
		const text = readFileSync(new URL("../../../docs/example-roadmap.yaml", import.meta.url), "utf8");
		const data = parse(text) as unknown;
		for (const json of [JSON.stringify(data, null, 1), JSON.stringify(data, null, "\t"), stringify(data, { collectionStyle: "flow", lineWidth: 60 })]) {
			const all = linesByPath(json);
			expect(all.length).toBeGreaterThan(50);
			expect(new Set(all.map(([, line]) => line)).size).toBeGreaterThan(10);
			for (const [path, line] of all) expect(lineOfPath(json, path), path.join(".")).toBe(line);
		}
	});

	it("follows nested lists of maps, `- key: value` items and lists at their key's own column", () => {
		const text = numbered([
			"# a comment first", //           1
			"id: x", //                         2
			"phases:", //                       3
			"  - number: 1", //                 4
			"", //                              5
			"    projects:", //                 6
			"    - id: a", //                   7 (a list at its key's column)
			"      title: A", //                8
			"    - id: b", //                   9
			"      # between", //              10
			"      title: B", //               11
			"  -", //                          12
			"    number: 2", //                13
			"  - - nested", //                 14
			"    - second", //                 15
		]);
		expect(lineOfPath(text, ["id"])).toBe(2);
		expect(lineOfPath(text, ["phases", 0])).toBe(4);
		expect(lineOfPath(text, ["phases", 0, "number"])).toBe(4);
		expect(lineOfPath(text, ["phases", 0, "projects"])).toBe(6);
		expect(lineOfPath(text, ["phases", 0, "projects", 1])).toBe(9);
		expect(lineOfPath(text, ["phases", 0, "projects", 1, "title"])).toBe(11);
		expect(lineOfPath(text, ["phases", 1, "number"])).toBe(13);
		expect(lineOfPath(text, ["phases", 2, 1])).toBe(15);
	});

	it("reads quoted keys and skips block scalars whose lines look like keys", () => {
		const text = numbered([
			'"quoted key": 1', //               1
			"'it''s': 2", //                    2
			"code: |", //                       3
			"  title: not a key", //            4
			"", //                              5
			"  - not an item", //               6
			"folded: >-", //                    7
			"  title: neither", //              8
			"title: real # with a comment", //  9
			"list:", //                        10
			"  - |", //                        11
			"    a: b", //                     12
			"  - after: 1", //                 13
		]);
		expect(lineOfPath(text, ["quoted key"])).toBe(1);
		expect(lineOfPath(text, ["it's"])).toBe(2);
		expect(lineOfPath(text, ["title"])).toBe(9);
		expect(lineOfPath(text, ["list", 1, "after"])).toBe(13);
		// into a block scalar: the key that holds it
		expect(lineOfPath(text, ["code", "title"])).toBe(3);
	});

	it("follows flow collections across lines, and falls back to the nearest ancestor it found, then to line 1", () => {
		const text = numbered(["title: T", "measure: { type: topics, from: 1 }", "phases: [1, 3]", "levels:", "  - id: a", "    criteria:"]);
		expect(lineOfPath(text, ["measure", "type"])).toBe(2);
		expect(lineOfPath(text, ["phases", 1])).toBe(3);
		expect(lineOfPath(text, ["levels", 0, "criteria", 0, "text"])).toBe(6);
		expect(lineOfPath(text, ["levels", 4])).toBe(4);
		expect(lineOfPath(text, ["missing", "deeper"])).toBe(1);
		expect(lineOfPath(text, [])).toBe(1);
		expect(lineOfPath("", ["x"])).toBe(1);
		expect(lineOfPath('{"id": "x",\n "phases": []}\n', ["phases"])).toBe(2);
		expect(lineOfPath('{"id": "x",\n "phases": []}\n', ["phases", 0, "title"])).toBe(2);
		expect(lineOfPath("a: [1, {b: 'it''s', c: \"x,y\"},\n  {d: 2}]\n", ["a", 2, "d"])).toBe(2);
	});
});
