import { format } from "date-fns";

/** Today's date as `YYYY-MM-DD` in local time, the format of the Tasks plugin's ✅ dates. */
export function localDateString(date: Date): string {
	return format(date, "yyyy-MM-dd");
}
