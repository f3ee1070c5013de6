import { Notice } from "obsidian";

/**
 * Lets work that writes run in the background, never as an unhandled failure: when it fails, the
 * learner gets a notice saying what could not be done and why, and the console keeps the details.
 */
export function inBackground(what: string, work: Promise<unknown>): void {
	work.catch((error: unknown) => {
		console.error(`Learning Roadmap: could not ${what}`, error);
		new Notice(`Learning roadmap could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
	});
}
