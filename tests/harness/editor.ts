/**
 * Obsidian's `Editor` over a real CodeMirror 6 `EditorView` (`editor.cm`), with history and the
 * extensions plugins register (`registerEditorExtension`), so an editor extension runs here as it
 * does in Obsidian: inside the transactions of typing, clicks, undo and redo.
 */
import { history, redo, undo } from "@codemirror/commands";
import { Annotation, Compartment, EditorSelection, EditorState, type Extension, type TransactionSpec } from "@codemirror/state";
import { EditorView, type ViewUpdate } from "@codemirror/view";

export interface EditorPosition {
	line: number;
	ch: number;
}

/** Marks a change that did not come from this editor's learner: a file reloaded, or a linked pane. */
export const externalChange = Annotation.define<"reload" | "linked">();

export class Editor {
	readonly cm: EditorView;
	private readonly plugins = new Compartment();
	scrolledTo: EditorPosition | null = null;

	constructor(pluginExtensions: readonly Extension[], onUpdate: (update: ViewUpdate) => void) {
		this.cm = new EditorView({ state: this.freshState("", pluginExtensions, onUpdate) });
		this.onUpdate = onUpdate;
	}

	private readonly onUpdate: (update: ViewUpdate) => void;

	private freshState(doc: string, pluginExtensions: readonly Extension[], onUpdate: (update: ViewUpdate) => void): EditorState {
		return EditorState.create({
			doc,
			extensions: [history(), this.plugins.of([...pluginExtensions]), EditorView.updateListener.of(onUpdate)],
		});
	}

	/** A note opened in this editor: a new state, empty history (Obsidian does not undo into another file). */
	load(doc: string, pluginExtensions: readonly Extension[]): void {
		this.cm.setState(this.freshState(doc, pluginExtensions, this.onUpdate));
	}

	/** Applies the plugins' current extensions, as `workspace.updateOptions()` does. */
	reconfigure(pluginExtensions: readonly Extension[]): void {
		this.cm.dispatch({ effects: this.plugins.reconfigure([...pluginExtensions]) });
	}

	dispatch(spec: TransactionSpec): void {
		this.cm.dispatch(spec);
	}

	undo(): boolean {
		return undo(this.cm);
	}

	redo(): boolean {
		return redo(this.cm);
	}

	getValue(): string {
		return this.cm.state.doc.toString();
	}

	setValue(content: string): void {
		this.cm.dispatch({ changes: { from: 0, to: this.cm.state.doc.length, insert: content } });
	}

	getLine(line: number): string {
		const doc = this.cm.state.doc;
		return line >= 0 && line < doc.lines ? doc.line(line + 1).text : "";
	}

	lineCount(): number {
		return this.cm.state.doc.lines;
	}

	lastLine(): number {
		return this.cm.state.doc.lines - 1;
	}

	posToOffset(pos: EditorPosition): number {
		const doc = this.cm.state.doc;
		const line = doc.line(Math.min(Math.max(pos.line, 0), doc.lines - 1) + 1);
		return Math.min(line.from + pos.ch, line.to);
	}

	offsetToPos(offset: number): EditorPosition {
		const line = this.cm.state.doc.lineAt(offset);
		return { line: line.number - 1, ch: offset - line.from };
	}

	getCursor(_which?: string): EditorPosition {
		return this.offsetToPos(this.cm.state.selection.main.head);
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const at = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.cm.dispatch({ selection: EditorSelection.cursor(this.posToOffset(at)) });
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cm.dispatch({ selection: EditorSelection.range(this.posToOffset(anchor), this.posToOffset(head ?? anchor)) });
	}

	scrollIntoView(range: { from: EditorPosition; to: EditorPosition }, _center?: boolean): void {
		this.scrolledTo = { ...range.from };
	}

	replaceRange(text: string, from: EditorPosition, to?: EditorPosition): void {
		const start = this.posToOffset(from);
		this.cm.dispatch({ changes: { from: start, to: to ? this.posToOffset(to) : start, insert: text }, userEvent: "input" });
	}

	/**
	 * Obsidian's `Editor.transaction`: every change of the transaction in one CodeMirror dispatch, so
	 * one undo step (positions are in the document before the transaction, as in Obsidian).
	 */
	transaction(tx: { changes?: Array<{ from: EditorPosition; to?: EditorPosition; text: string }> }, _origin?: string): void {
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), insert: c.text }));
		this.cm.dispatch({ changes });
	}

	focus(): void {}
	hasFocus(): boolean {
		return false;
	}
	refresh(): void {}
}
