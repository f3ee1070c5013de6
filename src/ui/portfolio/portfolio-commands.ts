import { Notice, type App } from "obsidian";
import { newPortfolioNote, portfolioCounts, withNamedHeading } from "../../core/portfolio/portfolio";
import { applyChange, placePortfolio, portfolioBlock } from "../../core/portfolio/portfolio-markers";
import { portfolioReadme } from "../../core/portfolio/portfolio-readme";
import { readPortfolioNote, renderPortfolioFor, writePortfolio, type PortfolioOutcome, type PortfolioSource } from "../../vault/portfolio/portfolio-writer";
import type { LoadedRoadmap } from "../../vault/roadmaps/roadmap-library";
import type { RoadmapTracker } from "../../vault/index/roadmap-tracker";

function sourceOf(tracker: RoadmapTracker, loaded: LoadedRoadmap): PortfolioSource {
	const id = loaded.roadmap.id;
	return { loaded, progress: tracker.progress(id), notes: tracker.notesOf(id) };
}

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** The notice after building one portfolio. */
function describePortfolio(outcome: PortfolioOutcome): string {
	const name = outcome.path.split("/").pop() ?? outcome.path;
	if (outcome.status === "refused") return `${outcome.path} was not changed: ${outcome.problem}.`;
	const verb = outcome.status === "created" ? "Created" : outcome.status === "updated" ? "Updated" : "Nothing to change in";
	let message = `${verb} ${name}: ${plural(outcome.completed, "completed project", "completed projects")}, ${outcome.inProgress} in progress.`;
	if (outcome.unreadable.length > 0) {
		message += ` Left out (properties can't be read): ${outcome.unreadable.join(", ")}.`;
	}
	return message;
}

/** *Build portfolio*: writes the portfolio of every roadmap with notes, one notice each. */
export async function buildPortfolios(app: App, tracker: RoadmapTracker): Promise<void> {
	const roadmaps = tracker.loaded().filter((loaded) => tracker.progress(loaded.roadmap.id).hasNotes);
	if (roadmaps.length === 0) {
		new Notice("No roadmap notes yet: generate the roadmap notes first.");
		return;
	}
	for (const loaded of roadmaps) {
		const name = roadmaps.length > 1 ? `${loaded.roadmap.title}: ` : "";
		try {
			new Notice(`${name}${describePortfolio(await writePortfolio(app, sourceOf(tracker, loaded)))}`);
		} catch (e) {
			new Notice(`${name}Could not build the portfolio: ${e instanceof Error ? e.message : String(e)}`);
		}
	}
}

/** After *Generate*: gives each roadmap its portfolio note if it has none yet, so the project notes' links lead somewhere. */
export async function createMissingPortfolios(app: App, tracker: RoadmapTracker, roadmapIds: ReadonlySet<string>): Promise<void> {
	for (const loaded of tracker.loaded().filter((r) => roadmapIds.has(r.roadmap.id))) {
		try {
			await writePortfolio(app, sourceOf(tracker, loaded), true);
		} catch (e) {
			new Notice(`Could not create the portfolio of "${loaded.roadmap.title}": ${e instanceof Error ? e.message : String(e)}`);
		}
	}
}

/**
 * *Copy portfolio as README*: the selected roadmap's portfolio, up to date and with the learner's
 * own text, as GitHub-flavoured markdown on the clipboard. Nothing is written to the vault.
 */
export async function copyPortfolioReadme(app: App, tracker: RoadmapTracker, roadmapId: string): Promise<void> {
	const loaded = tracker.loaded().find((r) => r.roadmap.id === roadmapId);
	if (!loaded || !tracker.progress(roadmapId).hasNotes) {
		new Notice("No roadmap notes yet: generate the roadmap notes first.");
		return;
	}
	const source = sourceOf(tracker, loaded);
	const generated = await renderPortfolioFor(app, source);
	const note = await readPortfolioNote(app, loaded);
	let text = newPortfolioNote(loaded.roadmap.title, portfolioBlock(generated), loaded.learnerName);
	if (note !== undefined) {
		const placement = placePortfolio(note, generated);
		if (placement.status === "damaged") {
			new Notice(`Nothing copied: the portfolio note's ${placement.problem}.`);
			return;
		}
		text = placement.status === "unchanged" ? note : applyChange(note, placement.change);
	}
	try {
		await navigator.clipboard.writeText(portfolioReadme(withNamedHeading(text, loaded.roadmap.title, loaded.learnerName)));
	} catch (e) {
		new Notice(`Could not copy the portfolio: ${e instanceof Error ? e.message : String(e)}`);
		return;
	}
	const counts = portfolioCounts(source.progress);
	new Notice(`Copied the portfolio as README markdown (${plural(counts.completed, "completed project", "completed projects")}).`);
}
