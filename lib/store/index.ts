/**
 * lib/store: people's own stories (issue 14). Everything here works on the process's store, opened
 * from the environment on first use (PostgreSQL when DATABASE_URL is set, else SQLite under
 * PARALLAX_DATA_DIR) and migrated automatically. The functions taking a StoreDb, in the modules named
 * below, are the same operations on an explicit database (tests, the CLI).
 */
import type { StoryAnalysis } from "@/lib/analysis";
import { readAnalysis, readAnalysisMeta } from "./analyses";
import { engineVersion } from "./worker/engine-version";
import {
  addStoryArticles,
  type ChangeResult,
  getStoryArticles,
  reanalyseStory,
  removeStoryArticle,
} from "./articles";
import { getStoreDb } from "./db/open";
import type { NewArticle, NewStory } from "./new-story";
import { type BucketLimit, type RateDecision, takeToken } from "./rate-limit";
import {
  checkOwner,
  type CreateOptions,
  createStory,
  deleteStory,
  type OwnerCheck,
  getStoryRecord,
  getStoryStatus,
  type UserStoryRecord,
  type UserStoryStatus,
} from "./stories";

export { NEW_STORY_LIMITS, newArticleSchema, newStorySchema } from "./new-story";
export type { NewArticle, NewStory } from "./new-story";
export type { UserStoryArticle, ChangeResult } from "./articles";
export type { StoredAnalysis } from "./analyses";
export type {
  CreateOptions,
  OwnerCheck,
  StoryActorInput,
  UserStoryRecord,
  UserStoryStatus,
} from "./stories";
export type { BucketLimit, RateDecision } from "./rate-limit";
export { JOB_STAGES, STORY_STATUSES, type JobStage, type StoryStatus } from "./db/tables";
export { STORY_ID_PATTERN } from "./ids";
export { storyUrl } from "./stories";

/** Store a story and queue its analysis; returns at once with its id and secret edit token. */
export async function createUserStory(
  input: NewStory,
  options?: CreateOptions,
): Promise<{ id: string; token: string }> {
  return createStory(await getStoreDb(), input, options);
}

/** Status and progress, or null for an unknown (or deleted) story. */
export async function getUserStoryStatus(id: string): Promise<UserStoryStatus | null> {
  return getStoryStatus(await getStoreDb(), id);
}

/** The story's title, summary, date, actors and whether it is listed; null for an unknown story. */
export async function getUserStoryRecord(id: string): Promise<UserStoryRecord | null> {
  return getStoryRecord(await getStoreDb(), id);
}

/** The analysis (decompressed, checked against the engine's schema), or null until it is done. */
export async function getUserStoryAnalysis(
  id: string,
): Promise<{ analysis: StoryAnalysis; engineVersion: string; createdAt: string } | null> {
  return readAnalysis(await getStoreDb(), id);
}

// Today's engine, as the worker names the analyses it writes: hashed once per server process, since
// the engine's sources do not change while it runs.
let todaysEngine: string | undefined;

/**
 * When the story's current analysis was made and whether today's engine made it; null while it is
 * being analysed. Reads no analysis data: the edit page asks this to offer analysing it again.
 */
export async function getUserStoryAnalysisAge(
  id: string,
): Promise<{ createdAt: string; current: boolean } | null> {
  const meta = await readAnalysisMeta(await getStoreDb(), id);
  if (!meta) return null;
  todaysEngine ??= engineVersion();
  return { createdAt: meta.createdAt, current: meta.engineVersion === todaysEngine };
}

export async function getUserStoryArticles(id: string) {
  return getStoryArticles(await getStoreDb(), id);
}

/** Add articles (the owner only); the story is analysed again. */
export async function addArticles(
  id: string,
  token: string,
  articles: NewArticle[],
): Promise<ChangeResult> {
  return addStoryArticles(await getStoreDb(), id, token, articles);
}

/** Remove an article by its row id (the owner only); the story is analysed again. */
export async function removeArticle(
  id: string,
  token: string,
  articleId: string,
): Promise<ChangeResult> {
  return removeStoryArticle(await getStoreDb(), id, token, articleId);
}

/** Analyse the story again with today's engine (the owner only). */
export async function reanalyseUserStory(id: string, token: string): Promise<ChangeResult> {
  return reanalyseStory(await getStoreDb(), id, token);
}

/** Delete the story and everything stored for it: "ok", "not-found" or "forbidden" (wrong token). */
export async function deleteUserStory(id: string, token: string): Promise<OwnerCheck> {
  return deleteStory(await getStoreDb(), id, token);
}

export async function verifyOwnerToken(id: string, token: string): Promise<boolean> {
  return (await checkOwner(await getStoreDb(), id, token)) === "ok";
}

/** Count one request against a shared per-key limit (see rate-limit.ts). */
export async function takeRateLimit(key: string, limit: BucketLimit): Promise<RateDecision> {
  return takeToken(await getStoreDb(), key, limit);
}
