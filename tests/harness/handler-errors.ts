/**
 * Errors thrown by callbacks the harness calls on behalf of Obsidian (event handlers, `onLayoutReady`
 * callbacks). Obsidian catches and logs them and carries on, and so does the harness — but it also keeps
 * them here, so the test that caused them fails: `MetadataCache.whenIdle()` rethrows them where the test
 * waits, and the `afterEach` in `tests/harness/setup.ts` fails the test for any left over. Without this an
 * `expect` inside a `changed` handler could never fail a test.
 */
const pending: { source: string; error: unknown }[] = [];

/** Logs the error as Obsidian does, and keeps it for the running test. */
export function reportHandlerError(source: string, error: unknown): void {
	console.error(`[harness] ${source} threw:`, error);
	pending.push({ source, error });
}

/** Calls `fn`; a throw, or a rejection of the promise it returns, is reported instead of escaping. */
export function callHandler(source: string, fn: () => unknown): void {
	try {
		const result = fn();
		if (result instanceof Promise) result.catch((e: unknown) => reportHandlerError(source, e));
	} catch (e) {
		reportHandlerError(source, e);
	}
}

/** Takes (and forgets) the errors reported so far. */
export function takeHandlerErrors(): { source: string; error: unknown }[] {
	return pending.splice(0);
}

/** Throws the errors reported so far (the first one itself when alone, so its assertion message shows). */
export function throwHandlerErrors(): void {
	const errors = takeHandlerErrors();
	if (errors.length === 0) return;
	const first = errors[0];
	if (errors.length === 1 && first && first.error instanceof Error) {
		first.error.message = `${first.source} threw: ${first.error.message}`;
		throw first.error;
	}
	const lines = errors.map(({ source, error }) => `- ${source}: ${error instanceof Error ? error.message : String(error)}`);
	throw new AggregateError(
		errors.map((e) => e.error),
		`${errors.length} harness event handlers threw:\n${lines.join("\n")}`,
	);
}
