// Writes roadmap.schema.json, the JSON Schema editors use to complete and check roadmap YAML files.
// Run after changing src/core/roadmap-schema.ts: npx tsx scripts/write-json-schema.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as z from "zod/mini";
import { roadmapSchema } from "../src/core/roadmap/roadmap-schema";

/** Where the committed JSON Schema lives: the repository root, next to `roadmap/`. */
export const roadmapJsonSchemaFile = fileURLToPath(new URL("../roadmap.schema.json", import.meta.url));

/** The JSON Schema text for roadmap files, generated from the zod schema that validates them. */
export function roadmapJsonSchemaText(): string {
	// "input": what a learner may write, so keys with defaults are optional
	const schema = z.toJSONSchema(roadmapSchema, { io: "input", unrepresentable: "any" });
	return `${JSON.stringify(schema, null, "\t")}\n`;
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
	writeFileSync(roadmapJsonSchemaFile, roadmapJsonSchemaText());
	console.log(`wrote ${roadmapJsonSchemaFile}`);
}
