import type { RoadmapNote } from "./progress-model";

/**
 * The roadmap's overview note that counts (it carries the plan's `started`): the one at its generated
 * path, else the oldest (`createdAt`), else the first by path. A sync conflict copy beside the note
 * (`Roadmap overview (conflicted copy).md`) never wins over the note itself.
 */
export function chooseOverview(
	notes: readonly RoadmapNote[],
	roadmapId: string,
	generatedPath?: string,
	createdAt?: ReadonlyMap<string, number>,
): RoadmapNote | undefined {
	const generated = (n: RoadmapNote): number => (n.path === generatedPath ? 0 : 1);
	const created = (n: RoadmapNote): number => createdAt?.get(n.path) ?? Number.POSITIVE_INFINITY;
	return notes
		.filter((n) => n.roadmap === roadmapId && n.kind === "overview" && n.problem === undefined)
		.sort((a, b) => generated(a) - generated(b) || created(a) - created(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];
}
