/**
 * The parts of the view the browser lays out only when they come near the screen
 * (`content-visibility: auto` in styles.css): an expanded phase's details and the cards below the
 * phases. Off screen, such a part takes its last drawn height, or a placeholder height before its first
 * drawing. The view is drawn again from scratch on every change, and a new element has no last height:
 * so the heights of the drawing it replaces are carried over, and the parts above the learner's place
 * keep their size, and the place does not jump.
 */
const LAZY_CARDS = ["lr-burn-up", "lr-levels", "lr-activity", "lr-calendar"];

/** The heights of the lazy parts drawn in `container`, by part (read before the drawing is replaced). */
export function lazyPartHeights(container: HTMLElement): Map<string, number> {
	const heights = new Map<string, number>();
	const drawn = container.firstElementChild;
	if (!drawn?.instanceOf(HTMLElement)) return heights;
	for (const part of lazyParts(drawn)) {
		// Laid out already (the drawing on screen), so this reads the last frame's layout.
		const height = part.getBoundingClientRect().height;
		if (height > 0) heights.set(partKey(part), height);
	}
	return heights;
}

/** Gives the lazy parts of a new drawing the heights their predecessors had, as their size off screen. */
export function keepLazyPartHeights(root: HTMLElement, heights: ReadonlyMap<string, number>): void {
	if (heights.size === 0) return;
	for (const part of lazyParts(root)) {
		const height = heights.get(partKey(part));
		if (height !== undefined) part.setCssProps({ "--lr-last-height": `${Math.round(height * 100) / 100}px` });
	}
}

/**
 * The lazy parts of a drawing (the view's root): its cards and its phase rows' details, found by
 * walking those few children rather than querying every element of the drawing.
 */
function lazyParts(root: HTMLElement): HTMLElement[] {
	const parts: HTMLElement[] = [];
	for (const card of Array.from(root.children)) {
		if (!card.instanceOf(HTMLElement)) continue;
		if (LAZY_CARDS.some((cls) => card.classList.contains(cls))) parts.push(card);
		if (!card.classList.contains("lr-phases")) continue;
		for (const list of Array.from(card.children)) {
			if (!list.classList.contains("lr-phase-list")) continue;
			for (const row of Array.from(list.children)) {
				const details = row.lastElementChild;
				if (details?.instanceOf(HTMLElement) && details.classList.contains("lr-phase-details")) parts.push(details);
			}
		}
	}
	return parts;
}

/** A phase's details by their id (one per phase), a card by its class. */
function partKey(part: HTMLElement): string {
	return part.id !== "" ? part.id : part.className;
}
