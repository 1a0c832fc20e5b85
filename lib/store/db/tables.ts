/**
 * The store's tables as Kysely sees them. One schema for SQLite and PostgreSQL: timestamps are ISO-8601
 * UTC strings (they sort and compare as text on both), booleans are 0/1 integers, JSON is text, and the
 * only type that differs is the analysis blob (BLOB / BYTEA), which both drivers return as a Buffer.
 */
export const STORY_STATUSES = ["queued", "running", "done", "failed"] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** A job's progress, shown on the story's page in this order. */
export const JOB_STAGES = ["queued", "reading", "aligning", "attribution", "done"] as const;
export type JobStage = (typeof JOB_STAGES)[number];

export interface StoriesTable {
  /** Unguessable and URL-safe: the story's link is the only way to find it. */
  id: string;
  title: string;
  status: StoryStatus;
  /** 0: unlisted (the default: only people with the link see it). */
  listed: number;
  /** Bumped on every change to the articles, so a job that analysed an older version is discarded. */
  revision: number;
  /** Story-specific actors (JSON array in the engine's StoryInput shape), from `npm run import`. */
  actors: string;
  /** A one-paragraph summary (from an imported story.md), else null. */
  summary: string | null;
  /** The event's date (YYYY-MM-DD) from an imported story.md; else the analysis uses the earliest article's. */
  date: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArticlesTable {
  id: string;
  story_id: string;
  /** The order the person gave the articles in. */
  position: number;
  /** The article's id in the analysis and its pages, unique within the story (from the outlet's name). */
  slug: string;
  outlet: string;
  title: string | null;
  published: string | null;
  byline: string | null;
  /** The text exactly as received (pasted, or extracted from the link); null until a link is fetched. */
  raw: string | null;
  source_url: string | null;
  fetched_at: string | null;
  /** Why the link could not be read (shown to the person); the story is analysed without it. */
  error: string | null;
  created_at: string;
}

export interface AnalysesTable {
  story_id: string;
  revision: number;
  /** Which engine wrote it (schema version + a hash of the engine's sources). */
  engine_version: string;
  /** gzip-compressed JSON of the engine's StoryAnalysis. */
  data: Buffer;
  created_at: string;
}

export interface JobsTable {
  id: string;
  story_id: string;
  revision: number;
  status: StoryStatus;
  stage: JobStage;
  attempts: number;
  error: string | null;
  run_after: string;
  claimed_at: string | null;
  /** A running job whose lease has passed was abandoned (its worker stopped) and is claimed again. */
  lease_until: string | null;
  worker: string | null;
  created_at: string;
  updated_at: string;
}

export interface OwnerTokensTable {
  story_id: string;
  /** SHA-256 of the secret edit token (hex); the token itself is never stored. */
  token_hash: string;
  created_at: string;
}

export interface RateLimitsTable {
  key: string;
  tokens: number;
  updated_at: string;
}

export interface Database {
  stories: StoriesTable;
  articles: ArticlesTable;
  analyses: AnalysesTable;
  jobs: JobsTable;
  owner_tokens: OwnerTokensTable;
  rate_limits: RateLimitsTable;
}
