import { beforeAll, describe, expect, it } from "vitest";
import { installDom } from "../harness/dom";
import { drawWhole, updateDrawing, ViewNode } from "../../src/ui/view/view-tree";

beforeAll(() => {
	installDom();
});

/** A card with a heading and a line of text, as a part of the view describes it. */
function card(heading: string, line: string): ViewNode {
	const node = new ViewNode("div");
	node.createSpan({ text: heading });
	node.createEl("p", { text: line });
	return node;
}

describe("a part repeated from the previous drawing", () => {
	it("keeps its elements and writes nothing when it lands over the part it repeats", () => {
		const container = document.body.createDiv();
		const first = new ViewNode("div");
		const today = card("Today", "Nothing done yet today.");
		first.children.push(today, card("Overall", "3/10"));
		drawWhole(container, first);
		const shown = container.querySelector("p");
		const next = new ViewNode("div");
		next.children.push(ViewNode.again(today), card("Overall", "4/10"));
		const stats = updateDrawing(container, next);
		expect(container.querySelector("p")).toBe(shown);
		expect(container.textContent).toBe("TodayNothing done yet today.Overall4/10");
		expect(stats).toEqual({ created: 0, removed: 0 });
	});

	it("shows its own text when it moves to where another part was, while that part's elements are reused", () => {
		const container = document.body.createDiv();
		const first = new ViewNode("div");
		const calendar = card("Consistency", "12 active days");
		first.createDiv().appendText("Levels");
		first.createDiv().children.push(calendar);
		drawWhole(container, first);
		// The calendar moves into the first block; a new card takes over its old elements in the second.
		const next = new ViewNode("div");
		next.createDiv().children.push(ViewNode.again(calendar));
		next.createDiv().children.push(card("Activity", "5 completed"));
		updateDrawing(container, next);
		expect(Array.from(container.firstElementChild?.children ?? [], (el) => el.textContent)).toEqual(["Consistency12 active days", "Activity5 completed"]);
	});
});
