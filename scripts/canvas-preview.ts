/**
 * A picture of a JSON Canvas file: nodes and edges with their colours, as a standalone SVG. It is a
 * preview for docs/canvas.md, not Obsidian's renderer: a file node shows its note's name, a group its
 * label, and colours are Obsidian's default theme values for the presets "1"…"6".
 */
import type { CanvasDoc, CanvasEdge, CanvasNode, NodeSide } from "../src/core/canvas/canvas-data";

export type Theme = "light" | "dark";

interface Palette {
	background: string;
	node: string;
	border: string;
	text: string;
	muted: string;
	/** The presets "1" red … "6" purple. */
	presets: Record<string, string>;
}

export const PALETTES: Record<Theme, Palette> = {
	light: {
		background: "#ffffff",
		node: "#ffffff",
		border: "#ababab",
		text: "#222222",
		muted: "#5c5c5c",
		presets: { "1": "#e93147", "2": "#ec7500", "3": "#e0ac00", "4": "#08b94e", "5": "#00bfbc", "6": "#7852ee" },
	},
	dark: {
		background: "#1e1e1e",
		node: "#262626",
		border: "#5a5a5a",
		text: "#dadada",
		muted: "#b3b3b3",
		presets: { "1": "#fb464c", "2": "#e9973f", "3": "#e0de71", "4": "#44cf6e", "5": "#53dfdd", "6": "#a882ff" },
	},
};

