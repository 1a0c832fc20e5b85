import { decodeText, mediaType } from "./decode";
import { extractArticle } from "./extract";
import { plainParagraphs } from "./html-text";
import { fetchPage, type FetchOptions } from "./safe-fetch";
import { IngestError, type ExtractedArticle } from "./types";

/**
 * Fetch a linked article and extract it (see fetchPage for the safety rules, extractArticle for what is read).
 * `url` in the result is the address after redirects; `fetchedAt` the time the page was read.
 */
export async function fetchArticle(
  url: string,
  options?: { signal?: AbortSignal },
): Promise<ExtractedArticle> {
  return fetchArticleWith(url, options ?? {});
}

/** fetchArticle with adjustable limits, for tests. */
export async function fetchArticleWith(
  url: string,
  options: FetchOptions,
): Promise<ExtractedArticle> {
  const page = await fetchPage(url, options);
  const html = mediaType(page.contentType) !== "text/plain";
  const text = decodeText(page.body, { contentType: page.contentType, html });
  const fetchedAt = new Date().toISOString();
  if (html) return { ...extractArticle(text, page.url), fetchedAt };
  const paragraphs = plainParagraphs(text);
  if (paragraphs.length === 0) {
    throw new IngestError("The link leads to an empty text file.", "no-article");
  }
  return {
    text: paragraphs.join("\n\n"),
    title: null,
    byline: null,
    published: null,
    outlet: null,
    url: page.url,
    fetchedAt,
  };
}
