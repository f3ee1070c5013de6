import { parse } from "yaml";
import { history, moveLineDown, moveLineUp, redo, undo } from "@codemirror/commands";
import { EditorSelection, EditorState, Text, type TransactionSpec } from "@codemirror/state";
import { describe, expect, it, vi } from "vitest";
import { tickExtension } from "../../src/editor/tick-extension";

const TODAY = "2026-12-01";
const head = (done: number, total: number, progress: number, status: string) =>
	["---", "roadmap: r", "kind: phase", "phase: 1", `done: ${done}`, `total: ${total}`, `progress: ${progress}`, `status: ${status}`, "---"].join("\n");

function editor(doc: string, options = { recordCompletionDates: true, syncProgressProperties: true }) {
	let state = EditorState.create({ doc, extensions: [history(), EditorState.allowMultipleSelections.of(true), tickExtension({ options: () => options, today: () => TODAY, parse })] });
	const target = {
		get state() {
			return state;
		},
		dispatch: (tr: import("@codemirror/state").Transaction) => {
			state = tr.state;
		},
	};
	return {
		get text() {
			return state.doc.toString();
		},
		get state() {
			return state;
		},
		apply(spec: TransactionSpec) {
			state = state.update(spec).state;
		},
		/** Replaces the first occurrence of `find` (after `after`, when given), as typing there would. */
		type(find: string, insert: string) {
			const at = state.doc.toString().indexOf(find);
			if (at < 0) throw new Error(`"${find}" not in the note`);
			state = state.update({ changes: { from: at, to: at + find.length, insert }, userEvent: "input.type" }).state;
		},
		undo: () => undo(target),
		redo: () => redo(target),
		/** Runs one of CodeMirror's own commands (moveLineDown…) on the note. */
		run: (command: (target: { state: EditorState; dispatch: (tr: import("@codemirror/state").Transaction) => void }) => boolean) => command(target),
		/** Puts a cursor at the start of each line holding one of `finds`. */
		cursorsOn(...finds: string[]) {
			const ranges = finds.map((find) => EditorSelection.cursor(state.doc.toString().indexOf(find)));
			state = state.update({ selection: EditorSelection.create(ranges) }).state;
		},
	};
}

