/**
 * A realistic `RoadmapProgress` of the bundled Python roadmap a few weeks in: phase 1 done, phase 2
 * well along, phase 3 started. Used by the DOM tests and by the browser screenshots, so it must stay
 * importable in a browser (no Node APIs).
 */
import type { LevelProgress, PhaseProgress, ProjectProgress, RoadmapProgress, SectionProgress } from "../../src/core/progress/progress-model";

/** [section title, topics] and [project id, title, boxes] per phase, as in `roadmap-source.md`. */
const PHASES: { title: string; level: string; sections: [string, number][]; projects: [string, string, number][] }[] = [
	{ title: "Python Fundamentals & Syntax", level: "Beginner", sections: [["1.1 Getting Started", 5], ["1.2 Basic Syntax & Data Types", 6], ["1.3 Operators", 7], ["1.4 Control Flow", 7], ["1.5 Functions", 8]], projects: [["1.1", "Data Cleaning Script", 4], ["1.2", "Simple Calculator", 4], ["1.3", "File Organizer", 4]] },
	{ title: "Data Structures & Algorithms", level: "Beginner to Intermediate", sections: [["2.1 Built-in Data Structures", 8], ["2.2 Advanced Collections", 6], ["2.3 String Operations", 4], ["2.4 File Handling", 7], ["2.5 Exception Handling", 6], ["2.6 Algorithms Basics", 5]], projects: [["2.1", "Log File Analyzer", 5], ["2.2", "Data Structure Library", 5], ["2.3", "JSON/CSV Converter", 5]] },
	{ title: "Data Manipulation with Pandas & NumPy", level: "Intermediate", sections: [["3.1 NumPy Fundamentals", 9], ["3.2 Pandas Basics", 7], ["3.3 Data Cleaning", 6], ["3.4 Data Transformation", 7], ["3.5 Data Aggregation & Grouping", 6], ["3.6 Merging & Joining", 6], ["3.7 Time Series", 6]], projects: [["3.1", "E-commerce Sales Analysis", 10], ["3.2", "Customer Churn Prediction Data Prep", 6], ["3.3", "Financial Data ETL", 5]] },
	{ title: "SQL Integration & Database Connectivity", level: "Intermediate", sections: [["4.1 Database Fundamentals", 5], ["4.2 Python Database Libraries", 6], ["4.3 CRUD Operations", 6], ["4.4 SQLAlchemy", 7], ["4.5 Pandas + SQL", 5]], projects: [["4.1", "Data Warehouse ETL System", 16], ["4.2", "Database Migration Tool", 6], ["4.3", "Real-time Data Sync", 5]] },
	{ title: "Data Visualization", level: "Intermediate", sections: [["5.1 Matplotlib", 8], ["5.2 Seaborn", 7], ["5.3 Plotly", 7], ["5.4 Visualization Best Practices", 5]], projects: [["5.1", "Interactive Dashboard", 6], ["5.2", "Automated Report Generator", 5], ["5.3", "Data Quality Dashboard", 6]] },
	{ title: "Web Scraping & APIs", level: "Intermediate", sections: [["6.1 Web Scraping", 8], ["6.2 API Integration", 8], ["6.3 Data Collection", 5]], projects: [["6.1", "Job Listings Scraper", 6], ["6.2", "Financial Data Aggregator", 7], ["6.3", "Weather Data Pipeline", 5]] },
	{ title: "Data Engineering Fundamentals", level: "Intermediate to Advanced", sections: [["7.1 Data Pipeline Concepts", 6], ["7.2 Object-Oriented Programming", 7], ["7.3 Testing", 7], ["7.4 Logging", 6], ["7.5 Configuration Management", 5], ["7.6 Code Quality", 6]], projects: [["7.1", "Reusable ETL Framework", 5], ["7.2", "Data Validation Library", 7], ["7.3", "Pipeline Monitoring System", 6]] },
	{ title: "ETL/ELT Pipeline Development", level: "Advanced", sections: [["8.1 Workflow Orchestration", 9], ["8.2 Data Processing Patterns", 7], ["8.3 Performance Optimization", 7], ["8.4 Data Formats", 5]], projects: [["8.1", "Production ETL Pipeline with Airflow", 5], ["8.2", "Change Data Capture System", 5], ["8.3", "Multi-Source Data Integration", 9]] },
	{ title: "Cloud Platforms & Big Data", level: "Advanced", sections: [["9.1 Cloud Computing Basics", 6], ["9.2 AWS for Data Engineering", 7], ["9.3 Azure for Data Engineering", 6], ["9.4 Apache Spark (PySpark)", 8], ["9.5 Data Lakes", 5]], projects: [["9.1", "AWS Data Lake Architecture", 5], ["9.2", "PySpark ETL Pipeline", 5], ["9.3", "Azure Databricks Pipeline", 8]] },
	{ title: "Machine Learning for Data Engineers", level: "Advanced", sections: [["10.1 ML Fundamentals", 6], ["10.2 Scikit-learn", 8], ["10.3 Feature Engineering", 6], ["10.4 ML in Production", 7], ["10.5 MLOps Basics", 6]], projects: [["10.1", "Customer Segmentation Pipeline", 4], ["10.2", "Sales Forecasting System", 10], ["10.3", "Anomaly Detection in Logs", 8]] },
	{ title: "Advanced Data Engineering", level: "Expert", sections: [["11.1 Streaming Data", 7], ["11.2 Real-time Processing", 5], ["11.3 Data Governance", 6], ["11.4 Advanced SQL", 6], ["11.5 Distributed Systems", 5], ["11.6 Container Orchestration", 5]], projects: [["11.1", "Real-time Analytics Platform", 10], ["11.2", "Data Lineage Tracker", 5], ["11.3", "Multi-tenant Data Platform", 5]] },
	{ title: "Production & Best Practices", level: "Expert", sections: [["12.1 Production Deployment", 6], ["12.2 Monitoring & Observability", 6], ["12.3 Security", 6], ["12.4 Cost Optimization", 6], ["12.5 Documentation", 6], ["12.6 Team Collaboration", 5]], projects: [["12.1", "Production-Ready Data Platform", 7], ["12.2", "Open Source Contribution", 9]] },
];

