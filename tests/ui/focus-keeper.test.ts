import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { installDom } from "../harness/dom";
import { rememberFocus, restoreFocus } from "../../src/ui/focus-keeper";
import { renderPhaseBlock, renderProgressView, type OpenNote } from "../../src/ui/progress-dom";
import { sampleProgress } from "./sample-progress";

beforeAll(() => {
	installDom();
});

let container: HTMLElement;

beforeEach(() => {
	document.body.empty();
	container = document.body.createDiv();
});

const roadmaps = [
	{ id: "python-data-engineering", title: "Python Learning Roadmap" },
	{ id: "rust", title: "Rust roadmap" },
];

function drawView(selected = "python-data-engineering"): void {
	renderProgressView(container, sampleProgress(), {
		expanded: new Set(["3"]),
		roadmaps,
		selected,
		onOpen: vi.fn<OpenNote>(),
		onToggle: vi.fn(),
		onGenerate: vi.fn(),
		onSelectRoadmap: vi.fn(),
	});
}

describe("focus across a redraw", () => {
	it("stays on the roadmap switcher when the view is drawn again for the roadmap picked", () => {
		drawView();
		const before = container.querySelector("select");
		before?.focus();
		drawView("rust");
		const after = container.querySelector("select");
		expect(after).not.toBe(before);
		expect(document.activeElement).toBe(after);
		expect(after?.title).toBe("Rust roadmap");
	});

	it("stays on the same note link, found by what it opens", () => {
		drawView();
		const link = Array.from(container.querySelectorAll<HTMLButtonElement>(".lr-link")).find((b) => b.textContent === "3.2 Pandas Basics");
		link?.focus();
		drawView();
		expect(document.activeElement?.textContent).toBe("3.2 Pandas Basics");
		expect(document.activeElement).not.toBe(link);
	});

	it("stays on a link of the code block when the block is drawn again", () => {
		renderPhaseBlock(container, sampleProgress(), 3, vi.fn<OpenNote>());
		Array.from(container.querySelectorAll<HTMLButtonElement>(".lr-link")).find((b) => b.textContent === "3.7 Time Series")?.focus();
		renderPhaseBlock(container, sampleProgress(), 3, vi.fn<OpenNote>());
		expect(document.activeElement?.textContent).toBe("3.7 Time Series");
	});

	it("finds a control drawn without a key by its tag, name and position among its namesakes", () => {
		const draw = () => {
			const root = createDiv();
			for (const name of ["Done", "Skip", "Done"]) root.createEl("button", { text: name });
			return root;
		};
		container.appendChild(draw());
		container.querySelectorAll("button")[2].focus();
		const mark = rememberFocus(container);
		expect(mark).toEqual({ key: null, tag: "BUTTON", name: "Done", index: 1 });
		container.empty();
		const root = container.appendChild(draw());
		restoreFocus(root, mark);
		expect(document.activeElement).toBe(root.querySelectorAll("button")[2]);
	});

	it("leaves the focus alone when it was outside the view", () => {
		const outside = document.body.createEl("button", { text: "Elsewhere" });
		outside.focus();
		drawView();
		expect(rememberFocus(container)).toBeNull();
		expect(document.activeElement).toBe(outside);
	});
});
