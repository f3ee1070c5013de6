/**
 * `npm run screenshots:portfolio`: builds a portfolio with the BUILT plugin in the test host (a
 * temporary vault: the roadmap generated, phase 1 and two projects completed, a third started, the
 * learner's own intro above the generated part), renders `Portfolio.md` as markdown in Chromium with
 * the theme stand-in of the browser tests, and saves `docs/screenshots/portfolio.png`.
 * Not part of `npm test`: it rewrites a tracked file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../tests/browser/chromium";
import { closeTestApp, createTestApp, enablePlugin, type App } from "../tests/harness/app";
import { loadBuiltPlugin, readManifest } from "../tests/harness/load-plugin";
import { TFile } from "../tests/harness/obsidian";

const repoRoot = path.resolve(import.meta.dirname, "..");
const shot = path.join(repoRoot, "docs/screenshots/portfolio.png");
const folder = "Learning Roadmap";
const phase1 = `${folder}/Phase 01 - Python Fundamentals & Syntax`;
const phase3 = `${folder}/Phase 03 - Data Manipulation with Pandas & NumPy`;

async function settle(app: App): Promise<void> {
	for (let round = 0; round < 50; round++) {
		const writes = app.vault.totalWrites;
		await app.metadataCache.whenIdle();
		await new Promise((resolve) => setTimeout(resolve, 200));
		await app.metadataCache.whenIdle();
		if (app.vault.totalWrites === writes) return;
	}
	throw new Error("The vault never settled.");
}

async function edit(app: App, notePath: string, change: (text: string) => string): Promise<void> {
	const file = app.vault.getAbstractFileByPath(notePath);
	if (!(file instanceof TFile)) throw new Error(`No note at ${notePath}`);
	await app.vault.process(file, change);
}

const tickAll = (date: string) => (text: string) => text.replace(/^- \[ \] (.*)$/gm, `- [x] $1 ✅ ${date}`);

/** The portfolio note of a learner two months in, as the built plugin writes it. */
async function buildPortfolioNote(): Promise<string> {
	const dir = mkdtempSync(path.join(tmpdir(), "lr-portfolio-"));
	const app = await createTestApp(dir, { layoutReady: false });
	try {
		await enablePlugin(app, loadBuiltPlugin(path.join(repoRoot, "main.js")), readManifest(repoRoot));
		app.workspace.triggerLayoutReady();
		await settle(app);
		await app.commands.runCommand("learning-roadmap:generate-roadmap");
		await settle(app);
		await edit(app, `${phase1}/Phase 01 - Python Fundamentals & Syntax.md`, tickAll("2026-10-24"));
		await edit(app, `${phase1}/Project 1.1 - Data Cleaning Script.md`, (text) =>
			tickAll("2026-10-30")(text)
				.replace('repository: ""', "repository: https://github.com/ada-learns/csv-cleaner")
				.replace("## Key learnings\n", "## Key learnings\n\nValidate before cleaning: the bad rows hide in the middle of the file.\n- `pathlib` reads better than `os.path`\n"),
		);
		await edit(app, `${phase1}/Project 1.2 - Simple Calculator.md`, (text) =>
			tickAll("2026-11-06")(text).replace("## Key learnings\n", "## Key learnings\n\nA dispatch table keeps the operations easy to extend.\n"),
		);
		await edit(app, `${phase3}/Project 3.3 - Financial Data ETL.md`, (text) => text.replace(/^- \[ \] (Download|Calculate)(.*)$/gm, "- [x] $1$2 ✅ 2026-11-20"));
		await edit(app, `${folder}/Portfolio.md`, (text) =>
			text.replace(/^What I built.*$/m, "Hi, I'm Ada: I turn messy files into clean data. Here is what I built while learning Python for data engineering."),
		);
		await settle(app);
		await app.commands.runCommand("learning-roadmap:build-portfolio");
		await settle(app);
		return readFileSync(path.join(dir, folder, "Portfolio.md"), "utf8");
	} finally {
		closeTestApp(app);
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Reading view, roughly: HTML comments (the portfolio's markers) hidden as Obsidian hides them,
 * wikilinks drawn as internal links, web links as external ones, any other HTML shown as text.
 */
function readingView(markdown: string): string {
	const withLinks = markdown.replace(/^\s*<!--.*-->\s*$/gmu, "").replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/gu, (_m, target: string, alias: string) => `[${alias}](${encodeURI(`${target}.md`)})`);
	return micromark(withLinks, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })
		.replace(/<a href="([^"]*\.md)">/gu, '<a class="internal-link" href="$1">')
		.replace(/<a href="(https?:[^"]*)">/gu, '<a class="external-link" href="$1">');
}

const READING_CSS = `
.markdown-preview-view { max-width: 720px; line-height: 1.6; }
.markdown-preview-view h1 { font-size: 1.8em; margin: 0 0 var(--size-4-4); }
.markdown-preview-view h2 { margin-top: var(--size-4-6); padding-bottom: var(--size-4-1); border-bottom: 1px solid var(--background-modifier-border); }
.markdown-preview-view h3 { font-size: 1.15em; margin: var(--size-4-5) 0 var(--size-4-2); }
.markdown-preview-view ul { margin: 0 0 var(--size-4-3); padding-left: var(--size-4-6); }
.markdown-preview-view blockquote { margin: var(--size-4-1) 0; padding: 0 var(--size-4-4); border-left: 2px solid var(--interactive-accent); color: var(--text-muted); }
.markdown-preview-view blockquote p { margin: 0; }
.markdown-preview-view a { color: var(--text-accent); text-decoration: none; }
.markdown-preview-view a.external-link { text-decoration: underline; }
.markdown-preview-view code { font-size: 0.9em; padding: 1px 4px; border-radius: var(--radius-s); background-color: var(--background-secondary); }
`;

const note = await buildPortfolioNote();
const theme = readFileSync(path.join(repoRoot, "tests/browser/theme.css"), "utf8");
const html = [
	"<!doctype html>",
	'<html><head><meta charset="utf-8">',
	`<style>${theme}\n${READING_CSS}</style>`,
	'</head><body class="theme-light">',
	`<div class="markdown-preview-view markdown-rendered">${readingView(note)}</div>`,
	"</body></html>",
].join("\n");

const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
	const page = await browser.newPage({ viewport: { width: 780, height: 600 }, deviceScaleFactor: 2 });
	await page.setContent(html);
	mkdirSync(path.dirname(shot), { recursive: true });
	await page.locator(".markdown-preview-view").screenshot({ path: shot });
	console.log(`Saved ${path.relative(repoRoot, shot)}`);
} finally {
	await browser.close();
}
