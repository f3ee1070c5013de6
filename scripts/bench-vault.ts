/**
 * The benchmark's vaults: the generated roadmap (every planned note, with its real text, in
 * `Learning Roadmap/`) plus filler notes a learning vault would hold, written to a temp folder.
 * Deterministic: the same size always gives the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { noteText } from "../src/core/notes/render-notes";
import type { PlannedNote } from "../src/core/notes/planned-note";

export const ROADMAP_FOLDER = "Learning Roadmap";

/** Phases whose topics are all ticked (with dates), so the view shows finished work, levels and activity. */
const FINISHED_PHASES = 3;
/** Phase half ticked: the view's *Up next* and a partly filled bar. */
const STARTED_PHASE = 4;

/** Writes `size` notes into `dir`: the roadmap's notes (some already ticked) and filler notes. */
export function writeBenchVault(dir: string, planned: readonly PlannedNote[], size: number): void {
	for (const note of planned) writeNote(dir, note.path, learnerText(note));
	const random = seededRandom(size);
	const fillers = size - planned.length;
	for (let i = 0; i < fillers; i++) {
		writeNote(dir, `Notes/Area ${String(i % 100).padStart(2, "0")}/Note ${i}.md`, fillerNote(i, fillers, random));
	}
}

/** The planned text, with the boxes a learner part-way through the roadmap would have ticked. */
function learnerText(note: PlannedNote): string {
	const text = noteText(note);
	const phase = note.identity.phase ?? 0;
	const finished = phase > 0 && phase <= FINISHED_PHASES;
	if (note.identity.kind === "project" && phase === 1) return tickAll(text, 0);
	if (note.identity.kind !== "phase" || (!finished && phase !== STARTED_PHASE)) return text;
	let seen = 0;
	return text.replace(/^- \[ \] (.*)$/gmu, (line: string, topic: string) => {
		seen++;
		if (!finished && seen % 2 === 0) return line;
		return `- [x] ${topic} ✅ ${doneDate(phase * 100 + seen)}`;
	});
}

function tickAll(text: string, salt: number): string {
	let seen = 0;
	return text.replace(/^(\s*)- \[ \] (.*)$/gmu, (_line: string, indent: string, item: string) => `${indent}- [x] ${item} ✅ ${doneDate(salt + seen++)}`);
}

/** A date in 2026's first half, spread by `n`, so the activity chart has several months. */
function doneDate(n: number): string {
	const month = 1 + (n % 6);
	const day = 1 + (n % 28);
	return `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A filler note: every note has prose; about a third have headings and checkboxes (some nested,
 * some ticked), one in five has properties (never `roadmap`), one in ten links to other notes.
 */
function fillerNote(i: number, count: number, random: () => number): string {
	const parts: string[] = [];
	if (i % 5 === 0) parts.push(`---\ntags:\n  - inbox\ncreated: 2026-0${1 + (i % 9)}-1${i % 10}\n---`);
	parts.push(`# Note ${i}`, sentence(random, 12 + Math.floor(random() * 40)));
	if (i % 3 === 0) {
		const sections = 1 + Math.floor(random() * 3);
		for (let s = 0; s < sections; s++) {
			parts.push(`## Section ${s + 1}`, sentence(random, 20));
			const boxes: string[] = [];
			const n = 2 + Math.floor(random() * 8);
			for (let b = 0; b < n; b++) {
				const mark = random() < 0.3 ? "x" : " ";
				const indent = b > 0 && random() < 0.2 ? "\t" : "";
				boxes.push(`${indent}- [${mark}] ${sentence(random, 5)}`);
			}
			parts.push(boxes.join("\n"));
		}
	} else if (i % 3 === 1) {
		parts.push(["- a plain bullet", "- another one", "\t- nested"].join("\n"));
	}
	if (i % 10 === 0 && count > 1) parts.push(`See [[Note ${(i * 7 + 1) % count}]] and [[Note ${(i + 3) % count}|this one]].`);
	return `${parts.join("\n\n")}\n`;
}

const WORDS = ["data", "python", "pipeline", "spark", "query", "schema", "table", "join", "index", "stream", "batch", "model", "test", "review", "notes", "idea"];

function sentence(random: () => number, words: number): string {
	const out: string[] = [];
	for (let w = 0; w < words; w++) out.push(WORDS[Math.floor(random() * WORDS.length)] ?? "word");
	return `${out.join(" ")}.`;
}

/** mulberry32: small, fast and deterministic. */
function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function writeNote(dir: string, vaultPath: string, text: string): void {
	const full = path.join(dir, vaultPath);
	mkdirSync(path.dirname(full), { recursive: true });
	writeFileSync(full, text, "utf8");
}
