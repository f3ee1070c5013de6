/**
 * A class attribute from parts, the false ones left out: `classNames("lr-bar", complete && "is-complete")`.
 * The view is drawn from scratch, so a state class is written with the element rather than toggled on it after.
 */
export function classNames(...parts: (string | false | undefined)[]): string {
	return parts.filter((part): part is string => typeof part === "string" && part !== "").join(" ");
}
