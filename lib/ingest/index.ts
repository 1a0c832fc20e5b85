/**
 * Placeholder until the link fetcher lands (branch `ingest` replaces this file): the store's worker
 * calls fetchArticle for articles given only as a link, and marks them with this message meanwhile.
 */
import { type ExtractedArticle, IngestError } from "./types";

export { IngestError, type ExtractedArticle } from "./types";

export async function fetchArticle(
  _url: string,
  _options?: { signal?: AbortSignal },
): Promise<ExtractedArticle> {
  throw new IngestError("link fetching is not available yet", "unreachable");
}
