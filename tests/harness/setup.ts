/**
 * Loaded by vitest before every test file (vitest.config.ts `setupFiles`): a test fails when a callback the
 * harness ran for it (event handler, `onLayoutReady`) threw and nothing rethrew it already.
 */
import { afterEach } from "vitest";
import { throwHandlerErrors } from "./handler-errors";

afterEach(() => {
	throwHandlerErrors();
});
