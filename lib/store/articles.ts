import type { Transaction } from "kysely";
import { z } from "zod";
import type { StoreDb } from "./db/open";
import type { Database } from "./db/tables";
import { STORY_ID_PATTERN } from "./ids";
import { NEW_STORY_LIMITS, newArticleSchema, type NewArticle } from "./new-story";
import { checkOwner, insertArticles, type OwnerCheck, queueAnalysis } from "./stories";

export interface UserStoryArticle {
  /** The row id (what removeArticle takes). */
  id: string;
  /** The article's id in the analysis. */
  slug: string;
  position: number;
  outlet: string;
  title: string | null;
  published: string | null;
  byline: string | null;
  /** The text as received; null while a link waits to be fetched, or when it could not be. */
  raw: string | null;
  sourceUrl: string | null;
  fetchedAt: string | null;
  /** Why the link could not be read; the story is analysed without this article. */
  error: string | null;
}

export async function getStoryArticles(store: StoreDb, id: string): Promise<UserStoryArticle[]> {
  if (!STORY_ID_PATTERN.test(id)) return [];
  const rows = await store.db
    .selectFrom("articles")
    .selectAll()
    .where("story_id", "=", id)
    .orderBy("position")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    position: row.position,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    byline: row.byline,
    raw: row.raw,
    sourceUrl: row.source_url,
    fetchedAt: row.fetched_at,
    error: row.error,
  }));
}

export type ChangeResult =
  { result: OwnerCheck } | { result: "invalid"; field: string; message: string };

/** Change a story's articles and queue its analysis again, in one transaction. */
async function bumpRevision(
  store: StoreDb,
  id: string,
  apply: (trx: Transaction<Database>) => Promise<void>,
): Promise<void> {
  const now = new Date().toISOString();
  await store.db.transaction().execute(async (trx) => {
    const story = await trx
      .selectFrom("stories")
      .select("revision")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    await apply(trx);
    await queueAnalysis(trx, id, story.revision + 1, now);
  });
}

/** Add articles to a story (its owner only); the story is analysed again. */
export async function addStoryArticles(
  store: StoreDb,
  id: string,
  token: string,
  articles: NewArticle[],
): Promise<ChangeResult> {
  const check = await checkOwner(store, id, token);
  if (check !== "ok") return { result: check };
  const parsed = z.array(newArticleSchema).min(1, "needs at least one article").safeParse(articles);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      result: "invalid",
      field: ["articles", ...(issue?.path ?? [])].join("."),
      message: issue?.message ?? "is not valid",
    };
  }
  const current = await getStoryArticles(store, id);
  if (current.length + parsed.data.length > NEW_STORY_LIMITS.maxArticles) {
    return {
      result: "invalid",
      field: "articles",
      message: `takes at most ${NEW_STORY_LIMITS.maxArticles} articles (the story has ${current.length})`,
    };
  }
  const now = new Date().toISOString();
  await bumpRevision(store, id, (trx) => insertArticles(trx, id, parsed.data, now));
  return { result: "ok" };
}

/** Remove one article (its owner only); the story is analysed again without it. */
export async function removeStoryArticle(
  store: StoreDb,
  id: string,
  token: string,
  articleId: string,
): Promise<ChangeResult> {
  const check = await checkOwner(store, id, token);
  if (check !== "ok") return { result: check };
  const current = await getStoryArticles(store, id);
  if (!current.some((article) => article.id === articleId)) return { result: "not-found" };
  if (current.length <= NEW_STORY_LIMITS.minArticles) {
    return {
      result: "invalid",
      field: "articles",
      message: `needs at least ${NEW_STORY_LIMITS.minArticles} articles; add another before removing this one`,
    };
  }
  await bumpRevision(store, id, async (trx) => {
    await trx
      .deleteFrom("articles")
      .where("story_id", "=", id)
      .where("id", "=", articleId)
      .execute();
  });
  return { result: "ok" };
}

/**
 * Analyse the story again as it is (its owner only): a story keeps the analysis the engine of its
 * day made, so its link shows the same findings; the owner can ask for today's engine instead.
 */
export async function reanalyseStory(
  store: StoreDb,
  id: string,
  token: string,
): Promise<ChangeResult> {
  const check = await checkOwner(store, id, token);
  if (check !== "ok") return { result: check };
  await bumpRevision(store, id, async () => {});
  return { result: "ok" };
}
