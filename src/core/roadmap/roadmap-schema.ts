import * as z from "zod/mini";

// Obsidian plugins must not evaluate generated code: keep zod off its `new Function` fast path.
// zod/mini (the same validation as classic zod, tree-shakable) keeps main.js small.
z.config({ jitless: true });

const text = z.string().check(z.trim(), z.minLength(1, "must not be empty"));

/** A fenced code block: language (may be empty) and its verbatim content. */
const codeBlockSchema = z.strictObject({
	language: z._default(z.string(), ""),
	content: z.string(),
});

/** One labelled part of a project: a list (checklist or plain), a code block, or a paragraph. */
const projectPartSchema = z
	.strictObject({
		heading: text,
		checklist: z._default(z.boolean(), false),
		// a numbered list in the source ("1. Data collection from database") stays numbered
		ordered: z._default(z.boolean(), false),
		items: z.optional(z.array(text)),
		code: z.optional(codeBlockSchema),
		text: z.optional(text),
	})
	.check(
		z.refine((p) => p.items !== undefined || p.code !== undefined || p.text !== undefined, {
			error: "needs items, code or text",
		}),
	);

const projectSchema = z.strictObject({
	id: z.string().check(z.regex(/^\d+\.\d+$/, 'must look like "3.1"')),
	title: text,
	description: text,
	parts: z._default(z.array(projectPartSchema), []),
});

const day = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date like "2026-03-01", or empty'));

const sectionSchema = z
	.strictObject({
		id: z.string().check(z.regex(/^\d+\.\d+$/, 'must look like "1.1"')),
		title: text,
		topics: z.array(text).check(z.minLength(1, "a section needs at least one topic")),
		// Topics whose box is written ticked, with the date it was done ("" when unknown): an imported
		// checklist keeps what the learner had done. Only a box the generator writes is affected.
		ticked: z.optional(z.record(z.string(), day)),
		// Each topic's id in the file it was imported from, so a newer version of that file keeps the
		// learner's progress even when it rewords a topic.
		topic_ids: z.optional(z.record(z.string(), text)),
	})
	.check(
		z.superRefine((section, ctx) => {
			const topics = new Set(section.topics);
			for (const key of ["ticked", "topic_ids"] as const) {
				for (const topic of Object.keys(section[key] ?? {})) {
					if (!topics.has(topic)) ctx.addIssue({ code: "custom", path: [key, topic], message: `"${topic}" is not a topic of this section` });
				}
			}
		}),
	);

const phaseSchema = z.strictObject({
	number: z.int().check(z.positive()),
	title: text,
	duration: text,
	level: text,
	sections: z.array(sectionSchema).check(z.minLength(1, "a phase needs at least one section")),
	projects: z._default(z.array(projectSchema), []),
});

/** A criterion the plugin can measure from the vault instead of a box in the criteria note. */
const criterionMeasureSchema = z.discriminatedUnion("type", [
	// every topic of phases from..to is done
	z.strictObject({ type: z.literal("topics"), from: z.int(), to: z.int() }),
	// at least `min` projects of the level's phases are complete
	z.strictObject({ type: z.literal("projects"), min: z.int().check(z.positive()) }),
]);

const criterionSchema = z.strictObject({
	text,
	measure: z.optional(criterionMeasureSchema),
});

const levelSchema = z.strictObject({
	id: z.string().check(z.regex(/^[a-z0-9-]+$/, "lowercase letters, digits and dashes")),
	title: text,
	phases: z.array(z.int().check(z.positive())).check(z.minLength(1)),
	criteria: z._default(z.array(criterionSchema), []),
});

/** A titled block of prose: optional paragraph, list and code, used for overview and resources. */
const textBlockSchema = z.strictObject({
	heading: text,
	text: z.optional(text),
	items: z.optional(z.array(text)),
	ordered: z._default(z.boolean(), false),
	code: z.optional(codeBlockSchema),
});

const labelledValueSchema = z.strictObject({ label: text, value: text });

export const roadmapSchema = z
	.strictObject({
		id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes")),
		title: text,
		description: z.optional(text),
		about: z._default(z.array(labelledValueSchema), []),
		overview: z._default(z.array(textBlockSchema), []),
		phases: z.array(phaseSchema).check(z.minLength(1, "a roadmap needs at least one phase")),
		levels: z._default(z.array(levelSchema), []),
		review_template: z.optional(z.string()),
		resources: z._default(z.array(textBlockSchema), []),
		next_steps: z._default(z.array(textBlockSchema), []),
		notes: z._default(z.array(text), []),
		credits: z._default(z.array(labelledValueSchema), []),
	})
	.check(
		z.superRefine((roadmap, ctx) => {
		const seenPhases = new Set<number>();
		// Section and project ids name notes and headings: a second one would merge into the first.
		const seenSections = new Set<string>();
		const seenProjects = new Set<string>();
		roadmap.phases.forEach((phase, i) => {
			if (seenPhases.has(phase.number)) {
				ctx.addIssue({ code: "custom", path: ["phases", i, "number"], message: `phase ${phase.number} appears twice` });
			}
			seenPhases.add(phase.number);
			phase.sections.forEach((section, j) => {
				if (seenSections.has(section.id)) {
					ctx.addIssue({ code: "custom", path: ["phases", i, "sections", j, "id"], message: `section ${section.id} appears twice` });
				}
				seenSections.add(section.id);
			});
			phase.projects.forEach((project, j) => {
				if (seenProjects.has(project.id)) {
					ctx.addIssue({ code: "custom", path: ["phases", i, "projects", j, "id"], message: `project ${project.id} appears twice` });
				}
				seenProjects.add(project.id);
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
		}),
	);

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
