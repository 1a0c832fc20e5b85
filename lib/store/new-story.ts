import { z } from "zod";

/**
 * What a person sends to create a story (POST /api/stories, the "New comparison" form, `npm run import`).
 * The one schema every way in shares, so a limit or a message is written once.
 */
export const NEW_STORY_LIMITS = {
  minArticles: 2,
  maxArticles: 20,
  maxTitleChars: 200,
  maxOutletChars: 120,
  maxWordsPerArticle: 20_000,
  /** A request body larger than this is refused before it is parsed. */
  maxRequestBytes: 2_000_000,
  /**
   * `npm run import` is run by whoever runs the server, not by strangers: a story folder may hold as
   * many articles as big events have outlets (issue 13), which the pages are built to show.
   */
  maxImportedArticles: 1_000,
} as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "is not a real date");

export const newArticleSchema = z
  .strictObject({
    outlet: z.string().trim().min(1, "is required").max(NEW_STORY_LIMITS.maxOutletChars),
    title: z.string().trim().max(NEW_STORY_LIMITS.maxTitleChars).optional(),
    published: isoDate.optional(),
    text: z.string().optional(),
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) link" }).optional(),
  })
  .refine((article) => Boolean(article.text?.trim()) || Boolean(article.url), {
    error: "needs the article's text or a link to it",
    path: ["text"],
  })
  .refine(
    (article) =>
      !article.text ||
      article.text.split(/\s+/).filter(Boolean).length <= NEW_STORY_LIMITS.maxWordsPerArticle,
    {
      error: `is longer than ${NEW_STORY_LIMITS.maxWordsPerArticle.toLocaleString("en-US")} words`,
      path: ["text"],
    },
  );
export type NewArticle = z.infer<typeof newArticleSchema>;

export const newStorySchema = z.strictObject({
  title: z.string().trim().min(1, "is required").max(NEW_STORY_LIMITS.maxTitleChars),
  articles: z
    .array(newArticleSchema)
    .min(NEW_STORY_LIMITS.minArticles, `needs at least ${NEW_STORY_LIMITS.minArticles} articles`)
    .max(NEW_STORY_LIMITS.maxArticles, `takes at most ${NEW_STORY_LIMITS.maxArticles} articles`),
});
export type NewStory = z.infer<typeof newStorySchema>;

/** A story stored by `npm run import` (a local folder): the same fields, more articles. */
export const importedStorySchema = newStorySchema.extend({
  articles: z
    .array(newArticleSchema)
    .min(NEW_STORY_LIMITS.minArticles, `needs at least ${NEW_STORY_LIMITS.minArticles} articles`)
    .max(
      NEW_STORY_LIMITS.maxImportedArticles,
      `takes at most ${NEW_STORY_LIMITS.maxImportedArticles} articles`,
    ),
});
