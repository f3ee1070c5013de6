import type { DrawTarget } from "../view/view-tree";
import { type DrawnParts, drawPart } from "../view/view-parts";
import type { CalendarDay } from "../../core/practice/calendar";
import type { PracticeSummary } from "../../core/practice/practice-summary";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];

/**
 * The calendar card: a square per day of the last twelve months shaded by what was done and revisited
 * (each with a tooltip and a text alternative), and the current and longest streak. A square's
 * `aria-label` is both: Obsidian draws its own tooltip from `aria-label` on hover, so a `title` too would
 * show a second, native tooltip; and no square needs a listener.
 */
export function renderStreakCalendar(
	parent: DrawTarget,
	summary: PracticeSummary,
	restDaysPerWeek: number,
	parts?: DrawnParts,
): DrawTarget {
	const { calendar, streaks } = summary;
	const card = parent.createDiv({ cls: "lr-section lr-calendar" });
	// Parts of their own, as the weeks below: a tick moves a day's square, seldom the streaks.
	drawPart(parts, card, "calendar:head", [calendar.activeDays, streaks.current, streaks.longest], (into) => {
		const heading = into.createDiv({ cls: "lr-heading", attr: { role: "heading", "aria-level": 3 } });
		heading.createSpan({ text: "Consistency" });
		heading.createSpan({ cls: "lr-heading-count", text: `${calendar.activeDays} active ${calendar.activeDays === 1 ? "day" : "days"}` });
		const stats = into.createDiv({ cls: "lr-streaks" });
		renderStat(stats, "Current streak", streaks.current, "lr-streak-current");
		renderStat(stats, "Longest streak", streaks.longest, "lr-streak-longest");
	});

	const scroller = card.createDiv({ cls: "lr-calendar-scroll" });
	const grid = scroller.createDiv({
		cls: "lr-calendar-grid",
		attr: { role: "group", "aria-label": `Active days from ${longDate(calendar.start)} to ${longDate(calendar.end)}` },
	});
	grid.setCssProps({ "--lr-weeks": String(calendar.weeks.length) });
	drawPart(parts, card, "calendar:note", [restDaysPerWeek], (into) => {
		into.createEl("p", {
			cls: "lr-calendar-note",
			text: `A day counts when a box is done or a topic revisited. A streak allows ${restDaysPerWeek} rest ${restDaysPerWeek === 1 ? "day" : "days"} in any 7 days.`,
		});
	});
	renderSquares(grid, summary, parts);
	return card;
}

/** The month and weekday labels and a square per day, into the calendar's grid. */
function renderSquares(grid: DrawTarget, { calendar }: PracticeSummary, parts: DrawnParts | undefined): void {
	drawPart(parts, grid, "calendar:months", [calendar.months, calendar.weeks.length], (into) => {
		const monthRow = into.createDiv({ cls: "lr-calendar-months", attr: { "aria-hidden": "true" } });
		// A label needs four columns: none crowding the next one, none past the last column.
		const labels = calendar.months.filter(({ week }, i) => week <= calendar.weeks.length - 4 && (calendar.months[i + 1]?.week ?? Infinity) - week >= 4);
		for (const { week, month } of labels) {
			const label = monthRow.createSpan({ cls: "lr-calendar-month", text: (MONTHS[Number(month.slice(5)) - 1] ?? month).slice(0, 3) });
			label.setCssProps({ "--lr-week": String(week + 2) });
		}
	});
	const days = grid.createDiv({ cls: "lr-calendar-days" });
	drawPart(parts, days, "calendar:weekdays", [], (into) => {
		for (const [row, name] of WEEKDAYS.entries()) {
			const label = into.createSpan({ cls: "lr-calendar-weekday", text: name, attr: { "aria-hidden": "true" } });
			label.setCssProps({ "--lr-row": String(row + 1) });
		}
	});
	// A week at a time: an update describes again only the weeks whose days changed. A week is one
	// element the grid does not see (`display: contents`), so an unchanged week is one node to skip, not seven.
	calendar.weeks.forEach((week, i) => {
		const drawWeek = (into: DrawTarget): void => {
			const days = into.createDiv({ cls: "lr-calendar-week" });
			for (const day of week) {
				if (day === null) days.createSpan({ cls: "lr-calendar-day is-empty", attr: { "aria-hidden": "true" } });
				else renderDay(days, day);
			}
		};
		drawPart(parts, days, `calendar-week:${i}`, [week], drawWeek);
	});
}

function renderStat(parent: DrawTarget, label: string, days: number, cls: string): void {
	const stat = parent.createDiv({ cls: `lr-streak ${cls}` });
	stat.createSpan({ cls: "lr-streak-value", text: `${days} ${days === 1 ? "day" : "days"}` });
	stat.createSpan({ cls: "lr-streak-label", text: label });
}

function renderDay(parent: DrawTarget, day: CalendarDay): void {
	const label = describeDay(day);
	parent.createSpan({ cls: `lr-calendar-day lr-level-${day.level}`, attr: { role: "img", "aria-label": label } });
}

/** `2 December 2026: 1 done, 1 revisited` or `…: nothing done`. */
export function describeDay(day: CalendarDay): string {
	const parts: string[] = [];
	if (day.completed > 0) parts.push(`${day.completed} done`);
	if (day.revisited > 0) parts.push(`${day.revisited} revisited`);
	return `${longDate(day.date)}: ${parts.length > 0 ? parts.join(", ") : "nothing done"}`;
}

function longDate(date: string): string {
	const [year, month, day] = date.split("-");
	return `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
