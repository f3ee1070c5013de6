/** Public identifiers: users bind hotkeys and write queries against them, so they never change. */
export const PROGRESS_VIEW = {
	type: "learning-roadmap-progress",
	name: "Roadmap progress",
	icon: "route",
} as const;

export const CODE_BLOCK_LANGUAGE = "roadmap-progress";

export const COMMANDS = {
	generate: { id: "generate-roadmap", name: "Generate roadmap notes" },
	openProgress: { id: "open-progress", name: "Open progress view" },
	monthlyReview: { id: "create-monthly-review", name: "Create monthly review" },
	previousMonthlyReview: { id: "create-previous-monthly-review", name: "Create monthly review for last month" },
	buildPortfolio: { id: "build-portfolio", name: "Build portfolio" },
	copyPortfolioReadme: { id: "copy-portfolio-readme", name: "Copy portfolio as README" },
	replan: { id: "replan-from-today", name: "Re-plan from today" },
	revisitDue: { id: "revisit-due-topics", name: "Revisit due topics" },
	importRoadmap: { id: "import-roadmap", name: "Import roadmap from a note or file" },
	openTopicNote: { id: "open-topic-note", name: "Open topic note" },
} as const;
