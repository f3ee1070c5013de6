import { describe, expect, it } from "vitest";
import { canvasPreviewSvg, PALETTES } from "../../scripts/canvas-preview";
import type { CanvasDoc } from "../../src/core/canvas/canvas-data";

const canvas: CanvasDoc = {
	nodes: [
		{ id: "g", type: "group", label: "Beginner <1>", x: 0, y: 0, width: 900, height: 400, color: "3" },
		{ id: "a", type: "file", file: "Roadmap/Phase 01 - A & B.md", x: 40, y: 40, width: 400, height: 160, color: "4" },
		{ id: "b", type: "file", file: "Roadmap/Project 1.1 - C.md", x: 520, y: 40, width: 320, height: 120 },
		{ id: "c", type: "text", text: "# Mine", x: 520, y: 200, width: 320, height: 120, color: "#123456" },
	],
	edges: [
		{ id: "e", fromNode: "a", fromSide: "right", toNode: "b", toSide: "left" },
		{ id: "f", fromNode: "a", toNode: "c", color: "1" },
		{ id: "gone", fromNode: "a", toNode: "nowhere" },
	],
};

describe("The canvas preview (the pictures of docs/canvas.md)", () => {
	it("draws every node and edge with its colour in the theme, names escaped", () => {
		for (const theme of ["light", "dark"] as const) {
			const svg = canvasPreviewSvg(canvas, theme);
			const p = PALETTES[theme];
			expect(svg.match(/marker-end=/g)).toHaveLength(2);
			expect(svg).toContain(`stroke="${p.presets["4"]}" stroke-width="5"`);
			expect(svg).toContain(`stroke="${p.presets["3"]}" stroke-width="3"`);
			expect(svg).toContain('stroke="#123456"');
			expect(svg).toContain(`<path d="M 440 120 C`);
			expect(svg).toContain(`stroke="${p.presets["1"]}" stroke-width="3" marker-end`);
			expect(svg).toContain("Beginner &#60;1&#62;");
			expect(svg).toContain("Phase 01 - A &#38; B");
			expect(svg).toContain(">Mine<");
			expect(svg).not.toContain("<1>");
		}
	});
});