const escapeXml = (text: string) => text.replace(/[<>&"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** A node's colour in this theme: a preset's value, a hex colour as is, or undefined (no colour). */
export function colourValue(colour: unknown, palette: Palette): string | undefined {
	if (typeof colour !== "string" || colour === "") return undefined;
	return palette.presets[colour] ?? (/^#[0-9a-f]{3,8}$/iu.test(colour) ? colour : undefined);
}

/** What a node says: a note's name, a group's label, a text node's first line, a link's address. */
function nodeTitle(node: CanvasNode): string {
	if (node.type === "file") return (node.file ?? "").split("/").pop()!.replace(/\.md$/u, "");
	if (node.type === "group") return node.label ?? "";
	if (node.type === "text") return (typeof node.text === "string" ? node.text : "").split("\n")[0].replace(/^#+\s*/u, "");
	return typeof node.url === "string" ? node.url : "";
}

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = "";
	for (const word of text.split(" ")) {
		if (line !== "" && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === "" ? word : `${line} ${word}`;
	}
	if (line !== "") lines.push(line);
	return lines;
}

function sidePoint(node: CanvasNode, side: NodeSide | undefined): [number, number] {
	const cx = node.x + node.width / 2;
	const cy = node.y + node.height / 2;
	if (side === "top") return [cx, node.y];
	if (side === "bottom") return [cx, node.y + node.height];
	if (side === "left") return [node.x, cy];
	return [node.x + node.width, cy];
}

const NORMAL: Record<NodeSide, [number, number]> = { top: [0, -1], bottom: [0, 1], left: [-1, 0], right: [1, 0] };

function edgePath(edge: CanvasEdge, from: CanvasNode, to: CanvasNode): string {
	const fromSide = edge.fromSide ?? "right";
	const toSide = edge.toSide ?? "left";
	const [x1, y1] = sidePoint(from, fromSide);
	const [x2, y2] = sidePoint(to, toSide);
	const reach = Math.max(40, Math.min(150, Math.hypot(x2 - x1, y2 - y1) / 2));
	const [nx1, ny1] = NORMAL[fromSide];
	const [nx2, ny2] = NORMAL[toSide];
	return `M ${x1} ${y1} C ${x1 + nx1 * reach} ${y1 + ny1 * reach}, ${x2 + nx2 * reach} ${y2 + ny2 * reach}, ${x2} ${y2}`;
}

export interface PreviewOptions {
	/** Width of the picture in pixels; its height follows. */
	width?: number;
	/** Swatches drawn above the map: [label, colour]. */
	legend?: [string, string | undefined][];
	/** Show the canvas only down to this y (canvas pixels): the top of a tall map. */
	maxY?: number;
}

/** The canvas as an SVG, in the theme's colours. */
export function canvasPreviewSvg(canvas: CanvasDoc, theme: Theme, { width = 900, legend = [], maxY: cut }: PreviewOptions = {}): string {
	const p = PALETTES[theme];
	const margin = 80;
	const legendHeight = legend.length > 0 ? 90 : 0;
	const minX = Math.min(...canvas.nodes.map((n) => n.x)) - margin;
	const minY = Math.min(...canvas.nodes.map((n) => n.y)) - margin - legendHeight;
	const maxX = Math.max(...canvas.nodes.map((n) => n.x + n.width)) + margin;
	const maxY = cut ?? Math.max(...canvas.nodes.map((n) => n.y + n.height)) + margin;
	const w = maxX - minX;
	const h = maxY - minY;
	const height = Math.round((width * h) / w);
	const byId = new Map(canvas.nodes.map((n) => [n.id, n]));
	const out: string[] = [];
	out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${minX} ${minY} ${w} ${h}" font-family="Inter, 'Segoe UI', Roboto, sans-serif">`);
	out.push(`<rect x="${minX}" y="${minY}" width="${w}" height="${h}" fill="${p.background}"/>`);
	const edgeColours = new Set(canvas.edges.map((e) => colourValue(e.color, p) ?? p.muted));
	out.push("<defs>");
	[...edgeColours].forEach((c, i) => {
		out.push(`<marker id="arrow${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${c}"/></marker>`);
	});
	out.push("</defs>");
	const arrowOf = (c: string) => `url(#arrow${[...edgeColours].indexOf(c)})`;

	// groups and other nodes in file order (groups come first, so they are drawn below)
	for (const node of canvas.nodes) {
		const colour = colourValue(node.color, p);
		if (node.type === "group") {
			out.push(`<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="16" fill="${colour ?? p.border}" fill-opacity="0.08" stroke="${colour ?? p.border}" stroke-width="3"/>`);
			out.push(`<text x="${node.x + 8}" y="${node.y - 16}" font-size="34" font-weight="600" fill="${p.text}">${escapeXml(nodeTitle(node))}</text>`);
			continue;
		}
		out.push(`<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="12" fill="${p.node}" stroke="${colour ?? p.border}" stroke-width="${colour ? 5 : 2}"/>`);
		if (colour) out.push(`<rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="12" fill="${colour}" fill-opacity="0.18"/>`);
		const lines = wrap(nodeTitle(node), Math.floor((node.width - 40) / 13)).slice(0, Math.max(1, Math.floor((node.height - 24) / 32)));
		lines.forEach((line, i) => {
			out.push(`<text x="${node.x + 20}" y="${node.y + 42 + i * 32}" font-size="26" fill="${p.text}">${escapeXml(line)}</text>`);
		});
	}
	for (const edge of canvas.edges) {
		const from = byId.get(edge.fromNode);
		const to = byId.get(edge.toNode);
		if (!from || !to) continue;
		const colour = colourValue(edge.color, p) ?? p.muted;
		out.push(`<path d="${edgePath(edge, from, to)}" fill="none" stroke="${colour}" stroke-width="3" marker-end="${arrowOf(colour)}"/>`);
	}
	let lx = minX + margin;
	const ly = minY + margin / 2 + 20;
	for (const [label, preset] of legend) {
		const colour = colourValue(preset, p);
		out.push(`<rect x="${lx}" y="${ly}" width="44" height="44" rx="8" fill="${p.node}" stroke="${colour ?? p.border}" stroke-width="${colour ? 5 : 2}"/>`);
		if (colour) out.push(`<rect x="${lx}" y="${ly}" width="44" height="44" rx="8" fill="${colour}" fill-opacity="0.18"/>`);
		out.push(`<text x="${lx + 60}" y="${ly + 33}" font-size="30" fill="${p.text}">${escapeXml(label)}</text>`);
		lx += 80 + label.length * 17;
	}
	out.push("</svg>");
	return out.join("\n");
}
