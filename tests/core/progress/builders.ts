import type { NoteBox, RoadmapNote } from "../../../src/core/progress/progress-model";

/**
 * Builds a note's boxes from markdown-ish lines: `## Heading` starts a section, `[x] text` is a box
 * (its line number is its index), anything else is a plain line.
 */
export function boxes(...lines: string[]): NoteBox[] {
	const result: NoteBox[] = [];
	let heading: { text: string; line: number } | undefined;
	lines.forEach((line, i) => {
		const h = /^#+ (.*)$/.exec(line);
		if (h) {
			heading = { text: h[1], line: i };
			return;
		}
		const b = /^\[(.)\] (.*?)(?: ✅ (\d{4}-\d{2}-\d{2}))?$/u.exec(line);
		if (!b) return;
		const box: NoteBox = { line: i, char: b[1], text: b[2] };
		if (b[3]) box.completed = b[3];
		if (heading) {
			box.heading = heading.text;
			box.headingLine = heading.line;
		}
		result.push(box);
	});
	return result;
}

export function phaseNote(phase: number, path: string, noteBoxes: NoteBox[], extra: Partial<RoadmapNote> = {}): RoadmapNote {
	return { path, roadmap: "py", kind: "phase", phase, boxes: noteBoxes, ...extra };
}

export function projectNote(id: string, path: string, noteBoxes: NoteBox[], extra: Partial<RoadmapNote> = {}): RoadmapNote {
	return { path, roadmap: "py", kind: "project", phase: Number(id.split(".")[0]), project: id, boxes: noteBoxes, ...extra };
}
