import type { Plugin } from "esbuild";

/** Validates a roadmap file and returns it as JSON text; throws with file, line and path otherwise. */
export function validatedRoadmapJson(file: string): Promise<string>;
/** An esbuild plugin: `.yaml` imports become the validated roadmap as JSON text. */
export const bundledRoadmap: Plugin;
