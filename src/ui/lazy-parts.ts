/**
 * The parts of the view the browser lays out only when they come near the screen
 * (`content-visibility: auto` in styles.css): an expanded phase's details and the cards below the
 * phases. Off screen, such a part takes its last drawn height, or a placeholder height before its first
 * drawing. The view is drawn again from scratch on every change, and a new element has no last height:
 * so the heights of the drawing it replaces are carried over, and the parts above the learner's place
 * keep their size, and the place does not jump.
 *
 * The longest contents, an expanded phase's sections and projects and the calendar's year of squares,
 * are also drawn only when their part nears the screen (`buildWhenNear`), so the first frame of the view
 * draws what the learner sees, however many phases are open and however long the practice.
 */
const LAZY_CARDS = ["lr-burn-up", "lr-levels", "lr-activity", "lr-calendar"];

/** How long a part's content may wait for the browser to be idle before it is drawn anyway (ms). */
const IDLE_TIMEOUT_MS = 1000;

/** What a drawing's lazy parts were like, read before it is replaced: their heights, and which were near the screen. */
export interface LazyParts {
	heights: Map<string, number>;
	near: Set<string>;
}

/** Reads the lazy parts drawn in `container` (the drawing about to be replaced). */
export function measureLazyParts(container: HTMLElement): LazyParts {
	const parts: LazyParts = { heights: new Map(), near: new Set() };
	const drawn = container.firstElementChild;
	if (!drawn?.instanceOf(HTMLElement)) return parts;
	const near = (box: DOMRect) => box.height > 0 && isNear(box, drawn.win.innerHeight);
	const focused = drawn.doc.activeElement;
	for (const part of lazyParts(drawn)) {
		// Laid out already (the drawing on screen), so this reads the last frame's layout.
		const box = part.getBoundingClientRect();
		if (box.height <= 0) continue;
		parts.heights.set(partKey(part), box.height);
		// The part holding the focus is drawn at once too, so the focus can come back to its control.
		if (near(box) || (focused !== null && part.contains(focused))) parts.near.add(partKey(part));
	}
	// A phase just expanded had no details yet: they count as near when its row was.
	for (const row of phaseRows(drawn)) {
		if (near(row.getBoundingClientRect())) parts.near.add(`lr-phase-details-${row.dataset.phase ?? ""}`);
	}
	return parts;
}

/** Gives the lazy parts of a new drawing the heights their predecessors had, as their size off screen. */
export function keepLazyPartHeights(root: HTMLElement, parts: LazyParts): void {
	if (parts.heights.size === 0) return;
	for (const part of lazyParts(root)) {
		const height = parts.heights.get(partKey(part));
		if (height !== undefined) part.setCssProps({ "--lr-last-height": `${Math.round(height * 100) / 100}px` });
	}
}

/** True when the predecessor of the lazy part `part` was near the screen. */
export function wasNear(parts: LazyParts, part: HTMLElement): boolean {
	return parts.near.has(partKey(part));
}

/** Near the screen as the browser counts it for `content-visibility: auto`: within half a screen of it. */
function isNear(box: DOMRect, screen: number): boolean {
	return box.bottom > -screen / 2 && box.top < screen * 1.5;
}

/**
 * Draws a lazy part's content with `build`: at once where the browser cannot tell when a part nears
 * the screen (no `contentvisibilityautostatechange`: a test DOM, an older web view) or when `now` (its
 * predecessor was near the screen); before the coming frame is drawn when the part is near the screen
 * then (a first drawing has no predecessor to go by); otherwise when the part first nears the screen as
 * the learner scrolls, or when the browser is next idle (so a screen reader has the whole view within a
 * second), whichever comes first. The part is `aria-busy` until then.
 */
export function buildWhenNear(part: HTMLElement, now: boolean, build: () => void): void {
	if (now || !("oncontentvisibilityautostatechange" in part)) {
		build();
		return;
	}
	const win = part.win;
	let done = false;
	const run = (): void => {
		if (done) return;
		done = true;
		part.removeEventListener("contentvisibilityautostatechange", onState);
		part.removeAttribute("aria-busy");
		// A drawing replaced before its turn came is not built at all.
		if (part.isConnected) build();
	};
	const onState = (event: Event): void => {
		if (!(event as ContentVisibilityAutoStateChangeEvent).skipped) run();
	};
	part.setAttribute("aria-busy", "true");
	part.addEventListener("contentvisibilityautostatechange", onState);
	// Before the coming frame: the layout read here is the one that frame needs anyway.
	win.requestAnimationFrame(() => {
		if (!done && part.isConnected && isNear(part.getBoundingClientRect(), win.innerHeight)) run();
	});
	if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
	else win.setTimeout(run, IDLE_TIMEOUT_MS / 4);
}

/**
 * The lazy parts of a drawing (the view's root): its cards and its phase rows' details, found by
 * walking those few children rather than querying every element of the drawing.
 */
function lazyParts(root: HTMLElement): HTMLElement[] {
	const parts: HTMLElement[] = [];
	for (const card of Array.from(root.children)) {
		if (card.instanceOf(HTMLElement) && LAZY_CARDS.some((cls) => card.classList.contains(cls))) parts.push(card);
	}
	for (const row of phaseRows(root)) {
		const details = row.lastElementChild;
		if (details?.instanceOf(HTMLElement) && details.classList.contains("lr-phase-details")) parts.push(details);
	}
	return parts;
}

/** The phase rows of a drawing (the view's root): the phases card's list's children. */
function phaseRows(root: HTMLElement): HTMLElement[] {
	const rows: HTMLElement[] = [];
	for (const card of Array.from(root.children)) {
		if (!card.classList.contains("lr-phases")) continue;
		for (const list of Array.from(card.children)) {
			if (!list.classList.contains("lr-phase-list")) continue;
			for (const row of Array.from(list.children)) if (row.instanceOf(HTMLElement)) rows.push(row);
		}
	}
	return rows;
}

/** A phase's details by their id (one per phase), a card by its class. */
function partKey(part: HTMLElement): string {
	return part.id !== "" ? part.id : part.className;
}