describe("ticking in the editor", () => {
	it("adds the date and the properties to the learner's own change", () => {
		const ed = editor(`${head(0, 2, 0, "not-started")}\n- [ ] a\n- [ ] b`);
		ed.type("- [ ] a", "- [x] a");
		expect(ed.text).toBe(`${head(1, 2, 50, "in-progress")}\n- [x] a ✅ 2026-12-01\n- [ ] b`);
	});

	it("is one undo step: undo takes back the tick, its date and its properties; redo brings them all", () => {
		const start = `${head(0, 2, 0, "not-started")}\n- [ ] a\n- [ ] b`;
		const ed = editor(start);
		ed.type("- [ ] a", "- [x] a");
		const ticked = ed.text;
		expect(ed.undo()).toBe(true);
		expect(ed.text).toBe(start);
		expect(ed.redo()).toBe(true);
		expect(ed.text).toBe(ticked);
	});

	it("unticking removes the date, whoever wrote it and whenever", () => {
		const ed = editor(`${head(1, 1, 100, "complete")}\n- [x] a ✅ 2025-03-04`);
		ed.type("[x]", "[ ]");
		expect(ed.text).toBe(`${head(0, 1, 0, "not-started")}\n- [ ] a`);
	});

	it("keeps the cursor where the learner typed", () => {
		const ed = editor(`${head(0, 1, 0, "not-started")}\n- [ ] a`);
		const at = ed.text.indexOf("[ ]") + 1;
		ed.apply({ changes: { from: at, to: at + 1, insert: "x" }, selection: EditorSelection.cursor(at + 1) });
		expect(ed.state.selection.main.head).toBe(ed.text.indexOf("[x]") + 2);
	});

	it("dates 20 boxes ticked with 20 cursors in one change", () => {
		const lines = Array.from({ length: 20 }, (_, i) => `- [ ] topic ${i}`);
		const ed = editor(`${head(0, 20, 0, "not-started")}\n${lines.join("\n")}`);
		const changes = [...ed.text.matchAll(/\[ \]/g)].map((m) => ({ from: m.index + 1, to: m.index + 2, insert: "x" }));
		ed.apply({ changes });
		expect(ed.text.split("\n").filter((l) => l.endsWith("✅ 2026-12-01"))).toHaveLength(20);
		expect(ed.text).toContain("done: 20\ntotal: 20\nprogress: 100\nstatus: complete");
		expect(ed.undo()).toBe(true);
		expect(ed.text).not.toContain("✅");
	});

	it("dates pasted ticked lines, and keeps the dates they bring", () => {
		const ed = editor(`${head(0, 0, 0, "not-started")}\n`);
		ed.apply({ changes: { from: ed.text.length, insert: "- [x] pasted\n- [x] dated ✅ 2026-01-01\n- [ ] open" }, userEvent: "input.paste" });
		expect(ed.text.split("\n").slice(9)).toEqual(["- [x] pasted ✅ 2026-12-01", "- [x] dated ✅ 2026-01-01", "- [ ] open"]);
		expect(ed.text).toContain("done: 2\ntotal: 3\nprogress: 66\nstatus: in-progress");
	});

	it("dates a box ticked and reworded in one go", () => {
		const ed = editor(`${head(0, 1, 0, "not-started")}\n- [ ] a`);
		ed.type("- [ ] a", "- [x] a, with my words");
		expect(ed.text.endsWith("- [x] a, with my words ✅ 2026-12-01")).toBe(true);
	});

	it("leaves a line added above a box alone, and a box moved with it", () => {
		const start = `${head(1, 1, 100, "complete")}\n- [x] old tick`;
		const ed = editor(start);
		ed.type("- [x] old tick", "my line\n- [x] old tick");
		expect(ed.text).toBe(`${head(1, 1, 100, "complete")}\nmy line\n- [x] old tick`);
	});

	it("does nothing in a note that is not a roadmap note, or when the settings say so", () => {
		const plain = editor("- [ ] a");
		plain.type("[ ]", "[x]");
		expect(plain.text).toBe("- [x] a");
		const off = editor(`${head(0, 1, 0, "not-started")}\n- [ ] a`, { recordCompletionDates: false, syncProgressProperties: false });
		off.type("[ ]", "[x]");
		expect(off.text).toBe(`${head(0, 1, 0, "not-started")}\n- [x] a`);
	});

	it("does nothing to a change that touches no box, however the note stands", () => {
		const start = `${head(5, 9, 1, "complete")}\n- [x] undated old tick\n\nprose`;
		const ed = editor(start);
		ed.type("prose", "prose, more");
		expect(ed.text).toBe(`${head(5, 9, 1, "complete")}\n- [x] undated old tick\n\nprose, more`);
	});

	it("puts the properties right when a change touches only them (a synced version reloaded under the editor)", () => {
		const ed = editor(`${head(1, 2, 50, "in-progress")}\n- [x] a ✅ 2026-11-30\n- [ ] b`);
		ed.type("done: 1", "done: 97");
		expect(ed.text).toBe(`${head(1, 2, 50, "in-progress")}\n- [x] a ✅ 2026-11-30\n- [ ] b`);
		ed.apply({ changes: { from: 0, to: ed.text.indexOf("\n- [x]"), insert: head(0, 2, 0, "not-started") } });
		expect(ed.text).toBe(`${head(1, 2, 50, "in-progress")}\n- [x] a ✅ 2026-11-30\n- [ ] b`);
	});

	it("leaves a change below the properties that touches no box alone", () => {
		const start = `${head(0, 2, 0, "not-started")}\n- [ ] a\n- [ ] b\nnotes`;
		const ed = editor(start.replace("done: 0", "done: 5"));
		ed.type("notes", "my notes");
		expect(ed.text).toBe(`${start.replace("done: 0", "done: 5")}`.replace("notes", "my notes"));
	});
});

