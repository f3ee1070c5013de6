import type { PhaseProgress, RoadmapProgress } from "../../../src/core/progress/progress-model";
import type { Roadmap } from "../../../src/core/roadmap/roadmap-schema";

type PacePhase = { number: number; duration: string; level: string; done: number; total: number };

/** A roadmap and its progress in one: phases with a duration, a level and how many of their boxes are done. */
export function paceRoadmap(phases: PacePhase[], hours = ["**Beginner**: 10-15 hours/week", "**Advanced**: 20+ hours/week"]): { roadmap: Roadmap; progress: RoadmapProgress } {
	const roadmap = {
		id: "pace",
		title: "Pace",
		about: [],
		overview: [{ heading: "Time Commitment", items: hours, ordered: false }],
		phases: phases.map((p) => ({ number: p.number, title: `P${p.number}`, duration: p.duration, level: p.level, sections: [], projects: [] })),
		levels: [],
		resources: [],
		next_steps: [],
		notes: [],
		credits: [],
	} as unknown as Roadmap;
	const phaseProgress: PhaseProgress[] = phases.map((p) => ({
		number: p.number,
		title: `P${p.number}`,
		path: `P${p.number}.md`,
		done: p.done,
		total: p.total,
		started: 0,
		sections: [],
		projects: [],
		projectsComplete: 0,
	}));
	const done = phases.reduce((s, p) => s + p.done, 0);
	const total = phases.reduce((s, p) => s + p.total, 0);
	return {
		roadmap,
		progress: {
			roadmap: "pace",
			title: "Pace",
			overall: { done, total, started: 0 },
			levels: [],
			phases: phaseProgress,
			upNext: [],
			warnings: [],
			activity: [],
			hasNotes: true,
		},
	};
}

/** `count` ✅ dates, one per day from `from` (local `YYYY-MM-DD`), `perDay` on each day. */
export function dailyDates(from: string, days: number, perDay = 1): string[] {
	const out: string[] = [];
	const start = new Date(`${from}T12:00:00`);
	for (let d = 0; d < days; d++) {
		const day = new Date(start);
		day.setDate(start.getDate() + d);
		const text = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
		for (let i = 0; i < perDay; i++) out.push(text);
	}
	return out;
}
