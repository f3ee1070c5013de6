import type { Roadmap } from "../roadmap/roadmap-schema";

/** Hours a week a level asks for, as the roadmap states them (`10-15 hours/week`, `20+ hours/week`). */
interface WeeklyHours {
	label: string;
	min: number;
	/** The upper end; equal to `min` for `20 hours/week` and `20+ hours/week`. */
	max: number;
}

// "**Beginner**: 10-15 hours/week", "Advanced: 20+ hours per week"
const COMMITMENT = /^\s*\**\s*([^*:]+?)\s*\**\s*:\s*\**\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?)|\+)?\s*(?:hours?|hrs?|h)\s*(?:\/|per\s+|a\s+)\s*week\b/iu;

/** Reads the weekly commitments a roadmap states in its overview (any item shaped `Level: N-M hours/week`). */
export function statedWeeklyHours(roadmap: Pick<Roadmap, "overview">): WeeklyHours[] {
	const found: WeeklyHours[] = [];
	for (const block of roadmap.overview) {
		for (const item of block.items ?? []) {
			const match = COMMITMENT.exec(item);
			if (!match?.[1] || !match[2]) continue;
			const min = Number(match[2]);
			const max = match[3] === undefined ? min : Number(match[3]);
			if (min > 0 && max >= min) found.push({ label: match[1].trim(), min, max });
		}
	}
	return found;
}

/** The hours a week the roadmap plans with for one level: the middle of its stated range. */
export function plannedHours(hours: WeeklyHours): number {
	return (hours.min + hours.max) / 2;
}

/**
 * The stated weekly hours of each phase, by phase number: the commitment of the level listing the
 * phase (or whose name the phase's `level` starts with); a phase of a level with no stated hours
 * (`Expert`) takes the closest earlier phase's. Phases before any stated level get none.
 */
export function phaseWeeklyHours(roadmap: Pick<Roadmap, "overview" | "phases" | "levels">): Map<number, WeeklyHours> {
	const stated = statedWeeklyHours(roadmap);
	const byLabel = (name: string | undefined): WeeklyHours | undefined =>
		name === undefined ? undefined : stated.find((h) => h.label.toLowerCase() === name.trim().toLowerCase());
	const result = new Map<number, WeeklyHours>();
	let previous: WeeklyHours | undefined;
	for (const phase of [...roadmap.phases].sort((a, b) => a.number - b.number)) {
		const level = roadmap.levels.find((l) => l.phases.includes(phase.number));
		const own =
			byLabel(level?.title) ??
			byLabel(level?.id) ??
			byLabel(phase.level) ??
			stated.find((h) => phase.level.toLowerCase().startsWith(h.label.toLowerCase()));
		const hours = own ?? previous;
		if (hours) result.set(phase.number, hours);
		previous = hours;
	}
	return result;
}
