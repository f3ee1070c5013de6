/** What a `roadmap-progress` code block asks to show. */
interface ProgressBlockOptions {
	roadmap?: string;
	phase?: number;
	/** `show: pace`: the pace line, the phase markers and the burn-up with the bars; `show: topics`: the topic notes. */
	show?: "pace" | "topics";
	/** A sentence for the learner when the block's text cannot be understood. */
	error?: string;
}

/** Reads the body of a `roadmap-progress` block: empty, or `phase: N`, `roadmap: ID` and `show: pace` (or `show: topics`) lines. */
export function parseProgressBlock(source: string): ProgressBlockOptions {
	const options: ProgressBlockOptions = {};
	for (const raw of source.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === "" || line.startsWith("#")) continue;
		const match = /^([a-z]+)\s*:\s*(.*)$/i.exec(line);
		const key = match?.[1]?.toLowerCase();
		const value = match?.[2]?.trim() ?? "";
		if (key === "phase" && /^\d+$/.test(value)) options.phase = Number(value);
		else if (key === "roadmap" && value !== "") options.roadmap = value;
		else if (key === "show" && value.toLowerCase() === "pace") options.show = "pace";
		else if (key === "show" && value.toLowerCase() === "topics") options.show = "topics";
		else {
			options.error = `Cannot read "${line}": write "phase: 3", "roadmap: my-roadmap", "show: pace" or "show: topics", or leave the block empty.`;
			return options;
		}
	}
	return options;
}
