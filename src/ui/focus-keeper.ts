/**
 * Keeps the keyboard focus on "the same" control when a view or code block is drawn again from
 * scratch: the learner who pressed a toggle, picked a roadmap or opened a note with the keyboard
 * stays where they were instead of being dropped to the top of the page.
 *
 * A control is "the same" when it carries the same `data-lr-key` (the view's controls all do), or,
 * for a control drawn without a key (a card added later), the same tag and accessible name. When
 * several controls share a key or name, the one at the same position among them is chosen.
 */

/** What identifies the focused control across a redraw. */
export interface FocusMark {
	key: string | null;
	tag: string;
	name: string;
	index: number;
}

/** The focused control inside `container`, or null when the focus is elsewhere. */
export function rememberFocus(container: HTMLElement): FocusMark | null {
	const active = container.ownerDocument.activeElement as HTMLElement | null;
	if (!active || active === container || !container.contains(active)) return null;
	const mark = { key: active.getAttribute("data-lr-key"), tag: active.tagName, name: accessibleName(active) };
	const index = peers(container, mark).indexOf(active);
	return { ...mark, index: Math.max(0, index) };
}

/** Focuses the control in `root` that `mark` describes, if it is still drawn, without scrolling. */
export function restoreFocus(root: HTMLElement, mark: FocusMark | null): void {
	if (!mark) return;
	const found = peers(root, mark);
	const target = found[mark.index] ?? found[0];
	target?.focus({ preventScroll: true });
}

function peers(root: HTMLElement, mark: Omit<FocusMark, "index">): HTMLElement[] {
	if (mark.key !== null) {
		return Array.from(root.querySelectorAll<HTMLElement>("[data-lr-key]")).filter((el) => el.getAttribute("data-lr-key") === mark.key);
	}
	return Array.from(root.getElementsByTagName(mark.tag)).filter((el): el is HTMLElement => accessibleName(el) === mark.name);
}

function accessibleName(el: Element): string {
	return el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "";
}
