/**
 * Loaded by vitest before every test file (vitest.config.ts `setupFiles`): a test fails when a callback the
 * harness ran for it (event handler, `onLayoutReady`, a timer) threw and nothing rethrew it already; and
 * the harness runs on virtual time (clock.ts), reset between tests.
 */
import { afterEach } from "vitest";
import { clock, virtualTimeInstalled, wantVirtualTime } from "./clock";
import { throwHandlerErrors } from "./handler-errors";

// The harness installs virtual time when a test file imports it (not in a browser test's process).
wantVirtualTime();

afterEach(() => {
	// Each test starts at the real time of day with no timer left by the one before.
	if (virtualTimeInstalled()) clock.reset();
	throwHandlerErrors();
});
