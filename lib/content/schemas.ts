import { z } from "zod";

/** A URL-safe identifier: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens");

/**
 * An ISO calendar date (YYYY-MM-DD) that exists. YAML is parsed with the JSON
 * schema, so dates arrive as strings and "2018-02-30" is rejected rather than
 * silently rolled over to March.
 */
export const isoDateSchema = z
  .string({ error: "must be a date written as YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date written as YYYY-MM-DD", abort: true }).refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}, "is not a real calendar date");

export const outletTypes = [
  "state-broadcaster",
  "newspaper",
  "wire-agency",
  "news-site",
  "advocacy-group",
  "aggregator",
  "unknown",
] as const;

export const outletTypeSchema = z.enum(outletTypes);
export type OutletType = z.infer<typeof outletTypeSchema>;

/** Human labels for outlet types, used wherever a type is shown. */
export const outletTypeLabels: Record<OutletType, string> = {
  "state-broadcaster": "State broadcaster",
  newspaper: "Newspaper",
  "wire-agency": "Wire agency",
  "news-site": "News site",
  "advocacy-group": "Advocacy group",
  aggregator: "Aggregator",
  unknown: "Unidentified",
};

const referenceSchema = z.strictObject({
  claim: z.string().trim().min(1, "must not be empty"),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
});

/** Frontmatter of `content/outlets/<slug>.md`. */
export const outletFrontmatterSchema = z
  .strictObject({
    name: z.string().trim().min(1, "must not be empty"),
    aliases: z.array(z.string().trim().min(1, "must not be empty")).default([]),
    domain: z
      .string()
      .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i, "must be a bare domain such as example.com")
      .optional(),
    country: z.string().trim().min(1).optional(),
    type: outletTypeSchema,
    /** False for an outlet we cannot name: the profile then says what the text reveals. */
    identified: z.boolean().default(true),
    ownership: z.string().trim().min(1, "must not be empty"),
    references: z.array(referenceSchema),
  })
  .superRefine((value, ctx) => {
    if (value.identified && value.references.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["references"],
        message: "an identified outlet needs at least one public reference link",
      });
    }
    if (!value.identified && value.type !== "unknown") {
      ctx.addIssue({
        code: "custom",
        path: ["type"],
        message: 'an unidentified outlet must have type "unknown"',
      });
    }
  });
export type OutletFrontmatter = z.infer<typeof outletFrontmatterSchema>;

export const sideSchema = slugSchema;

/** Story-specific knowledge of who is who, merged over the generic gazetteer. */
export const storyActorSchema = z.strictObject({
  id: slugSchema,
  name: z.string().trim().min(1),
  side: sideSchema,
  kind: z
    .enum(["person", "government", "agency", "armed-group", "crowd", "media", "organisation", "other"])
    .default("other"),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The actor a person or body speaks for ("mike-pompeo" represents "united-states"). */
  represents: slugSchema.optional(),
  /** A person's grammatical gender, for "he"/"she" (as the story states it, never guessed). */
  gender: z.enum(["m", "f"]).optional(),
  /** The actor that backs this group: "Iran-backed militias" and "its proxies" resolve to it. */
  backedBy: slugSchema.optional(),
});
export type StoryActor = z.infer<typeof storyActorSchema>;

/**
 * The story's own words for a kind of event ("ordered departure" for a withdrawal), added to the
 * engine's built-in event families so word choice lines them up across outlets.
 */
export const storyEventTermsSchema = z.strictObject({
  concept: z.string().trim().min(1),
  lemmas: z.array(z.string().trim().min(1)).default([]),
  phrases: z.array(z.string().trim().min(1)).default([]),
});
export type StoryEventTerms = z.infer<typeof storyEventTermsSchema>;

/** A teacher-written question for the classroom view. */
export const storyQuestionSchema = z.strictObject({
  question: z.string().trim().min(1),
  answer: z.string().trim().min(1),
  /** Article slugs whose text holds the evidence. */
  evidence: z.array(slugSchema).default([]),
});
export type StoryQuestion = z.infer<typeof storyQuestionSchema>;

/** Frontmatter of `content/stories/<slug>/story.md`. */
export const storyFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, "must not be empty"),
  date: isoDateSchema,
  tags: z.array(slugSchema).default([]),
  actors: z.array(storyActorSchema).default([]),
  questions: z.array(storyQuestionSchema).default([]),
  eventTerms: z.array(storyEventTermsSchema).default([]),
});
export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;

export const provenanceKinds = ["original", "reprint", "wire", "relay"] as const;

const provenanceObjectSchema = z
  .strictObject({
    kind: z.enum(provenanceKinds),
    /** An outlet slug or a plain outlet name; absent when the text does not say. */
    source: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "original" && value.source) {
      ctx.addIssue({ code: "custom", path: ["source"], message: "an original has no source" });
    }
  });

/** `provenance: original` or `{ kind: reprint | wire | relay, source?, note? }`. */
export const provenanceSchema = z.union(
  [
    z
      .literal("original")
      .transform((): { kind: "original"; source?: undefined; note?: undefined } => ({
        kind: "original",
      })),
    provenanceObjectSchema,
  ],
  { error: "must be original, or the fields kind (reprint, wire or relay), source and note" },
);
export type Provenance = z.infer<typeof provenanceSchema>;

/** Frontmatter of `content/stories/<slug>/<article>.md`. */
export const articleFrontmatterSchema = z.strictObject({
  /** An outlet slug from content/outlets, or a plain name for an outlet with no profile. */
  outlet: z.string().trim().min(1, "must name an outlet"),
  /** `null` when the captured text has no headline: the page says so. */
  title: z.string().trim().min(1, "must not be empty").nullable().optional(),
  /** Absent or `null` when the publication date is unknown. */
  published: isoDateSchema.nullable().optional(),
  url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  byline: z.string().trim().min(1).optional(),
  provenance: provenanceSchema.default({ kind: "original" }),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
