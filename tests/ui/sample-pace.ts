import { computePace, type RoadmapPace } from "../../src/core/pace/pace";
import type { Roadmap } from "../../src/core/roadmap/roadmap-schema";
import { sampleProgress } from "./sample-progress";

// The bundled roadmap's durations and weekly hours, phase by phase.
const DURATIONS = ["3-4 weeks", "4-5 weeks", "5-6 weeks", "4-5 weeks", "3-4 weeks", "3-4 weeks", "4-5 weeks", "5-6 weeks", "6-8 weeks", "5-6 weeks", "6-8 weeks", "Ongoing"];
const LEVELS = ["Beginner", "Beginner", "Beginner", "Intermediate", "Intermediate", "Intermediate", "Intermediate", "Advanced", "Advanced", "Advanced", "Expert", "Expert"];

/** The sample progress's pace on 30 November 2026: its done boxes dated from 7 September, six days a week, two on Tuesdays and Thursdays. */
export function samplePace(): RoadmapPace {
	const progress = sampleProgress();
	const roadmap = {
		overview: [{ heading: "Time Commitment", ordered: false, items: ["**Beginner**: 10-15 hours/week", "**Intermediate**: 15-20 hours/week", "**Advanced**: 20+ hours/week"] }],
		phases: progress.phases.map((p, i) => ({ number: p.number, title: p.title, duration: DURATIONS[i] ?? "Ongoing", level: LEVELS[i] ?? "Expert", sections: [], projects: [] })),
		levels: [],
	} as unknown as Pick<Roadmap, "overview" | "phases" | "levels">;
	const dates: string[] = [];
	const day = new Date(2026, 8, 7);
	while (dates.length < progress.overall.done) {
		const text = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
		const weekday = day.getDay();
		if (weekday !== 0) dates.push(text);
		if ((weekday === 2 || weekday === 4) && dates.length < progress.overall.done) dates.push(text);
		day.setDate(day.getDate() + 1);
	}
	return computePace({ roadmap, progress, doneDates: dates, today: "2026-11-30" });
}
