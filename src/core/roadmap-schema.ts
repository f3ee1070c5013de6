import { z } from "zod";

// Obsidian plugins must not evaluate generated code: keep zod off its `new Function` fast path.
z.config({ jitless: true });

const text = z.string().trim().min(1, "must not be empty");

/** A fenced code block: language (may be empty) and its verbatim content. */
export const codeBlockSchema = z.strictObject({
	language: z.string().default(""),
	content: z.string(),
});

/** One labelled part of a project: a list (checklist or plain), a code block, or a paragraph. */
export const projectPartSchema = z
	.strictObject({
		heading: text,
		checklist: z.boolean().default(false),
		// a numbered list in the source ("1. Data collection from database") stays numbered
		ordered: z.boolean().default(false),
		items: z.array(text).optional(),
		code: codeBlockSchema.optional(),
		text: text.optional(),
	})
	.refine((p) => p.items !== undefined || p.code !== undefined || p.text !== undefined, {
		error: "needs items, code or text",
	});

export const projectSchema = z.strictObject({
	id: z.string().regex(/^\d+\.\d+$/, 'must look like "3.1"'),
	title: text,
	description: text,
	parts: z.array(projectPartSchema).default([]),
});

export const sectionSchema = z.strictObject({
	id: z.string().regex(/^\d+\.\d+$/, 'must look like "1.1"'),
	title: text,
	topics: z.array(text).min(1, "a section needs at least one topic"),
});

export const phaseSchema = z.strictObject({
	number: z.number().int().positive(),
	title: text,
	duration: text,
	level: text,
	sections: z.array(sectionSchema).min(1, "a phase needs at least one section"),
	projects: z.array(projectSchema).default([]),
});

/** A criterion the plugin can measure from the vault instead of a box in the criteria note. */
export const criterionMeasureSchema = z.discriminatedUnion("type", [
	// every topic of phases from..to is done
	z.strictObject({ type: z.literal("topics"), from: z.number().int(), to: z.number().int() }),
	// at least `min` projects of the level's phases are complete
	z.strictObject({ type: z.literal("projects"), min: z.number().int().positive() }),
]);

export const criterionSchema = z.strictObject({
	text,
	measure: criterionMeasureSchema.optional(),
});

export const levelSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/, "lowercase letters, digits and dashes"),
	title: text,
	phases: z.array(z.number().int().positive()).min(1),
	criteria: z.array(criterionSchema).default([]),
});

/** A titled block of prose: optional paragraph, list and code, used for overview and resources. */
export const textBlockSchema = z.strictObject({
	heading: text,
	text: text.optional(),
	items: z.array(text).optional(),
	ordered: z.boolean().default(false),
	code: codeBlockSchema.optional(),
});

export const labelledValueSchema = z.strictObject({ label: text, value: text });

export const roadmapSchema = z
	.strictObject({
		id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
		title: text,
		description: text.optional(),
		about: z.array(labelledValueSchema).default([]),
		overview: z.array(textBlockSchema).default([]),
		phases: z.array(phaseSchema).min(1, "a roadmap needs at least one phase"),
		levels: z.array(levelSchema).default([]),
		review_template: z.string().optional(),
		resources: z.array(textBlockSchema).default([]),
		next_steps: z.array(textBlockSchema).default([]),
		notes: z.array(text).default([]),
		credits: z.array(labelledValueSchema).default([]),
	})
	.superRefine((roadmap, ctx) => {
		const seenPhases = new Set<number>();
		roadmap.phases.forEach((phase, i) => {
			if (seenPhases.has(phase.number)) {
				ctx.addIssue({ code: "custom", path: ["phases", i, "number"], message: `phase ${phase.number} appears twice` });
			}
			seenPhases.add(phase.number);
			phase.projects.forEach((project, j) => {
				if (!project.id.startsWith(`${phase.number}.`)) {
					ctx.addIssue({
						code: "custom",
						path: ["phases", i, "projects", j, "id"],
						message: `project ${project.id} must start with its phase number ${phase.number}`,
					});
				}
			});
		});
		roadmap.levels.forEach((level, i) => {
			level.phases.forEach((n, j) => {
				if (!seenPhases.has(n)) {
					ctx.addIssue({ code: "custom", path: ["levels", i, "phases", j], message: `there is no phase ${n}` });
				}
			});
		});
	});

/** A validated roadmap, as the rest of the plugin sees it. */
export type Roadmap = z.infer<typeof roadmapSchema>;
export type Phase = Roadmap["phases"][number];
export type Section = Phase["sections"][number];
export type Project = Phase["projects"][number];
export type ProjectPart = Project["parts"][number];
export type Level = Roadmap["levels"][number];
export type Criterion = Level["criteria"][number];
export type TextBlock = z.infer<typeof textBlockSchema>;
export type CodeBlock = z.infer<typeof codeBlockSchema>;
