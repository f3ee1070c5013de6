import { roadmapSchema, type Roadmap } from "../../../src/core/roadmap/roadmap-schema";

/**
 * A small hand-written roadmap: two phases, titles with `/`, `:`, `|` and `#`, one project with a
 * checklist, code and an ordered list, and one project with no checklist at all.
 */
export function sampleRoadmap(): Roadmap {
	return roadmapSchema.parse({
		id: "sample-path",
		title: "Sample Path: Data | Engineering",
		about: [{ label: "Goal", value: "Learn by doing" }],
		overview: [{ heading: "Time Commitment", items: ["**Beginner**: 5 hours/week"] }],
		phases: [
			{
				number: 1,
				title: "Basics: Syntax & C# Notes",
				duration: "2 weeks",
				level: "Beginner",
				sections: [
					{ id: "1.1", title: "Getting Started", topics: ["Install Python", "Install Python packages", "REPL"] },
					{ id: "1.2", title: "Loops", topics: ["for loops", "while loops"] },
				],
				projects: [
					{
						id: "1.1",
						title: "ETL/ELT Script | v2",
						description: "Clean a CSV file",
						parts: [
							{ heading: "Skills Applied", items: ["File I/O", "Functions"] },
							{ heading: "Steps", checklist: true, ordered: true, items: ["Read the file", "Write the file"] },
							{ heading: "Sample", code: { language: "python", content: "# not a heading\n- not an item\n" } },
							{ heading: "Use Case", text: "Monthly sales reports" },
						],
					},
				],
			},
			{
				number: 10,
				title: "ETL/ELT Pipelines",
				duration: "3 weeks",
				level: "Advanced",
				sections: [{ id: "10.1", title: "Airflow", topics: ["DAGs", "Operators"] }],
				projects: [
					{
						id: "10.1",
						title: "Pipeline #1: Airflow",
						description: "Schedule a pipeline",
						parts: [{ heading: "Tech Stack", items: ["Airflow", "Docker"] }],
					},
				],
			},
		],
		levels: [
			{
				id: "beginner",
				title: "Beginner",
				phases: [1],
				criteria: [
					{ text: "Complete all Phase 1 topics", measure: { type: "topics", from: 1, to: 1 } },
					{ text: "Comfortable with loops" },
				],
			},
			{ id: "advanced", title: "Advanced", phases: [10], criteria: [{ text: "Ship a pipeline" }] },
		],
		resources: [{ heading: "Books", ordered: true, items: ["**Fluent Python**"] }],
		next_steps: [{ heading: "Next Steps", items: ["Build a portfolio"] }],
		notes: ["**Pace yourself**"],
		credits: [{ label: "Created by", value: "Someone" }],
	});
}
