// What the roadmap wants a note to be, shared by the renderers, the merge and the generator.

/** What makes a note a given roadmap note, wherever it lives and whatever its name. */
export type NoteIdentity = {
	roadmap: string;
	/** `phase`, `project`, `overview`, `criteria`, `resources` (and `review`, written elsewhere). */
	kind: string;
	phase?: number;
	/** The project's id as text, e.g. `"3.1"`. */
	project?: string;
};

/** A line the roadmap puts in a note, which re-generation must find (or add back) in an existing note. */
export type PlannedItem = {
	/** The item's text after its list marker, e.g. `Filtering with WHERE`. */
	text: string;
	/** `- [ ] text` when true, a plain `- text` when false. */
	checkbox: boolean;
	/** The heading line it belongs under, e.g. `### 1.1 Reading Tables`. */
	heading: string;
	/** Part of a numbered list (`1. text`, `1. [ ] text`). */
	ordered?: boolean;
	/** A box written ticked, with its ✅ date ("" when unknown). */
	ticked?: string;
};

/** A roadmap note as the roadmap wants it: where it goes, its properties, its text and its items. */
export type PlannedNote = {
	/** Vault path, e.g. `Learning Roadmap/Phase 01 - Querying/Phase 01 - Querying.md`. */
	path: string;
	identity: NoteIdentity;
	/** Obsidian properties, in the order they are written. */
	properties: Record<string, unknown>;
	/** Markdown after the frontmatter, ending with a newline. */
	body: string;
	items: PlannedItem[];
};