/** Topics done (and started) per section id; everything not listed is open. */
const SECTIONS_DONE: Record<string, [done: number, started?: number]> = {
	"1.1": [5], "1.2": [6], "1.3": [7], "1.4": [7], "1.5": [8],
	"2.1": [8], "2.2": [6], "2.3": [4], "2.4": [6, 1], "2.5": [3, 2], "2.6": [1, 1],
	"3.1": [9], "3.2": [4, 1], "3.3": [1, 1],
};

/** Project boxes done per project id, and the completion date of the complete ones. */
const PROJECTS_DONE: Record<string, [done: number, completedOn?: string]> = {
	"1.1": [4, "2026-06-14"], "1.2": [4, "2026-07-02"], "1.3": [4, "2026-07-20"],
	"2.1": [5, "2026-09-11"], "2.2": [2], "3.1": [3],
};

const ROOT = "Learning Roadmap";

function pad(n: number): string {
	return String(n).padStart(2, "0");
}

export function phasePath(n: number): string {
	const title = PHASES[n - 1].title.replace(/\//g, "-");
	return `${ROOT}/Phase ${pad(n)} - ${title}/Phase ${pad(n)} - ${title}.md`;
}

function sum<T>(items: T[], pick: (item: T) => number): number {
	return items.reduce((total, item) => total + pick(item), 0);
}

function buildPhase(index: number): PhaseProgress {
	const number = index + 1;
	const spec = PHASES[index];
	const path = phasePath(number);
	let line = 14;
	const sections: SectionProgress[] = spec.sections.map(([title, topics]) => {
		const [done, started = 0] = SECTIONS_DONE[title.split(" ")[0]] ?? [0];
		const section = { title, path, line, done, total: topics, started };
		line += topics + 2;
		return section;
	});
	const projects: ProjectProgress[] = spec.projects.map(([id, title, total]) => {
		const [done, completedOn] = PROJECTS_DONE[id] ?? [0];
		const folder = path.slice(0, path.lastIndexOf("/"));
		return {
			id,
			title,
			phase: number,
			path: `${folder}/Project ${id} - ${title.replace(/\//g, "-")}.md`,
			done,
			total,
			started: 0,
			complete: done >= total,
			...(completedOn ? { completedOn } : {}),
		};
	});
	return {
		number,
		title: spec.title,
		level: spec.level,
		path,
		sections,
		projects,
		projectsComplete: projects.filter((p) => p.complete).length,
		done: sum(sections, (s) => s.done),
		total: sum(sections, (s) => s.total),
		started: sum(sections, (s) => s.started),
	};
}

const CRITERIA_NOTE = `${ROOT}/Completion criteria.md`;

function buildLevels(phases: PhaseProgress[]): LevelProgress[] {
	const topics = (from: number, to: number) => phases.filter((p) => p.number >= from && p.number <= to);
	const measuredTopics = (text: string, from: number, to: number) => {
		const done = sum(topics(from, to), (p) => p.done);
		const total = sum(topics(from, to), (p) => p.total);
		return { text, measured: true, met: done >= total, done, total };
	};
	const measuredProjects = (text: string, from: number, to: number, min: number) => {
		const done = Math.min(min, sum(topics(from, to), (p) => p.projectsComplete));
		return { text, measured: true, met: done >= min, done, total: min };
	};
	let line = 8;
	const ticked = (text: string, met = false) => ({ text, measured: false, met, path: CRITERIA_NOTE, line: line++ });
	const level = (id: string, title: string, from: number, to: number, criteria: LevelProgress["criteria"]): LevelProgress => {
		line += 2;
		return { id, title, phases: topics(from, to).map((p) => p.number), criteria, met: criteria.filter((c) => c.met).length };
	};
	return [
		level("beginner", "Beginner", 1, 3, [
			measuredTopics("Complete all Phase 1-3 topics", 1, 3),
			measuredProjects("Build 5+ projects", 1, 3, 5),
			ticked("Comfortable with Pandas and NumPy"),
			ticked("Understand Python syntax and data structures", true),
		]),
		level("intermediate", "Intermediate", 4, 7, [
			measuredTopics("Complete all Phase 4-7 topics", 4, 7),
			measuredProjects("Build 8+ projects", 4, 7, 8),
			ticked("Deploy pipelines with Airflow"),
			ticked("Integrate databases effectively"),
			ticked("Write clean, tested code"),
		]),
		level("advanced", "Advanced", 8, 10, [
			measuredTopics("Complete all Phase 8-10 topics", 8, 10),
			measuredProjects("Build 5+ production-grade projects", 8, 10, 5),
			ticked("Work with cloud platforms"),
			ticked("Implement ML pipelines"),
			ticked("Handle big data with Spark"),
		]),
		level("expert", "Expert", 11, 12, [
			measuredTopics("Complete all Phase 11-12 topics", 11, 12),
			ticked("Build real-time systems"),
			ticked("Contribute to open source"),
			ticked("Design scalable architectures"),
			ticked("Mentor others"),
		]),
	];
}

/** The sample progress; `overrides` replace top-level fields (e.g. `{ hasNotes: false }`). */
export function sampleProgress(overrides: Partial<RoadmapProgress> = {}): RoadmapProgress {
	const phases = PHASES.map((_, i) => buildPhase(i));
	const projects = phases.flatMap((p) => p.projects);
	const phase2 = phasePath(2);
	const phase3 = phasePath(3);
	return {
		roadmap: "python-data-engineering",
		title: "Python Learning Roadmap for Data Science & Data Engineering",
		overall: {
			done: sum(phases, (p) => p.done) + sum(projects, (p) => p.done),
			total: sum(phases, (p) => p.total) + sum(projects, (p) => p.total),
			started: sum(phases, (p) => p.started) + sum(projects, (p) => p.started),
		},
		levels: buildLevels(phases),
		phases,
		upNext: [
			{ text: "Context managers (with statement)", path: phase2, line: 48, phase: 2 },
			{ text: "Custom exceptions", path: phase2, line: 56, phase: 2 },
			{ text: "Indexing and selection (.loc, .iloc)", path: phase3, line: 29, phase: 3 },
			{ text: "Data inspection (head, tail, info, describe)", path: phase3, line: 30, phase: 3 },
			{ text: "Handling null values (fillna, dropna)", path: phase3, line: 36, phase: 3 },
		],
		warnings: [
			{
				message: "Two notes claim phase 2; only the first is counted.",
				paths: [phase2, `${ROOT}/Phase 02 - Data Structures & Algorithms (copy).md`],
			},
		],
		activity: [
			["2025-12", 0], ["2026-01", 0], ["2026-02", 0], ["2026-03", 0], ["2026-04", 0], ["2026-05", 6],
			["2026-06", 18], ["2026-07", 21], ["2026-08", 9], ["2026-09", 17], ["2026-10", 12], ["2026-11", 4],
		].map(([month, count]) => ({ month: month as string, count: count as number })),
		hasNotes: true,
		...overrides,
	};
}

/** A roadmap known from its data whose notes have not been generated yet. */
export function emptyProgress(): RoadmapProgress {
	const progress = sampleProgress();
	for (const phase of progress.phases) {
		phase.path = undefined;
		phase.done = phase.started = phase.projectsComplete = 0;
		for (const section of phase.sections) section.done = section.started = 0;
		for (const project of phase.projects) {
			project.path = undefined;
			project.done = 0;
			project.complete = false;
			delete project.completedOn;
		}
	}
	return { ...progress, overall: { done: 0, total: progress.overall.total, started: 0 }, upNext: [], warnings: [], activity: [], hasNotes: false };
}
