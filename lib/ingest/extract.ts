import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { removeChrome } from "./chrome";
import { elementParagraphs } from "./html-text";
import { articleTimeDate, readMetadata } from "./metadata";
import { IngestError, type ExtractedArticle } from "./types";

function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === "HTML" && document.body) return document;
  // A fragment (an uploaded snippet, no <html>/<body>) gets the skeleton Readability expects.
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

function sameText(a: string, b: string | null): boolean {
  const key = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return b !== null && key(a) === key(b);
}

/** The article's <h1>: the one inside <article>, else the page's only <h1>. */
function pageHeadline(document: Document): string | null {
  const headings = document.querySelectorAll("h1");
  const heading =
    document.querySelector("article h1") ?? (headings.length === 1 ? headings[0] : null);
  const text = heading?.textContent?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/**
 * The headline and byline repeated as the text's first lines are the article's header, not its first
 * paragraphs (Readability keeps them on some pages).
 */
function withoutHeader(
  paragraphs: string[],
  title: string | null,
  byline: string | null,
): string[] {
  let start = 0;
  while (start < Math.min(paragraphs.length, 3)) {
    const line = paragraphs[start] ?? "";
    const isTitle = sameText(line, title);
    const isByline = byline !== null && (sameText(line, byline) || sameText(line, `By ${byline}`));
    if (!isTitle && !isByline) break;
    start++;
  }
  return paragraphs.slice(start);
}

/**
 * The article in an HTML page: Mozilla's Readability finds the body text once page chrome is gone; outlet,
 * headline, byline and date come from the page's metadata when it states them (never guessed). Throws an
 * IngestError ("no-article") when there is no article text to be found.
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = readMetadata(document);
  removeChrome(document);
  const published = metadata.published ?? articleTimeDate(document);
  const reader = new Readability<Node>(document, {
    serializer: (node) => node,
    // Readability's own JSON-LD reading is replaced by ours (which also reads the publisher and @graph).
    disableJSONLD: true,
  });
  const result = reader.parse();
  const title = metadata.title ?? pageHeadline(document) ?? (result?.title?.trim() || null);
  const found = result?.byline?.replace(/^by\s+/i, "").trim();
  // Readability also reads <meta name="author">, which some sites fill with a link or their own name.
  const byline =
    metadata.byline ??
    (found && !/^https?:/i.test(found) && found !== metadata.outlet ? found : null);
  // Readability finds nothing on a page that is only a few lines of text; those lines are then the article.
  const paragraphs = elementParagraphs(result?.content ?? document.body);
  const text = withoutHeader(paragraphs, title, byline).join("\n\n");
  if (!text) {
    throw new IngestError(
      "No article text was found on that page (it may need JavaScript or a login to show it). Paste the article's text instead.",
      "no-article",
    );
  }
  return {
    text,
    title,
    byline,
    published,
    outlet: metadata.outlet,
    url,
    fetchedAt: null,
  };
}
