/**
 * Where each roadmap note lives in the vault, and how notes link to each other.
 * Names are readable and sort in roadmap order: phase numbers are zero-padded ("Phase 01", "Phase 10").
 */

/** The parts of a phase its names are made from. */
type PhaseName = { number: number; title: string };
/** The parts of a project its names are made from. */
type ProjectName = { id: string; title: string };

/** The longest name `safeFileName` gives, so a note's full path stays well under 250 characters. */
export const MAX_NAME_LENGTH = 64;
/** The longest vault path a note may have: Windows stops at 260 characters, vault folder included. */
export const MAX_PATH_LENGTH = 250;

// Names Windows reserves for devices, with or without an extension (`CON`, `aux.md`, `COM1`): a synced
// vault holding one breaks on Windows.
const RESERVED_NAME = /^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\.|$)/iu;

/**
 * Turns any text into a file or folder name Obsidian accepts, links can reach, and Windows, macOS,
 * Linux, iOS and Android all store: no forbidden or control character, no reserved device name, no
 * dot or space at either end, at most `MAX_NAME_LENGTH` characters (a longer one is cut and given a
 * short hash of the whole text, so two long titles never share a name and a name never changes).
 */
export function safeFileName(text: string): string {
	return shortened(notReserved(cleanName(text)), text);
}

function cleanName(text: string): string {
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

function notReserved(name: string): string {
	return name.replace(RESERVED_NAME, (_whole, device: string, dot: string) => `${device}_${dot}`);
}

function shortened(name: string, original: string): string {
	const chars = Array.from(name);
	if (chars.length <= MAX_NAME_LENGTH) return name;
	const suffix = ` ~${shortHash(original)}`;
	const cut = chars.slice(0, MAX_NAME_LENGTH - suffix.length).join("").replace(/[\s.]+$/u, "");
	return `${cut}${suffix}`;
}

/** Six hex digits of the FNV-1a hash of a text: stable across runs and devices. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, "0").slice(0, 6);
}

/**
 * Why a vault path cannot be written on every platform (too long, or a part that is a reserved
 * name, ends in a dot or space, or holds a control character), or undefined when it can.
 */
export function notePathProblem(path: string): string | undefined {
	if (path.length > MAX_PATH_LENGTH) {
		return `"${path}" is ${path.length} characters long; some systems stop at ${MAX_PATH_LENGTH}. Choose a shorter roadmap folder.`;
	}
	for (const part of path.split("/")) {
		if (RESERVED_NAME.test(part)) return `"${path}": "${part}" is a name Windows reserves.`;
		if (/[\s.]$/u.test(part)) return `"${path}": "${part}" ends with a dot or a space, which Windows drops.`;
		if (/\p{Cc}/u.test(part)) return `"${path}" holds a control character.`;
	}
	return undefined;
}

/** Joins vault path segments with `/`, ignoring empty ones and stray slashes at the folder's ends. */
export function joinVaultPath(...segments: string[]): string {
	return segments
		.map((segment) => segment.replace(/^\/+|\/+$/gu, ""))
		.filter((segment) => segment !== "")
		.join("/");
}

/** The phase's number padded to two digits so Phase 10 sorts after Phase 09. */
function paddedPhaseNumber(phase: number): string {
	return String(phase).padStart(2, "0");
}

/** The name shared by a phase's folder and its note, e.g. `Phase 01 - Querying`. */
function phaseName(phase: PhaseName): string {
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
	return `[[${target}|${alias || target}]]`;
}
