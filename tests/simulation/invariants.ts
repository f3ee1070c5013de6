/**
 * What must hold after every step of the simulated learner, checked against the files, the cache, the
 * progress view and the status bar. Each failure names the rule, the note and what was found.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { App } from "../harness/app";
import { boxLines, counts, DATE_MARK, expectedStreaks, isDone, linesOf, NOTE_KEYS, OVERALL_BAR, PHASE_BARS, today, TOPICS, type Model, type NoteKey } from "./model";


class Broken extends Error {}
function fail(rule: string, detail: string): never {
	throw new Broken(`${rule}: ${detail}`);
}

export function readNote(dir: string, p: string): string {
	return readFileSync(path.join(dir, p), "utf8");
}

/** The notes of the roadmap by their properties, wherever they are: kind and number → paths. */
function roadmapNotes(app: App): Map<string, string[]> {
	const found = new Map<string, string[]>();
	for (const file of app.vault.getMarkdownFiles()) {
		const fm = app.metadataCache.getFileCache(file)?.frontmatter;
		if (fm?.roadmap !== "sql-basics" || (fm.kind !== "phase" && fm.kind !== "project")) continue;
		const id = fm.kind === "phase" ? `phase${String(fm.phase)}` : "project";
		found.set(id, [...(found.get(id) ?? []), file.path]);
	}
	return found;
}

function checkBoxes(key: NoteKey, text: string, model: Model, day: string): string[] {
	const note = model.notes[key];
	if (!note) return [];
	const dates: string[] = [];
	for (const topic of TOPICS[key]) {
		const box = note.boxes[topic];
		const lines = linesOf(text, topic);
		if (lines.length !== 1) fail("every topic keeps exactly one line", `${note.path}: "${topic}" is on ${lines.length} lines`);
		const line = lines[0];
		if (line.char !== box.char) fail("a box keeps the state the learner gave it", `${note.path}: "${topic}" is [${line.char}], expected [${box.char}]`);
		let from = topic.length;
		for (const word of box.words) {
			const at = line.rest.indexOf(` ${word}`, from);
			if (at < 0) fail("no word the learner typed is lost", `${note.path}: "${word}" missing from "${line.rest}"`);
			from = at + word.length + 1;
		}
		const found = [...line.rest.matchAll(DATE_MARK)].map((m) => m[1]);
		if (!isDone(box.char)) {
			if (found.length > 0) fail("no undone box has a ✅ date", `${note.path}: "${line.rest}"`);
			continue;
		}
		if (found.length > 1) fail("a done box has exactly one ✅ date", `${note.path}: "${line.rest}"`);
		if (box.dated === "yes" && found.length === 0) fail("a box ticked while dates are recorded has a ✅ date", `${note.path}: "${line.rest}"`);
		if (box.dated === "no" && found.length > 0) fail("a box ticked while dates are off gets no ✅ date", `${note.path}: "${line.rest}"`);
		if (found.length === 1) {
			if (box.date !== undefined && found[0] !== box.date) fail("a box's ✅ date changes only when its own state does", `${note.path}: "${line.rest}", it was ${box.date}`);
			box.date = found[0];
		}
		for (const date of found) {
			if (date > day) fail("a ✅ date is not after today", `${note.path}: "${line.rest}", today ${day}`);
			if (box.notBefore !== undefined && date < box.notBefore) fail("a ✅ date is not before the box was ticked", `${note.path}: "${line.rest}", ticked ${box.notBefore}`);
			dates.push(date);
		}
	}
	return dates;
}

function checkProperties(app: App, key: NoteKey, text: string, model: Model): void {
	const note = model.notes[key];
	if (!note || !note.propertiesTrusted || !model.settings.syncProgressProperties) return;
	const file = app.vault.getFileByPath(note.path);
	const fm = file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
	if (!fm) fail("a roadmap note keeps readable properties", `${note.path} has none`);
	const boxes = boxLines(text).filter((b) => TOPICS[key].some((t) => b.rest === t || b.rest.startsWith(`${t} `)));
	const want = counts(boxes.map((b) => b.char));
	for (const k of ["done", "total", "progress", "status"] as const) {
		if (fm[k] !== want[k]) fail("every property agrees with the boxes", `${note.path}: ${k} is ${JSON.stringify(fm[k])}, the boxes say ${want[k]}`);
	}
	if (key === "project") {
		const dates = boxes.filter((b) => isDone(b.char)).flatMap((b) => [...b.rest.matchAll(DATE_MARK)].map((m) => m[1])).sort();
		const completed = want.status === "complete" ? dates.at(-1) : undefined;
		if ((fm.completed ?? undefined) !== completed) fail("a complete project's `completed` is its last ✅ date", `${note.path}: ${JSON.stringify(fm.completed)}, expected ${completed}`);
	}
}

