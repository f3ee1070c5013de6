/**
 * Where each roadmap note lives in the vault, and how notes link to each other.
 * Names are readable and sort in roadmap order: phase numbers are zero-padded ("Phase 01", "Phase 10").
 */

/** The parts of a phase its names are made from. */
export type PhaseName = { number: number; title: string };
/** The parts of a project its names are made from. */
export type ProjectName = { id: string; title: string };

/** Turns any text into a file or folder name Obsidian accepts and links can reach. */
export function safeFileName(text: string): string {
	const name = text
		// a colon reads as a separator: "Phase 1: Basics" → "Phase 1 - Basics"; a trailing one just goes
		.replace(/\s*:+\s*$/u, "")
		.replace(/\s*:+\s*/gu, " - ")
		// a slash would create a folder: "ETL/ELT" → "ETL-ELT"
		.replace(/[/\\]/gu, "-")
		.replace(/\s*\|\s*/gu, " - ")
		.replace(/\[/gu, "(")
		.replace(/\]/gu, ")")
		.replace(/"/gu, "'")
		// the rest only mean something to Obsidian (`#` heading, `^` block) or the file system
		.replace(/[*?<>#^]/gu, "")
		.replace(/\p{Cc}/gu, " ")
		.replace(/\s+/gu, " ")
		.replace(/^[\s.]+|[\s.]+$/gu, "");
	return name === "" ? "Untitled" : name;
}

/** Joins vault path segments with `/`, ignoring empty ones and stray slashes at the folder's ends. */
export function joinVaultPath(...segments: string[]): string {
	return segments
		.map((segment) => segment.replace(/^\/+|\/+$/gu, ""))
		.filter((segment) => segment !== "")
		.join("/");
}

/** The phase's number padded to two digits so Phase 10 sorts after Phase 09. */
export function paddedPhaseNumber(phase: number): string {
	return String(phase).padStart(2, "0");
}

/** The name shared by a phase's folder and its note, e.g. `Phase 01 - Querying`. */
export function phaseName(phase: PhaseName): string {
	return `Phase ${paddedPhaseNumber(phase.number)} - ${safeFileName(phase.title)}`;
}

/** The vault path of a phase note, inside its own phase folder. */
export function phaseNotePath(folder: string, phase: PhaseName): string {
	const name = phaseName(phase);
	return joinVaultPath(folder, name, `${name}.md`);
}

/** The vault path of a project note, beside its phase note. */
export function projectNotePath(folder: string, phase: PhaseName, project: ProjectName): string {
	return joinVaultPath(folder, phaseName(phase), `Project ${safeFileName(project.id)} - ${safeFileName(project.title)}.md`);
}

/** The vault path of the roadmap's overview note. */
export function overviewNotePath(folder: string): string {
	return joinVaultPath(folder, "Roadmap overview.md");
}

/** The vault path of the completion criteria note. */
export function criteriaNotePath(folder: string): string {
	return joinVaultPath(folder, "Completion criteria.md");
}

/** The vault path of the portfolio note (written by *Build portfolio*). */
export function portfolioNotePath(folder: string): string {
	return joinVaultPath(folder, "Portfolio.md");
}

/** The vault path of the learning resources note. */
export function resourcesNotePath(folder: string): string {
	return joinVaultPath(folder, "Learning resources.md");
}

/** The heading-style label of a phase, e.g. `Phase 1: Querying`. */
export function phaseLabel(phase: PhaseName): string {
	return `Phase ${phase.number}: ${phase.title}`;
}

/** The heading-style label of a project, e.g. `Project 1.1: Library Report`. */
export function projectLabel(project: ProjectName): string {
	return `Project ${project.id}: ${project.title}`;
}

/** A wikilink to a vault path (full path, no `.md`, so it resolves unambiguously) shown as `label`. */
export function noteLink(path: string, label: string): string {
	const target = path.replace(/\.md$/u, "");
	// `|` ends the alias and `[[`/`]]` end the link: keep them out of the shown text
	const alias = label
		.replace(/\s*\|\s*/gu, " - ")
		.replace(/\[/gu, "(")
		.replace(/\]/gu, ")")
		.replace(/\s+/gu, " ")
		.trim();
	return `[[${target}|${alias}]]`;
}
