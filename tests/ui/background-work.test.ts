import { describe, expect, it, vi } from "vitest";
import { inBackground } from "../../src/ui/background-work";
import { clearNotices, notices } from "../harness/ui";

describe("work that writes in the background", () => {
	it("tells the learner what could not be done, and why, instead of failing unseen", async () => {
		clearNotices();
		const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
		try {
			inBackground('update "Phase 1.md"', Promise.reject(new Error("disk full")));
			// the failure arrives a few microtasks later: no clock is waited on
			for (let i = 0; i < 3; i++) await Promise.resolve();
			expect(notices).toEqual(['Learning roadmap could not update "Phase 1.md": disk full']);
			expect(error).toHaveBeenCalledTimes(1);
		} finally {
			error.mockRestore();
		}
	});
});
