/** How many items a notice names before it counts the rest. */
const LISTED_IN_A_NOTICE = 5;

/**
 * The first few items and a count of the rest (`a, b, c, d, e and 199,995 more`), so a notice stays a
 * few lines long whatever the number of items. `separator` joins the items shown.
 */
export function shortList(items: readonly string[], separator = ", ", shown = LISTED_IN_A_NOTICE): string {
	const first = items.slice(0, shown);
	const rest = items.length - first.length;
	return rest > 0 ? `${first.join(separator)}${separator}and ${rest.toLocaleString("en-US")} more` : first.join(separator);
}