function bar(root: HTMLElement, label: string): { now: number; max: number; text: string } | undefined {
	const el = Array.from(root.querySelectorAll<HTMLElement>('[role="progressbar"], progress')).find((b) => b.getAttribute("aria-label") === label);
	if (!el) return undefined;
	return { now: Number(el.getAttribute("aria-valuenow")), max: Number(el.getAttribute("aria-valuemax")), text: el.getAttribute("aria-valuetext") ?? "" };
}

function checkBar(root: HTMLElement, label: string, chars: string[], required: boolean): void {
	const found = bar(root, label);
	if (!found) {
		if (required) fail("the progress view shows every bar", `no bar "${label}"`);
		return;
	}
	const want = counts(chars);
	if (found.now !== want.done || found.max !== want.total) fail("every bar agrees with the files", `"${label}" shows ${found.now}/${found.max}, the files say ${want.done}/${want.total}`);
	if (!found.text.startsWith(`${want.done} of ${want.total} (${want.progress}%)`)) fail("every percentage agrees with the files", `"${label}" reads "${found.text}", expected ${want.progress}%`);
}

function checkView(app: App, model: Model, chars: Partial<Record<NoteKey, string[]>>, dates: string[], day: string): void {
	const leaf = app.workspace.getLeavesOfType("learning-roadmap-progress")[0];
	const root = (leaf?.view as { contentEl?: HTMLElement } | undefined)?.contentEl;
	if (!model.progressViewOpen) return;
	if (!root) fail("the progress view stays open", "it is gone");
	// With no phase or project note left the view shows its empty state (a button to generate), no cards.
	if (NOTE_KEYS.every((k) => chars[k] === undefined)) {
		if (bar(root, OVERALL_BAR)) fail("the progress view is empty without phase and project notes", "it still shows the overall bar");
		return;
	}
	checkBar(root, OVERALL_BAR, NOTE_KEYS.flatMap((k) => chars[k] ?? []), true);
	for (const key of NOTE_KEYS) {
		const label = PHASE_BARS[key];
		if (label && chars[key]) checkBar(root, label, chars[key], true);
	}
	const streak = expectedStreaks(dates, day);
	for (const [cls, want] of [["lr-streak-current", streak.current], ["lr-streak-longest", streak.longest]] as const) {
		const shown = root.querySelector(`.${cls} .lr-streak-value`)?.textContent ?? "";
		if (shown !== `${want} ${want === 1 ? "day" : "days"}`) fail("the streak agrees with the ✅ dates", `${cls} shows "${shown}", the dates (${[...new Set(dates)].sort().join(", ")}) give ${want}`);
	}
	const status = app.workspace.statusBarEl.querySelector(".plugin-learning-roadmap")?.textContent ?? "";
	const overall = counts(NOTE_KEYS.flatMap((k) => chars[k] ?? []));
	if (model.settings.showStatusBar && !status.includes(`${overall.progress}%`)) fail("the status bar's percentage agrees with the files", `"${status}", expected ${overall.progress}%`);
	if (!model.settings.showStatusBar && status !== "") fail("the status bar is empty when switched off", `"${status}"`);
}

/** Every rule, after a step; throws naming the first one broken. */
export function checkInvariants(app: App, dir: string, model: Model): void {
	const day = today();
	const found = roadmapNotes(app);
	const dates: string[] = [];
	const chars: Partial<Record<NoteKey, string[]>> = {};
	for (const key of NOTE_KEYS) {
		const note = model.notes[key];
		const paths = found.get(key) ?? [];
		if (!note) {
			if (paths.length > 0) fail("a deleted note stays deleted until generated again", `${key} is at ${paths.join(", ")}`);
			continue;
		}
		if (paths.length !== 1 || paths[0] !== note.path) fail("each note is where the learner put it, once", `${key}: expected ${note.path}, found ${paths.join(", ") || "nothing"}`);
		const text = readNote(dir, note.path);
		dates.push(...checkBoxes(key, text, model, day));
		checkProperties(app, key, text, model);
		chars[key] = TOPICS[key].map((t) => note.boxes[t].char);
	}
	checkView(app, model, chars, dates, day);
}
