/**
 * What happens around the editor: hand edits of properties, notes renamed, moved and deleted, commands,
 * settings, restarts, a synced version of a note arriving from another device, and days passing.
 */
import { format } from "date-fns";
import fc from "fast-check";
import { advanceTo, DAY_CHECK_MS } from "./clock";
import { changedOnDisk, closeEditor, cmd, COMMAND_IDS, CHARS, key, present, setLineChar, step, topicOf } from "./actions";
import { readNote } from "./invariants";
import { noteAt } from "./learner-app";
import { counts, DATE_MARK, freshNote, isDone, linesOf, NOTE_KEYS, setChar, today, TOPICS, type NoteKey, type Settings } from "./model";
import { checkReview, reviewsOf } from "./review-check";

const PROPERTY_EDITS: ReadonlyArray<readonly [string, string]> = [
	["done", "97"],
	["total", "0"],
	["progress", "150"],
	["status", "complete"],
];

const editProperty = fc.record({ key, edit: fc.constantFrom(...PROPERTY_EDITS), quoted: fc.boolean() }).map(({ key, edit, quoted }) => {
	const [name, value] = edit;
	return cmd(`edit the property ${quoted ? `"${name}"` : name}: ${value} by hand (${key})`, (m) => present(key)(m), async (m, r) => {
		await step(m, r, "any", async () => {
			changedOnDisk(m, key);
			const line = new RegExp(`^"?${name}"?: .*$`, "m");
			await r.learner.app.vault.process(noteAt(r.learner.app, m.notes[key]!.path), (text) => text.replace(line, `${quoted ? `"${name}"` : name}: ${value}`));
			if (!m.settings.syncProgressProperties) m.notes[key]!.propertiesTrusted = false;
		});
	});
});

const rename = fc.record({ key, folder: fc.boolean() }).map(({ key, folder }) =>
	cmd(`${folder ? "move" : "rename"} the ${key} note`, (m) => present(key)(m), async (m, r) => {
		const note = m.notes[key]!;
		const { app } = r.learner;
		const name = note.path.split("/").pop()!.replace(/\.md$/, "");
		const target = folder ? `Elsewhere/${name}.md` : `${note.path.slice(0, note.path.lastIndexOf("/"))}/${name} (mine).md`;
		if (app.vault.getAbstractFileByPath(target)) return;
		await step(m, r, "any", async () => {
			if (m.open?.key === key) closeEditor(m, r);
			if (folder && !app.vault.getAbstractFileByPath("Elsewhere")) await app.vault.createFolder("Elsewhere");
			await app.fileManager.renameFile(noteAt(app, note.path), target);
			note.path = target;
		});
	}),
);

const remove = key.map((key) =>
	cmd(`delete the ${key} note`, present(key), async (m, r) => {
		await step(m, r, "any", async () => {
			if (m.open?.key === key) closeEditor(m, r);
			await r.learner.app.vault.delete(noteAt(r.learner.app, m.notes[key]!.path));
			delete m.notes[key];
		});
	}),
);

const runCommand = fc.constantFrom(...COMMAND_IDS).map((id) =>
	cmd(`run the command ${id}`, () => true, async (m, r) => {
		const before = new Set(reviewsOf(r.learner.app).map((f) => f.path));
		await step(m, r, "any", async () => {
			await r.learner.app.commands.runCommand(`learning-roadmap:${id}`);
			if (id === "generate-roadmap") for (const k of NOTE_KEYS) m.notes[k] ??= freshNote(k);
			if (id === "open-progress") m.progressViewOpen = true;
		});
		if (id.endsWith("monthly-review")) checkReview(r.learner, m, id.startsWith("create-previous") ? "previous" : "this", before);
	}),
);

const changeSetting = fc.constantFrom<keyof Settings>("recordCompletionDates", "syncProgressProperties", "showStatusBar").map((name) =>
	cmd(`switch the setting ${name}`, () => true, async (m, r) => {
		await step(m, r, "none", async () => {
			m.settings[name] = !m.settings[name];
			(r.learner.plugin.settings as Settings)[name] = m.settings[name];
			await r.learner.plugin.saveSettings();
		});
	}),
);

const restart = fc.constant(
	cmd("restart the app", () => true, async (m, r) => {
		await step(m, r, "none", async () => {
			closeEditor(m, r);
			await r.learner.restart();
			// The layout comes back with the progress view in the sidebar.
			if (m.progressViewOpen) await r.learner.app.commands.runCommand("learning-roadmap:open-progress");
		});
	}),
);

