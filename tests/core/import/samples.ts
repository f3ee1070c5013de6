// Hand-written samples in the shapes the import reads (no roadmap.sh content: it may not be redistributed).

type Node = { id: string; type: string; position: { x: number; y: number }; data: { label: string } };

export function node(id: string, type: string, label: string, x: number, y: number): Node {
	return { id, type, position: { x, y }, data: { label } };
}

export function edge(source: string, target: string, style: "solid" | "dashed" = "dashed") {
	return { id: `${source}-${target}`, source, target, type: "simple", data: { edgeStyle: style } };
}

/** A small roadmap in roadmap.sh's React Flow shape, written by hand, nodes listed out of reading order. */
export const HAND_WRITTEN_ROADMAP = {
	nodes: [
		node("sub-dns", "subtopic", "DNS and how it works", 420, 130),
		node("t-html", "topic", "HTML", 200, 400),
		node("para", "paragraph", "Find the detailed version of this roadmap", 600, 0),
		node("t-internet", "topic", "Internet", 200, 100),
		node("sub-http", "subtopic", "What is HTTP?", 420, 80),
		node("title", "title", "Web Basics", 180, -80),
		node("btn", "button", "Visit the full roadmap", 600, 40),
		node("sub-forms", "subtopic", "Forms and validation", 420, 420),
		node("t-git", "topic", "Version control", 200, 600),
		node("sub-semantic", "subtopic", "Semantic HTML", 420, 380),
		node("t-css", "topic", "CSS", 200, 500),
		node("v1", "vertical", "", 250, 150),
	],
	edges: [
		edge("t-internet", "t-html", "solid"),
		edge("t-internet", "sub-http"),
		edge("t-internet", "sub-dns"),
		edge("t-html", "sub-semantic"),
		edge("sub-forms", "t-html"),
		edge("t-html", "t-css", "solid"),
	],
};

