/** A phase's duration as a range of weeks: `minWeeks` for the short end, `maxWeeks` for the long end. */
interface WeekRange {
	minWeeks: number;
	maxWeeks: number;
}

/** Weeks in a month on average (365.25 ÷ 12 ÷ 7), so `3-4 months` is about 13–17.4 weeks. */
export const WEEKS_PER_MONTH = 365.25 / 12 / 7;

/**
 * The longest a plan may span, in days: 50 years. A phase that would carry the plan past it (a typo
 * such as `99999999 weeks`, or a tiny hours-per-week stretching a long roadmap) is left out of the
 * plan and named, so every date the plan computes is a real, four-digit-year date.
 */
export const MAX_PLAN_YEARS = 50;
export const MAX_PLAN_DAYS = Math.round(MAX_PLAN_YEARS * 365.25);

const UNIT_WEEKS: Record<string, number> = { day: 1 / 7, week: 1, month: WEEKS_PER_MONTH };

/**
 * Parses a phase's duration (`5-6 weeks`, `2 weeks`, `3-4 months`, `6 to 8 weeks`, `10 days`) into
 * weeks; undefined for anything else (`Ongoing`, `As needed`), which then gets no plan.
 */
export function parseDuration(text: string): WeekRange | undefined {
	const match = /^\s*(?:about\s+|~\s*)?(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*)?(day|week|month)s?\s*$/iu.exec(text);
	if (!match?.[1] || !match[3]) return undefined;
	const unit = UNIT_WEEKS[match[3].toLowerCase()];
	const low = Number(match[1]);
	const high = match[2] === undefined ? low : Number(match[2]);
	if (unit === undefined || !(low > 0) || !(high >= low)) return undefined;
	return { minWeeks: low * unit, maxWeeks: high * unit };
}
