/**
 * The documentation as a reader meets it: a README short enough to read in minutes, every relative
 * link leading to a file that exists, and no sentence about how the work was organised.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const PAGES = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", ...readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const read = (page: string) => readFileSync(path.join(ROOT, page), "utf8");

/** Relative targets of markdown links and images (`[text](target)`, `<img src="target">`), anchors dropped. */
function relativeLinks(markdown: string): string[] {
	const withoutCode = markdown.replace(/```[\s\S]*?```/gu, "").replace(/`[^`\n]*`/gu, "");
	const targets = [...withoutCode.matchAll(/\]\(([^)\s]+)\)/gu), ...withoutCode.matchAll(/<img [^>]*src="([^"]+)"/gu)].map((m) => m[1] ?? "");
	return targets.filter((t) => !/^[a-z]+:/iu.test(t) && !t.startsWith("#")).map((t) => t.split("#")[0] ?? t);
}

describe("the documentation", () => {
	it("has a README a newcomer reads in minutes: under 15,000 characters", () => {
		expect(read("README.md").length).toBeLessThan(15_000);
	});

	it.each(PAGES)("%s links only to files that exist", (page) => {
		const links = relativeLinks(read(page));
		const missing = links.filter((link) => !existsSync(path.join(ROOT, path.dirname(page), decodeURI(link))));
		expect(missing).toEqual([]);
	});

	it("links every page of docs/ from the README", () => {
		const readme = read("README.md");
		const pages = PAGES.filter((p) => p.startsWith("docs/"));
		expect(pages.length).toBeGreaterThan(10);
		expect(pages.filter((p) => !readme.includes(`](${p})`))).toEqual([]);
	});

	it.each(PAGES)("%s speaks to readers, not of how the work was organised", (page) => {
		const text = read(page);
		expect(text).not.toMatch(/\bissues? #?\d+\b|\b(this|last|previous|a) session\b|working period/iu);
	});
});
