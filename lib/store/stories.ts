import type { Kysely, Transaction } from "kysely";
import type { StoreDb } from "./db/open";
import type { Database, JobStage, StoryStatus } from "./db/tables";
import {
  hashToken,
  newOwnerToken,
  newRowId,
  newStoryId,
  STORY_ID_PATTERN,
  tokenMatches,
} from "./ids";
import { importedStorySchema, type NewArticle, type NewStory, newStorySchema } from "./new-story";
import { articleSlug } from "./slugs";

/** Story-specific actors, in the engine's StoryInput shape (from an imported story.md). */
export interface StoryActorInput {
  id: string;
  name: string;
  side: string;
  kind:
    | "person"
    | "government"
    | "agency"
    | "armed-group"
    | "crowd"
    | "media"
    | "organisation"
    | "other";
  aliases: string[];
}

export interface CreateOptions {
  actors?: StoryActorInput[];
  summary?: string;
  /** The event's date (YYYY-MM-DD). */
  date?: string;
  /** Bylines, by the articles' order (an imported folder's frontmatter). */
  bylines?: (string | null)[];
  /** Stored by `npm run import` (a local folder): NEW_STORY_LIMITS.maxImportedArticles applies. */
  imported?: boolean;
  now?: Date;
}

export interface UserStoryStatus {
  id: string;
  title: string;
  url: string;
  status: StoryStatus;
  stage: JobStage;
  /** Why the analysis failed, in words a person can act on; null unless status is "failed". */
  error: string | null;
  articles: number;
  createdAt: string;
  updatedAt: string;
}

export type OwnerCheck = "ok" | "not-found" | "forbidden";

export function storyUrl(id: string): string {
  return `/s/${id}`;
}

/** Insert articles after the story's existing ones, each with a slug unique within the story. */
export async function insertArticles(
  trx: Kysely<Database>,
  storyId: string,
  articles: NewArticle[],
  now: string,
  bylines: (string | null)[] = [],
): Promise<void> {
  const existing = await trx
    .selectFrom("articles")
    .select(["slug", "position"])
    .where("story_id", "=", storyId)
    .execute();
  const taken = new Set(existing.map((row) => row.slug));
  let position = existing.reduce((max, row) => Math.max(max, row.position), -1);
  for (const [index, article] of articles.entries()) {
    const slug = articleSlug(article.outlet, taken);
    taken.add(slug);
    position += 1;
    const text = article.text?.trim() ? article.text : null;
    await trx
      .insertInto("articles")
      .values({
        id: newRowId(),
        story_id: storyId,
        position,
        slug,
        outlet: article.outlet,
        title: article.title || null,
        published: article.published ?? null,
        byline: bylines[index] ?? null,
        raw: text,
        source_url: article.url ?? null,
        // Pasted text is the article as received; a link alone is fetched by the worker.
        fetched_at: null,
        error: null,
        created_at: now,
      })
      .execute();
  }
}

/** Queue (or re-queue) the story's analysis for its current revision. */
export async function queueAnalysis(
  trx: Transaction<Database> | Kysely<Database>,
  storyId: string,
  revision: number,
  now: string,
): Promise<void> {
  const reset = {
    revision,
    status: "queued" as const,
    stage: "queued" as const,
    attempts: 0,
    error: null,
    run_after: now,
    claimed_at: null,
    lease_until: null,
    worker: null,
    updated_at: now,
  };
  await trx
    .insertInto("jobs")
    .values({ id: newRowId(), story_id: storyId, created_at: now, ...reset })
    .onConflict((oc) => oc.column("story_id").doUpdateSet(reset))
    .execute();
  await trx
    .updateTable("stories")
    .set({ status: "queued", revision, updated_at: now })
    .where("id", "=", storyId)
    .execute();
  // An analysis of the old articles would still show a removed article's text: it goes at once.
  await trx.deleteFrom("analyses").where("story_id", "=", storyId).execute();
}

/**
 * Store a new story and queue its analysis. Returns at once with the story's id and the secret edit
 * token (shown to the creator once; only its hash is kept).
 */