/** The note as another device saved it: `topic` set to `char`, and (when consistent) its date and properties right too. */
function syncedVersion(text: string, key: NoteKey, topic: string, char: string, consistent: boolean, date: string): string {
	let next = setLineChar(text, topic, char, consistent && !isDone(char));
	if (!consistent) return next;
	const line = linesOf(next, topic)[0];
	const lines = next.split("\n");
	if (isDone(char) && !DATE_MARK.test(line.rest)) lines[line.index] += ` ✅ ${date}`;
	DATE_MARK.lastIndex = 0;
	next = lines.join("\n");
	const boxes = TOPICS[key].map((t) => linesOf(next, t)[0]);
	const c = counts(boxes.map((b) => b.char));
	// A key the learner quoted (`"done": 3`) stays quoted: the other device wrote the same block.
	for (const name of ["done", "total", "progress", "status"] as const) next = next.replace(new RegExp(`^("?)${name}\\1: .*$`, "m"), (_, q: string) => `${q}${name}${q}: ${c[name]}`);
	if (key === "project") {
		next = next.replace(/^completed: .*\n/m, "");
		const last = boxes.filter((b) => isDone(b.char)).flatMap((b) => [...b.rest.matchAll(DATE_MARK)].map((d) => d[1])).sort().at(-1);
		if (c.status === "complete" && last) next = next.replace(/^status: .*$/m, (s) => `${s}\ncompleted: ${last}`);
	}
	return next;
}

const sync = fc.record({ key, i: fc.nat(4), char: fc.constantFrom(...CHARS), consistent: fc.boolean(), yesterday: fc.boolean() }).map(({ key, i, char, consistent, yesterday }) => {
	const topic = topicOf(key, i);
	const how = consistent ? `dated ${yesterday ? "yesterday" : "today"}, properties right` : "no date, properties stale";
	return cmd(`receive a synced version of ${key} with [${char}] on "${topic}" (${how})`, (m) => present(key)(m) && m.notes[key]!.boxes[topic].char !== char, async (m, r) => {
		const note = m.notes[key]!;
		const now = new Date();
		const date = format(yesterday ? new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12) : now, "yyyy-MM-dd");
		const text = syncedVersion(readNote(r.learner.dir, note.path), key, topic, char, consistent, date);
		// A consistent version (and the rest of the note agrees) is written once, by the sync, and never again.
		const agrees = consistent && note.propertiesTrusted && Object.values(note.boxes).every((b) => !isDone(b.char) || b.dated !== "no");
		await step(m, r, agrees ? { path: () => note.path, count: 1 } : "any", async () => {
			changedOnDisk(m, key);
			await r.learner.app.vault.modify(noteAt(r.learner.app, note.path), text);
			setChar(note.boxes[topic], char, today(), m.settings.recordCompletionDates, consistent && isDone(char) ? date : undefined);
			if (consistent || m.settings.syncProgressProperties) note.propertiesTrusted = true;
		});
	});
});

/** How far the clock jumps: a few hours, to just before midnight (the next step crosses it), or days. */
const daysPass = fc.oneof(fc.constant({ hours: 3 }), fc.constant({ beforeMidnight: true }), fc.record({ days: fc.integer({ min: 1, max: 40 }) })).map((jump) =>
	cmd(`let time pass: ${JSON.stringify(jump)}`, () => true, async (m, r) => {
		const now = new Date();
		const target =
			"hours" in jump
				? new Date(now.getTime() + jump.hours * 3_600_000)
				: "days" in jump
					? new Date(now.getFullYear(), now.getMonth(), now.getDate() + jump.days, 9, 0)
					: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59, 59, 200);
		if (target.getTime() - DAY_CHECK_MS <= now.getTime()) return;
		await step(m, r, "none", () => advanceTo(r.learner.app, target));
	}),
);

const closeView = fc.constant(
	cmd("close the progress view", (m) => m.progressViewOpen, async (m, r) => {
		await step(m, r, "none", () => {
			for (const leaf of r.learner.app.workspace.getLeavesOfType("learning-roadmap-progress")) leaf.detach();
			m.progressViewOpen = false;
		});
	}),
);

/** Everything but the editor; days pass twice as often as the rest happens. */
export const DEVICE_ACTIONS = [editProperty, rename, remove, runCommand, changeSetting, restart, sync, daysPass, daysPass, closeView];
