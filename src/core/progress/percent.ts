/**
 * The one percentage rule, used by the `progress` property, every bar, the status bar, the code block
 * and the review: the floor of done × 100 ÷ total in integers (so 29 of 100 is 29, never 28 from
 * floating point), never 100 before the last box, and 0 when there is nothing to count.
 */
export function percent(done: number, total: number): number {
	if (total <= 0) return 0;
	return Math.floor((Math.min(Math.max(done, 0), total) * 100) / total);
}
