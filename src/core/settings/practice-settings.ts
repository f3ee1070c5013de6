import { DEFAULT_REVISIT_LADDER, ladderProblem, parseLadder } from "../practice/ladder";
import { DEFAULT_REST_DAYS } from "../practice/streak";

/** The practice settings: the revisit ladder and the rest days a streak allows. */
export interface PracticeSettings {
	/** Days after a topic's ✅ date at which it comes back to be revisited, rising. */
	revisitLadder: number[];
	/** Days without activity a streak allows in any seven days in a row, 0 to 6. */
	restDaysPerWeek: number;
}

export const DEFAULT_PRACTICE_SETTINGS: PracticeSettings = {
	revisitLadder: [...DEFAULT_REVISIT_LADDER],
	restDaysPerWeek: DEFAULT_REST_DAYS,
};

/** Checks a ladder typed in the settings tab (`1, 7, 30, 90`): the days, or why they are refused. */
export function checkLadderSetting(raw: string): { ok: true; value: number[] } | { ok: false; message: string } {
	const ladder = parseLadder(raw);
	if (ladder.some(Number.isNaN)) return { ok: false, message: "Enter whole numbers of days separated by commas, e.g. 1, 7, 30, 90." };
	const problem = ladderProblem(ladder);
	return problem === undefined ? { ok: true, value: ladder } : { ok: false, message: problem };
}

/** Checks the rest days typed in the settings tab: a whole number from 0 to 6. */
export function checkRestDaysSetting(raw: string): { ok: true; value: number } | { ok: false; message: string } {
	const text = raw.trim();
	if (!/^\d+$/.test(text) || Number(text) > 6) return { ok: false, message: "Enter a whole number of days from 0 to 6." };
	return { ok: true, value: Number(text) };
}

/**
 * Reads the practice settings from `data.json` through the same checks as the tab; an absent key
 * (settings saved before these existed) takes its default, a refused one too, with the reason.
 */
export function readPracticeSettings(data: Record<string, unknown>, problems: string[]): PracticeSettings {
	const settings: PracticeSettings = { revisitLadder: [...DEFAULT_PRACTICE_SETTINGS.revisitLadder], restDaysPerWeek: DEFAULT_PRACTICE_SETTINGS.restDaysPerWeek };
	const ladder = data.revisitLadder;
	if (ladder !== undefined) {
		const problem = Array.isArray(ladder) && ladder.every((d) => typeof d === "number") ? ladderProblem(ladder) : "expected a list of numbers of days.";
		if (problem === undefined) settings.revisitLadder = [...(ladder as number[])];
		else problems.push(`Revisit ladder: ${problem} Using ${DEFAULT_PRACTICE_SETTINGS.revisitLadder.join(", ")}.`);
	}
	const rest = data.restDaysPerWeek;
	if (rest !== undefined) {
		if (typeof rest === "number" && Number.isInteger(rest) && rest >= 0 && rest <= 6) settings.restDaysPerWeek = rest;
		else problems.push(`Rest days per week: expected a whole number from 0 to 6, found ${describeValue(rest)}; using ${DEFAULT_PRACTICE_SETTINGS.restDaysPerWeek}.`);
	}
	return settings;
}

// A stored value as the learner would recognise it in data.json.
function describeValue(value: unknown): string {
	if (value === null || value === undefined) return "nothing";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "object") return "keys and values";
	return JSON.stringify(value);
}
