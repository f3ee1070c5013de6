import type { DrawTarget } from "./view-tree";

/** A card's heading (a level-3 heading for screen readers), with its count on the right when given. */
export function renderHeading(parent: DrawTarget, text: string, count?: string): void {
	const heading = parent.createDiv({ cls: "lr-heading", attr: { role: "heading", "aria-level": 3 } });
	heading.createSpan({ text });
	if (count !== undefined) heading.createSpan({ cls: "lr-heading-count", text: count });
}
