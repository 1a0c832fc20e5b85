import type { ExtractedArticle } from "@/lib/ingest/types";
import { compressAnalysis } from "../analyses";
import { getStoryArticles, type UserStoryArticle } from "../articles";
import type { StoreDb } from "../db/open";
import { NEW_STORY_LIMITS } from "../new-story";
import { type ClaimedJob, completeJob, failJob, heartbeat } from "../queue";
import { AnalysisTimeout, type Analyzer } from "./engine-host";
import { toStoryInput } from "./job-input";

export type Fetcher = (
  url: string,
  options?: { signal?: AbortSignal },
) => Promise<ExtractedArticle>;

export interface JobContext {
  store: StoreDb;
  analyze: Analyzer;
  fetchArticle: Fetcher;
  engineVersion: string;
  leaseMs: number;
  /** Jobs started this many times without finishing (the worker died each time) are failed. */
  maxAttempts: number;
  /** Aborted when the worker shuts down. */
  signal: AbortSignal;
  log?: (line: string) => void;
}

export type JobOutcome = "done" | "failed" | "lost" | "stopped";

/** A message for the story's page: what went wrong in words, never a stack trace. */
function reason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message.replace(/\s+/g, " ").trim();
  return String(error);
}

async function readLink(
  ctx: JobContext,
  url: string,
  signal: AbortSignal,
): Promise<ExtractedArticle> {
  try {
    const page = await ctx.fetchArticle(url, { signal });
    const words = page.text.split(/\s+/).filter(Boolean).length;
    if (words > NEW_STORY_LIMITS.maxWordsPerArticle) {
      const limit = NEW_STORY_LIMITS.maxWordsPerArticle.toLocaleString("en-US");
      throw new Error(`the page is longer than ${limit} words`);
    }
    if (words === 0) throw new Error("no article text was found on the page");
    return page;
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LinkFailed(`The link could not be read: ${reason(error)}`);
  }
}

class LinkFailed extends Error {}
class LostJob extends Error {}

/** Fetch the articles given only as a link; one that fails is marked with why, and the others kept. */
async function fetchLinks(
  ctx: JobContext,
  job: ClaimedJob,
  articles: UserStoryArticle[],
  signal: AbortSignal,
): Promise<void> {
  for (const article of articles) {
    if (article.raw !== null || article.error !== null || !article.sourceUrl) continue;
    try {
      const page = await readLink(ctx, article.sourceUrl, signal);
      article.raw = page.text;
      // What the person typed wins over the page's metadata.
      article.title ??= page.title;
      article.published ??= page.published;
      article.byline ??= page.byline;
      article.fetchedAt = page.fetchedAt ?? new Date().toISOString();
    } catch (error) {
      if (!(error instanceof LinkFailed)) throw error;
      article.error = error.message;
    }
    await ctx.store.db
      .updateTable("articles")
      .set({
        raw: article.raw,
        title: article.title,
        published: article.published,
        byline: article.byline,
        fetched_at: article.fetchedAt,
        error: article.error,
      })
      .where("id", "=", article.id)
      .where("story_id", "=", job.storyId)
      .execute();
    if (!(await heartbeat(ctx.store, job, ctx.leaseMs))) throw new LostJob();
  }
}

/**
 * Analyse one claimed story: fetch the articles given as links (one that fails is marked and left
 * out), run the engine in its thread while the lease is kept alive, store the compressed result.
 */
export async function runJob(ctx: JobContext, job: ClaimedJob): Promise<JobOutcome> {
  const { store } = ctx;
  if (job.attempts > ctx.maxAttempts) {
    await failJob(
      store,
      job,
      `The analysis was started ${ctx.maxAttempts} times and never finished (the worker stopped each time). Try fewer or shorter articles.`,
    );
    return "failed";
  }
  const lost = new AbortController();
  const signal = AbortSignal.any([ctx.signal, lost.signal]);
  let stage: "reading" | "aligning" | "attribution" = "reading";
  const beat = setInterval(
    () => {
      heartbeat(store, job, ctx.leaseMs, stage).then(
        (mine) => mine || lost.abort(new LostJob()),
        (error: unknown) => ctx.log?.(`heartbeat failed: ${reason(error)}`),
      );
    },
    Math.max(50, Math.floor(ctx.leaseMs / 3)),
  );
  try {
    if (!(await heartbeat(store, job, ctx.leaseMs, "reading"))) return "lost";
    const story = await store.db
      .selectFrom("stories")
      .select(["id", "title", "actors", "date", "created_at"])
      .where("id", "=", job.storyId)
      .executeTakeFirst();
    if (!story) return "lost";
    const articles = await getStoryArticles(store, job.storyId);
    await fetchLinks(ctx, job, articles, signal);
    const input = toStoryInput(story, articles);
    if (input.articles.length < NEW_STORY_LIMITS.minArticles) {
      const problems = articles.filter((a) => a.error).map((a) => `${a.outlet}: ${a.error}`);
      await failJob(
        store,
        job,
        [
          `Only ${input.articles.length} of ${articles.length} articles could be read, and a comparison needs ${NEW_STORY_LIMITS.minArticles}.`,
          ...problems,
        ].join(" "),
      );
      return "failed";
    }
    const analysis = await ctx.analyze(input, {
      signal,
      onStage: (next) => {
        if (next === "aligning" || next === "attribution") {
          stage = next;
          void heartbeat(store, job, ctx.leaseMs, next).catch(() => undefined);
        }
      },
    });
    const data = await compressAnalysis(analysis);
    return (await completeJob(store, job, data, ctx.engineVersion)) ? "done" : "lost";
  } catch (error) {
    if (error instanceof LostJob || lost.signal.aborted) return "lost";
    if (ctx.signal.aborted) return "stopped";
    const message =
      error instanceof AnalysisTimeout
        ? `The analysis ${error.message} and was stopped. Try fewer or shorter articles.`
        : `The analysis stopped with an error: ${reason(error)}`;
    ctx.log?.(`story ${job.storyId} failed: ${message}`);
    return (await failJob(store, job, message)) ? "failed" : "lost";
  } finally {
    clearInterval(beat);
  }
}
