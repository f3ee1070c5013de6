import { normalizePath, TFile, type App } from "obsidian";
import { readRoadmapNote } from "../../core/progress/note-boxes";
import { parseTaskLine, type TaskLine } from "../../core/progress/task-line";
import { canShowInLink, linkTopicWords } from "../../core/topics/topic-link";
import { headingLink, renderTopicNote, sectionOfHeading, topicNotePath } from "../../core/topics/topic-note";
import { ensureFolder, parentOf } from "../notes/folders";
import { changeNote, readNote } from "../writer/note-writer";

/** The box whose topic note is asked for: its note, the line it was seen at, and its words (a line that moved is found by them). */
export interface TopicBox {
	path: string;
	line: number;
	text: string;
}

/** What *Open topic note* needs besides the box: today and the template note set in the settings. */
interface TopicNoteOptions {
	today: string;
	/** Vault path of the template note; empty for the built-in template. */
	template: string;
}

/** What asking for a topic's note did. */
export type TopicNoteOutcome =
	| { status: "exists"; file: TFile }
	| { status: "created"; file: TFile; via: "editor" | "file" | "none" }
	| { status: "not-a-box" }
	| { status: "not-roadmap"; path: string }
	| { status: "unlinkable"; words: string }
	| { status: "no-template"; path: string }
	| { status: "in-the-way"; path: string };

/**
 * Finds the topic's note through the link on its box, or creates it in the `Topics` folder beside the
 * box's note and links the box's words to it, showing the same words. The link is one change of the
 * box's line: one editor transaction when a note editor holds it, else one `Vault.process` (and no
 * write at all when the line already links there). The topic note is never written again.
 */
export async function openOrCreateTopicNote(app: App, box: TopicBox, options: TopicNoteOptions): Promise<TopicNoteOutcome> {
	const noteFile = app.vault.getFileByPath(box.path);
	if (!noteFile) return { status: "not-a-box" };
	const lines = await currentLines(app, noteFile);
	const found = findBox(lines, box);
	if (!found) return { status: "not-a-box" };
	const linked = found.task.topicNote === undefined ? null : app.metadataCache.getFirstLinkpathDest(found.task.topicNote, box.path);
	if (linked) return { status: "exists", file: linked };

	const cache = app.metadataCache.getFileCache(noteFile);
	const note = readRoadmapNote(box.path, cache?.frontmatter, []);
	if (!note || (note.kind !== "phase" && note.kind !== "project") || note.phase === undefined) return { status: "not-roadmap", path: box.path };
	const words = found.task.text;
	if (!canShowInLink(words)) return { status: "unlinkable", words };

	let template: string | undefined;
	if (options.template.trim() !== "") {
		const path = normalizePath(options.template);
		const file = app.vault.getFileByPath(path) ?? app.vault.getFileByPath(normalizePath(`${path}.md`));
		if (!file) return { status: "no-template", path };
		template = await app.vault.read(file);
	}

	const heading = [...(cache?.headings ?? [])].filter((h) => h.position.start.line < found.line).at(-1)?.heading;
	const section = note.kind === "project" ? (note.project ?? "") : sectionOfHeading(heading);
	// A project note's title is the project's, not its phase's.
	const phaseLabel = note.kind === "phase" && note.title !== undefined ? `Phase ${note.phase}: ${note.title}` : `Phase ${note.phase}`;
	const place = choosePath(app, lines, found.line, box.path, words);
	if (place.status === "in-the-way") return place;
	let file = place.file;
	if (!file) {
		await ensureFolder(app, parentOf(place.path));
		file = await app.vault.create(place.path, renderTopicNote({
			roadmap: note.roadmap,
			phase: note.phase,
			section,
			topic: words,
			created: options.today,
			phaseLabel,
			phaseLink: headingLink(box.path, heading, phaseLabel),
			...(template !== undefined ? { template } : {}),
		}));
	}
	const via = await linkBox(app, noteFile, { path: box.path, line: found.line, text: words }, file.path.replace(/\.md$/u, ""));
	return { status: "created", file, via };
}

// The lines the learner sees: the editor's when one holds the note (it may hold unsaved changes).
async function currentLines(app: App, file: TFile): Promise<string[]> {
	return ((await readNote(app, file.path)) ?? "").split(/\r?\n/);
}

// The box at the line it was seen at, else the nearest box with the same words.
function findBox(lines: readonly string[], box: TopicBox): { line: number; task: TaskLine } | undefined {
	const at = (i: number) => {
		const task = parseTaskLine(lines[i] ?? "");
		return task !== null && task.text === box.text ? task : undefined;
	};
	const here = at(box.line);
	if (here) return { line: box.line, task: here };
	let best: { line: number; task: TaskLine } | undefined;
	for (let i = 0; i < lines.length; i++) {
		const task = at(i);
		if (task && (best === undefined || Math.abs(i - box.line) < Math.abs(best.line - box.line))) best = { line: i, task };
	}
	return best;
}

/**
 * Where the note goes. The n-th box with these words in its note takes copy n (`Loops (2).md`), so two
 * such topics never share a note; a path held by another box's note, or by a file that is not this
 * topic's note, moves on to the next copy. A topic note left there without a link (its link was
 * removed) is linked again rather than copied.
 */
function choosePath(app: App, lines: readonly string[], line: number, path: string, words: string): { status: "free"; path: string; file?: TFile } | { status: "in-the-way"; path: string } {
	const others = new Set<string>();
	let copy = 1;
	lines.forEach((text, i) => {
		const task = parseTaskLine(text);
		if (!task || task.text !== words || i === line) return;
		if (i < line) copy++;
		const dest = task.topicNote === undefined ? null : app.metadataCache.getFirstLinkpathDest(task.topicNote, path);
		if (dest) others.add(dest.path);
	});
	for (let tries = 0; tries < 100; tries++, copy++) {
		const candidate = normalizePath(topicNotePath(path, words, copy));
		const existing = app.vault.getAbstractFileByPath(candidate);
		if (!existing) return { status: "free", path: candidate };
		if (existing instanceof TFile && !others.has(candidate)) {
			const properties: unknown = app.metadataCache.getFileCache(existing)?.frontmatter;
			const record = typeof properties === "object" && properties !== null ? (properties as Record<string, unknown>) : {};
			if (record.kind === "topic" && record.topic === words) return { status: "free", path: candidate, file: existing };
		}
	}
	return { status: "in-the-way", path: normalizePath(topicNotePath(path, words)) };
}

// Through the one writer: the editor's transaction when one holds the note, else one process.
async function linkBox(app: App, file: TFile, box: TopicBox, target: string): Promise<"editor" | "file" | "none"> {
	const outcome = await changeNote(app, file, (text) => {
		const eol = text.includes("\r\n") ? "\r\n" : "\n";
		const lines = text.split(/\r?\n/);
		const found = findBox(lines, box);
		if (!found) return text;
		const before = lines[found.line] ?? "";
		const after = linkTopicWords(before, box.text, target);
		if (after === before) return text;
		lines[found.line] = after;
		return lines.join(eol);
	});
	return outcome === "editor" || outcome === "file" ? outcome : "none";
}