describe("a move is not a tick", () => {
	// Done boxes whose date was removed by hand, and an open box: moving any of them changes no date.
	const body = ["- [x] undated one", "- [ ] open", "- [x] dated ✅ 2026-01-01", "- [x] undated two", "prose"];
	const start = `${head(3, 4, 75, "in-progress")}\n${body.join("\n")}`;

	// CodeMirror moves a line by taking its neighbour out and putting it back on the other side.
	it("keeps every box's state and date when lines are moved down and up with CodeMirror's own commands", () => {
		const ed = editor(start);
		ed.cursorsOn("- [ ] open");
		expect(ed.run(moveLineUp)).toBe(true);
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [ ] open\n- [x] undated one\n- [x] dated ✅ 2026-01-01\n- [x] undated two\nprose`);
		ed.cursorsOn("prose");
		expect(ed.run(moveLineUp)).toBe(true);
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [ ] open\n- [x] undated one\n- [x] dated ✅ 2026-01-01\nprose\n- [x] undated two`);
		ed.cursorsOn("- [ ] open");
		expect(ed.run(moveLineDown)).toBe(true);
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [x] undated one\n- [ ] open\n- [x] dated ✅ 2026-01-01\nprose\n- [x] undated two`);
	});

	it("keeps the boxes of several cursors moving lines at once", () => {
		const ed = editor(start);
		ed.cursorsOn("- [x] undated one", "- [x] dated");
		expect(ed.run(moveLineDown)).toBe(true);
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [ ] open\n- [x] undated one\n- [x] undated two\n- [x] dated ✅ 2026-01-01\nprose`);
		expect(ed.text).not.toContain(TODAY);
	});

	it("keeps a box cut and pasted elsewhere (two changes) as it was", () => {
		const ed = editor(start);
		const line = "- [x] undated one\n";
		const at = ed.text.indexOf(line);
		ed.apply({ changes: { from: at, to: at + line.length }, userEvent: "delete.cut" });
		ed.apply({ changes: { from: ed.text.length, insert: `\n${line.trimEnd()}` }, userEvent: "input.paste" });
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [ ] open\n- [x] dated ✅ 2026-01-01\n- [x] undated two\nprose\n- [x] undated one`);
	});

	it("keeps a box dragged elsewhere (a delete and an insert in one change) as it was", () => {
		const ed = editor(start);
		const line = "- [x] undated two\n";
		const from = ed.text.indexOf(line);
		const to = ed.text.indexOf("- [ ] open");
		ed.apply({ changes: [{ from, to: from + line.length }, { from: to, insert: line }], userEvent: "move.drop" });
		expect(ed.text).toBe(`${head(3, 4, 75, "in-progress")}\n- [x] undated one\n- [x] undated two\n- [ ] open\n- [x] dated ✅ 2026-01-01\nprose`);
	});

	it("still dates the one box whose state changed, with several cursors, while another line moves", () => {
		const ed = editor(start);
		const open = ed.text.indexOf("- [ ] open") + 3;
		const line = "- [x] undated one\n";
		const from = ed.text.indexOf(line);
		ed.apply({ changes: [{ from, to: from + line.length }, { from: open, to: open + 1, insert: "x" }, { from: ed.text.length, insert: `\n${line.trimEnd()}` }] });
		expect(ed.text).toBe(`${head(4, 4, 100, "complete")}\n- [x] open ✅ ${TODAY}\n- [x] dated ✅ 2026-01-01\n- [x] undated two\nprose\n- [x] undated one`);
	});
});

describe("a safety net in the editor", () => {
	it("lets the learner's change through exactly as typed when the extension fails, and says so once", () => {
		const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
		try {
			let state = EditorState.create({
				doc: `${head(0, 2, 0, "not-started")}\n- [ ] a\n- [ ] b`,
				extensions: [tickExtension({ options: () => ({ recordCompletionDates: true, syncProgressProperties: true }), today: () => { throw new Error("no clock"); }, parse })],
			});
			for (const box of ["- [ ] a", "- [ ] b"]) {
				const at = state.doc.toString().indexOf(box) + 3;
				state = state.update({ changes: { from: at, to: at + 1, insert: "x" } }).state;
			}
			expect(state.doc.toString()).toBe(`${head(0, 2, 0, "not-started")}\n- [x] a\n- [x] b`);
			expect(error).toHaveBeenCalledTimes(1);
		} finally {
			error.mockRestore();
		}
	});

	it("reads only the properties block of a note that is not a roadmap note", () => {
		const lines = ["---", "tags: [shopping]", "---", ...Array.from({ length: 200 }, (_, i) => `- [ ] item ${i}`)];
		const ed = editor(lines.join("\n"));
		const whole = vi.spyOn(Text.prototype, "toJSON");
		try {
			ed.type("- [ ] item 7", "- [x] item 7");
			expect(ed.text).toContain("- [x] item 7\n");
			expect(whole).not.toHaveBeenCalled();
		} finally {
			whole.mockRestore();
		}
	});
});
