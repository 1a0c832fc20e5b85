/**
 * Contract between the link fetcher / extractor (lib/ingest) and its callers (the store's worker, the
 * "New comparison" page, POST /api/extract).
 */
export interface ExtractedArticle {
  /** The article text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  /** YYYY-MM-DD when the page states it, else null (never guessed). */
  published: string | null;
  /** The outlet's name from the page's metadata (og:site_name, publisher), else null. */
  outlet: string | null;
  /** The URL after redirects. */
  url: string | null;
  fetchedAt: string | null;
}

/** A failure a person can act on: `message` is shown to them as is. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly code:
      | "bad-url"
      | "blocked-address"
      | "unreachable"
      | "timeout"
      | "too-large"
      | "not-html"
      | "http-error"
      | "no-article"
      | "unsupported-file",
  ) {
    super(message);
    this.name = "IngestError";
  }
}
