import { Keymap, type App, type PaneType } from "obsidian";
import { PROGRESS_VIEW } from "../../constants";

/** How the view and the code block open a note and show its hover preview, as Obsidian's own links do. */
interface NoteLinks {
	/** Opens the note at a line; Ctrl/Cmd-click (or a middle click) opens it in a new tab. */
	open: (path: string, line: number | undefined, event?: MouseEvent | KeyboardEvent) => void;
	/** Shows Obsidian's page preview of the note (with Ctrl/Cmd held, as for links in a note). */
	hover: (event: MouseEvent, targetEl: HTMLElement, path: string) => void;
}

/** The hover source the view registers, so *Page preview* settings list it. */
export const HOVER_SOURCE = PROGRESS_VIEW.type;

/** Links that open notes in this app; `hoverParent` is the view or component the previews belong to. */
export function noteLinks(app: App, hoverParent: unknown, source: string = HOVER_SOURCE): NoteLinks {
	return {
		open: (path, line, event) => {
			const newLeaf: PaneType | boolean = event ? Keymap.isModEvent(event) : false;
			void app.workspace.openLinkText(path, "", newLeaf, line === undefined ? undefined : { eState: { line } });
		},
		hover: (event, targetEl, path) => {
			app.workspace.trigger("hover-link", { event, source, hoverParent, targetEl, linktext: path, sourcePath: "" });
		},
	};
}
