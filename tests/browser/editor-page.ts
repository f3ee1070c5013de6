/**
 * Entry of the browser editor page (bundled with esbuild at test time): a real CodeMirror editor, with
 * history and the plugin's tick extension, as Obsidian hosts it; `window.lrEditor` reads it back.
 */
import { parse } from "yaml";
import { history, historyKeymap } from "@codemirror/commands";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { tickExtension } from "../../src/editor/tick-extension";

declare global {
	interface Window {
		lrEditor: { text(): string; boxOffset(topic: string): number; select(offset: number, length: number): void };
	}
}

const doc = ["---", "roadmap: r", "kind: phase", "phase: 1", "done: 0", "total: 2", "progress: 0", "status: not-started", "---", "", "- [ ] Lists and tuples", "- [ ] Dictionaries"].join("\n");
const view = new EditorView({
	parent: document.body,
	state: EditorState.create({
		doc,
		extensions: [history(), keymap.of(historyKeymap), tickExtension({ options: () => ({ recordCompletionDates: true, syncProgressProperties: true }), today: () => "2026-12-01", parse })],
	}),
});

window.lrEditor = {
	text: () => view.state.doc.toString(),
	boxOffset: (topic) => view.state.doc.toString().indexOf(`] ${topic}`) - 1,
	select(offset, length) {
		view.focus();
		view.dispatch({ selection: { anchor: offset, head: offset + length } });
	},
};
