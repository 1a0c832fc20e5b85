import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import type { StoryAnalysis } from "@/lib/analysis";
import type { StoreDb } from "./db/open";
import { STORY_ID_PATTERN } from "./ids";
import { SizedCache } from "./sized-cache";
import { queueAnalysis } from "./stories";

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface StoredAnalysis {
  analysis: StoryAnalysis;
  engineVersion: string;
  createdAt: string;
}

export async function compressAnalysis(analysis: StoryAnalysis): Promise<Buffer> {
  return gzipAsync(Buffer.from(JSON.stringify(analysis), "utf8"));
}

// Decompressing and validating a large analysis takes tens of milliseconds: the pages of one story
// ask for it several times, so the last few are kept, keyed by when they were written. Bounded by
// count and by size (a story of hundreds of outlets decodes from tens of megabytes of JSON).
const cache = new SizedCache<{ createdAt: string; value: StoredAnalysis }>(8, 64 * 1024 * 1024);

/** The current revision's analysis row, without its data. */
function analysisMetaRow(store: StoreDb, id: string) {
  return store.db
    .selectFrom("analyses")
    .innerJoin("stories", "stories.id", "analyses.story_id")
    .select(["analyses.created_at", "analyses.engine_version"])
    .where("analyses.story_id", "=", id)
    .whereRef("analyses.revision", "=", "stories.revision")
    .executeTakeFirst();
}

/**
 * Which engine analysed the story's current revision, and when, without reading the analysis
 * itself: null while it is being analysed (or for an unknown story).
 */
export async function readAnalysisMeta(
  store: StoreDb,
  id: string,
): Promise<Omit<StoredAnalysis, "analysis"> | null> {
  if (!STORY_ID_PATTERN.test(id)) return null;
  const meta = await analysisMetaRow(store, id);
  return meta ? { engineVersion: meta.engine_version, createdAt: meta.created_at } : null;
}

/**
 * A story's analysis, decompressed and checked against the engine's schema; null while it is being
 * analysed (or for an unknown story). A stored value the schema rejects was written by an older
 * engine whose output format has changed since (docs/schema.md): the story is queued for analysis
 * again and reads as pending meanwhile, never as an error page or an outdated view.
 */
export async function readAnalysis(store: StoreDb, id: string): Promise<StoredAnalysis | null> {
  if (!STORY_ID_PATTERN.test(id)) return null;
  const meta = await analysisMetaRow(store, id);
  if (!meta) {
    cache.delete(id);
    return null;
  }
  const hit = cache.get(id);
  if (hit && hit.createdAt === meta.created_at) return hit.value;
  const row = await store.db
    .selectFrom("analyses")
    .select("data")
    .where("story_id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const text = (await gunzipAsync(row.data)).toString("utf8");
  const json: unknown = JSON.parse(text);
  // Loaded when first needed: the engine's index also loads the NLP model, which the API routes that
  // only create stories or report status should not pay for.
  const { storyAnalysisSchema } = await import("@/lib/analysis");
  const parsed = storyAnalysisSchema.safeParse(json);
  if (!parsed.success) {
    console.warn(
      `parallax: the stored analysis of story ${id} was written by an older engine (${meta.engine_version}) and no longer matches the schema (${parsed.error.issues[0]?.message ?? "invalid"}); it is analysed again`,
    );
    cache.delete(id);
    const story = await store.db
      .selectFrom("stories")
      .select("revision")
      .where("id", "=", id)
      .executeTakeFirst();
    if (story) await queueAnalysis(store.db, id, story.revision, new Date().toISOString());
    return null;
  }
  const value = {
    analysis: parsed.data,
    engineVersion: meta.engine_version,
    createdAt: meta.created_at,
  };
  // Sized by the JSON's length: the decoded objects take a few times that, in proportion.
  cache.set(id, { createdAt: meta.created_at, value }, text.length);
  return value;
}
