/**
 * lib/ingest: bringing a person's articles in. Safe link fetching (fetchArticle), extraction from HTML with
 * Readability (extractArticle), uploaded files (extractUpload) and the link-fetch rate limit.
 */
export { extractArticle } from "./extract";
export { fetchArticle } from "./fetch-article";
export { FETCH_LIMITS } from "./safe-fetch";
export { clientKey, LINK_FETCH_LIMITS, RateLimiter, takeLinkFetch } from "./rate-limit";
export { extractUpload, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from "./upload";
export { IngestError, type ExtractedArticle } from "./types";
