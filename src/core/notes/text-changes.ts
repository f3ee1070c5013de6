/** One replacement in a text: characters `from` to `to` (offsets in the old text) become `insert`. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

// Above this many line pairs in the differing middle, one change covers it (a whole-note rewrite).
const MAX_CELLS = 4_000_000;

/**
 * The smallest changes turning `before` into `after`: lines are aligned first (so two edits far apart
 * stay two changes and the text between them is never touched), then each changed run of lines is
 * trimmed to the characters that differ. Empty when the texts are equal.
 */
export function textChanges(before: string, after: string): TextChange[] {
	if (before === after) return [];
	// Every line ends with a line break here (one is added at the end of both texts), so a run of
	// lines is always whole lines plus their breaks.
	const a = before.split("\n");
	const b = after.split("\n");
	const starts = lineStarts(a);
	const changes: TextChange[] = [];
	for (const hunk of lineHunks(a, b)) {
		const from = starts[hunk.a0] ?? before.length + 1;
		const to = starts[hunk.a1] ?? before.length + 1;
		const oldText = `${before}\n`.slice(from, to);
		const change = trimmed(from, oldText, b.slice(hunk.b0, hunk.b1).map((l) => `${l}\n`).join(""));
		if (change.from !== change.to || change.insert !== "") changes.push(withinText(change, before.length));
	}
	// Held to its promise: a diff that would not give `after` is replaced by one change over the difference.
	return applyTextChanges(before, changes) === after ? changes : [trimmed(0, before, after)];
}

// A change reaching the added final line break is the same change one character earlier.
function withinText(change: TextChange, length: number): TextChange {
	if (change.to <= length) return change;
	return { from: change.from - 1, to: change.to - 1, insert: change.insert.endsWith("\n") ? `\n${change.insert.slice(0, -1)}` : change.insert };
}

/** Applies changes (offsets in the old text, not overlapping) to a text. */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
	let out = "";
	let at = 0;
	for (const change of [...changes].sort((x, y) => x.from - y.from)) {
		out += text.slice(at, change.from) + change.insert;
		at = change.to;
	}
	return out + text.slice(at);
}

interface Hunk {
	a0: number;
	a1: number;
	b0: number;
	b1: number;
}

function lineStarts(lines: readonly string[]): number[] {
	const starts: number[] = [];
	let offset = 0;
	for (const line of lines) {
		starts.push(offset);
		offset += line.length + 1;
	}
	starts.push(offset);
	return starts;
}

// Runs of lines that differ, from a longest common subsequence of the lines between the common ends.
function lineHunks(a: readonly string[], b: readonly string[]): Hunk[] {
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	const n = a.length - head - tail;
	const m = b.length - head - tail;
	if (n === 0 && m === 0) return [];
	if (n === 0 || m === 0 || n * m > MAX_CELLS) return [{ a0: head, a1: head + n, b0: head, b1: head + m }];
	// lengths[i][j]: longest common run of a[head+i..] and b[head+j..]
	const width = m + 1;
	const lengths = new Uint32Array((n + 1) * width);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lengths[i * width + j] =
				a[head + i] === b[head + j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
		}
	}
	const hunks: Hunk[] = [];
	let open: Hunk | undefined;
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && j < m && a[head + i] === b[head + j]) {
			if (open) hunks.push(open);
			open = undefined;
			i++;
			j++;
			continue;
		}
		open ??= { a0: head + i, a1: head + i, b0: head + j, b1: head + j };
		if (j < m && (i === n || (lengths[i * width + j + 1] ?? 0) >= (lengths[(i + 1) * width + j] ?? 0))) open.b1 = head + ++j;
		else open.a1 = head + ++i;
	}
	if (open) hunks.push(open);
	return hunks;
}

/** The part of a replacement at `offset` that differs: characters common to both ends stay in place. */
export function trimmed(offset: number, before: string, after: string): TextChange {
	let start = 0;
	while (start < before.length && start < after.length && before[start] === after[start]) start++;
	let end = 0;
	while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
	return { from: offset + start, to: offset + before.length - end, insert: after.slice(start, after.length - end) };
}
