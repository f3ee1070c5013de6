/**
 * The processor time spent in one file's code while some work runs, from V8's sampling profiler: each
 * sample is charged to the nearest JavaScript frame on its stack (a built-in such as a regular
 * expression counts for the code that called it), and the samples charged to `file` are counted, each
 * worth one sampling period. Everything else (the fake host, happy-dom, Node, the garbage collector) is left out, so the figure
 * is the plugin's own work even though the host runs in the same thread and costs far more.
 */
import { Session } from "node:inspector";
import { pathToFileURL } from "node:url";

interface ProfileNode {
	id: number;
	callFrame: { url: string };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

/** How often the profiler samples, in microseconds: fine enough for work of a millisecond. */
const SAMPLING_INTERVAL_US = 50;

/** Runs `work` under the profiler and returns the milliseconds its samples charge to code of `file`. */
export async function msInFile(file: string, work: () => Promise<void>): Promise<number> {
	const session = new Session();
	session.connect();
	const post = <T>(method: string, params?: object): Promise<T> =>
		new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
	try {
		await post("Profiler.enable");
		await post("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US });
		await post("Profiler.start");
		let profile: Profile | undefined;
		try {
			await work();
		} finally {
			profile = (await post<{ profile: Profile }>("Profiler.stop")).profile;
		}
		return chargedTo(profile, new Set([file, pathToFileURL(file).href]));
	} finally {
		session.disconnect();
	}
}

function chargedTo(profile: Profile, urls: ReadonlySet<string>): number {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	// Whether a node's nearest frame with a script is in the file (memoised: stacks share their tops).
	const inFile = new Map<number, boolean>();
	const charged = (id: number): boolean => {
		const known = inFile.get(id);
		if (known !== undefined) return known;
		const node = byId.get(id);
		const up = parent.get(id);
		const result = node === undefined ? false : node.callFrame.url !== "" ? urls.has(node.callFrame.url) : up !== undefined && charged(up);
		inFile.set(id, result);
		return result;
	};
	// A sample stands for one sampling period, the typical gap between samples: the gap after the last
	// sample of a burst runs on into the idle time that follows it, and would be charged to the burst.
	const gaps = profile.timeDeltas.filter((gap) => gap > 0).sort((a, b) => a - b);
	const period = gaps[Math.floor(gaps.length / 2)] ?? 0;
	let samples = 0;
	for (const id of profile.samples) if (charged(id)) samples++;
	return (samples * period) / 1000;
}
