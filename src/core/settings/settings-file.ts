/** What the settings file held: data to read the settings from, or why it can't be read. */
export type SettingsFileRead = { ok: true; data: unknown } | { ok: false; problem: string };

/**
 * Reads the text of `data.json` (null when there is none, which is a first start). An empty file,
 * text that is not JSON (a trailing comma), or JSON that is no group of settings (`[]`, `""`) is
 * unreadable: the plugin then runs on defaults and must leave the file as it is.
 */
export function readSettingsFile(text: string | null): SettingsFileRead {
	if (text === null) return { ok: true, data: null };
	if (text.trim() === "") return { ok: false, problem: "it is empty" };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const detail = e instanceof Error ? e.message.split("\n")[0] ?? "" : "";
		return { ok: false, problem: `it is not valid JSON${detail !== "" ? ` (${detail})` : ""}` };
	}
	if (data === null || typeof data !== "object" || Array.isArray(data)) {
		const found = Array.isArray(data) ? "a list" : typeof data === "string" ? "a text" : data === null ? "nothing" : `the value ${JSON.stringify(data)}`;
		return { ok: false, problem: `it holds ${found} instead of a group of settings` };
	}
	return { ok: true, data };
}

/** The notice for a settings file that can't be read: what is used instead, and that the file is left alone. */
export function unreadableSettingsNotice(path: string, problem: string): string {
	return `Learning Roadmap can't read its settings file "${path}": ${problem}. The default settings are used for now, and the file is left as it is until you change a setting in the plugin's settings tab, which saves all of them over it.`;
}
