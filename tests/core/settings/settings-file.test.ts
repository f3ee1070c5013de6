import { describe, expect, it } from "vitest";
import { readSettingsFile, unreadableSettingsNotice } from "../../../src/core/settings/settings-file";

describe("the text of data.json", () => {
	it("is read when it is a group of settings, and none is a first start", () => {
		expect(readSettingsFile('{"roadmapFolder":"Study"}')).toEqual({ ok: true, data: { roadmapFolder: "Study" } });
		expect(readSettingsFile(null)).toEqual({ ok: true, data: null });
	});

	it("is unreadable when empty, not JSON, or JSON that is no group of settings", () => {
		expect(readSettingsFile("")).toEqual({ ok: false, problem: "it is empty" });
		expect(readSettingsFile(" \n")).toEqual({ ok: false, problem: "it is empty" });
		expect(readSettingsFile('{"a": 1,}')).toMatchObject({ ok: false, problem: expect.stringMatching(/^it is not valid JSON \(.+\)$/u) });
		expect(readSettingsFile("[]")).toEqual({ ok: false, problem: "it holds a list instead of a group of settings" });
		expect(readSettingsFile('""')).toEqual({ ok: false, problem: "it holds a text instead of a group of settings" });
		expect(readSettingsFile("null")).toEqual({ ok: false, problem: "it holds nothing instead of a group of settings" });
		expect(readSettingsFile("42")).toEqual({ ok: false, problem: "it holds the value 42 instead of a group of settings" });
	});

	it("says in the notice that the file is kept until a setting is changed", () => {
		expect(unreadableSettingsNotice("p/data.json", "it is empty")).toBe(
			`Learning Roadmap can't read its settings file "p/data.json": it is empty. The default settings are used for now, and the file is left as it is until you change a setting in the plugin's settings tab, which saves all of them over it.`,
		);
	});
});