export async function createStory(
  store: StoreDb,
  input: NewStory,
  options: CreateOptions = {},
): Promise<{ id: string; token: string }> {
  const story = (options.imported ? importedStorySchema : newStorySchema).parse(input);
  const now = (options.now ?? new Date()).toISOString();
  const id = newStoryId();
  const token = newOwnerToken();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("stories")
      .values({
        id,
        title: story.title,
        status: "queued",
        listed: 0,
        revision: 1,
        actors: JSON.stringify(options.actors ?? []),
        summary: options.summary?.trim() || null,
        date: options.date ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await trx
      .insertInto("owner_tokens")
      .values({ story_id: id, token_hash: hashToken(token), created_at: now })
      .execute();
    await insertArticles(trx, id, story.articles, now, options.bylines);
    await queueAnalysis(trx, id, 1, now);
  });
  return { id, token };
}

export async function getStoryStatus(store: StoreDb, id: string): Promise<UserStoryStatus | null> {
  if (!STORY_ID_PATTERN.test(id)) return null;
  const row = await store.db
    .selectFrom("stories")
    .leftJoin("jobs", "jobs.story_id", "stories.id")
    .select([
      "stories.id",
      "stories.title",
      "stories.status",
      "stories.created_at",
      "stories.updated_at",
      "jobs.stage",
      "jobs.error",
    ])
    .select((eb) =>
      eb
        .selectFrom("articles")
        .select((a) => a.fn.countAll<number | string>().as("n"))
        .whereRef("articles.story_id", "=", "stories.id")
        .as("articles"),
    )
    .where("stories.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    url: storyUrl(row.id),
    status: row.status,
    stage: row.stage ?? "queued",
    error: row.status === "failed" ? (row.error ?? "The analysis failed.") : null,
    // PostgreSQL counts as bigint, which the driver returns as a string.
    articles: Number(row.articles ?? 0),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What a story's pages show besides its articles and analysis (no token, no job). */
export interface UserStoryRecord {
  id: string;
  title: string;
  /** A one-paragraph summary (an imported story.md's), else null. */
  summary: string | null;
  /** The event's date (YYYY-MM-DD) when one was given, else null. */
  date: string | null;
  /** The story's own actors, as JSON text in the engine's StoryInput shape. */
  actors: string;
  listed: boolean;
  createdAt: string;
}

export async function getStoryRecord(store: StoreDb, id: string): Promise<UserStoryRecord | null> {
  if (!STORY_ID_PATTERN.test(id)) return null;
  const row = await store.db
    .selectFrom("stories")
    .select(["id", "title", "summary", "date", "actors", "listed", "created_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    date: row.date,
    actors: row.actors,
    // 0/1 on both databases (PostgreSQL's driver may hand back a string for some integer types).
    listed: Number(row.listed) === 1,
    createdAt: row.created_at,
  };
}

/** Is `token` this story's edit token? Constant-time; an unknown story says so. */
export async function checkOwner(store: StoreDb, id: string, token: string): Promise<OwnerCheck> {
  const row = STORY_ID_PATTERN.test(id)
    ? await store.db
        .selectFrom("owner_tokens")
        .select("token_hash")
        .where("story_id", "=", id)
        .executeTakeFirst()
    : undefined;
  if (!row) {
    // Spend the same work as a real check, so timing does not tell which ids exist.
    tokenMatches(token, hashToken(""));
    return "not-found";
  }
  return tokenMatches(token, row.token_hash) ? "ok" : "forbidden";
}

/** Delete a story and everything stored for it (articles, analysis, job, token). */
export async function deleteStory(store: StoreDb, id: string, token: string): Promise<OwnerCheck> {
  const check = await checkOwner(store, id, token);
  if (check !== "ok") return check;
  await store.db.transaction().execute(async (trx) => {
    // Children first, so the delete does not depend on the connection enabling foreign keys.
    for (const table of ["analyses", "jobs", "articles", "owner_tokens"] as const)
      await trx.deleteFrom(table).where("story_id", "=", id).execute();
    await trx.deleteFrom("stories").where("id", "=", id).execute();
  });
  return "ok";
}
