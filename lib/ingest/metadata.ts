import { isoDatePrefix, writtenDate } from "./dates";
import { readJsonLd } from "./json-ld";

/** What a page's metadata says about its article (Open Graph, article:*, schema.org JSON-LD and microdata). */
export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ["property", "name", "itemprop"]) {
      const element = document.querySelector(`meta[${attribute}="${key}"]`);
      const content = element?.getAttribute("content")?.trim();
      if (content) return content;
    }
  }
  return null;
}

function isLink(value: string): boolean {
  return /^(https?:)?\/\//i.test(value);
}

/** og:title often ends with " | Outlet" or " - Outlet": drop that tail when it is the outlet's name. */
function withoutOutletSuffix(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const suffix = new RegExp(
    `\\s+[|\\-–—:]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
    "i",
  );
  return title.replace(suffix, "").trim() || title;
}

export function readMetadata(document: Document): PageMetadata {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => script.textContent ?? "",
  );
  const ld = readJsonLd(scripts);
  const outlet = meta(document, "og:site_name") ?? ld.publisher;
  const ogTitle = meta(document, "og:title", "twitter:title");
  const metaAuthor = meta(document, "author", "article:author", "byl");
  const byline =
    (ld.authors.length > 0 ? ld.authors.join(", ") : null) ??
    (metaAuthor && !isLink(metaAuthor) && metaAuthor !== outlet ? metaAuthor : null);
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const published =
    isoDatePrefix(meta(document, "article:published_time", "datePublished")) ??
    isoDatePrefix(itemprop?.getAttribute("datetime") ?? itemprop?.getAttribute("content")) ??
    isoDatePrefix(ld.datePublished) ??
    isoDatePrefix(meta(document, "DC.date.issued", "dcterms.created", "pubdate", "publish-date"));
  return {
    title: ld.headline ?? (ogTitle ? withoutOutletSuffix(ogTitle, outlet) : null),
    outlet,
    byline: byline?.replace(/^by\s+/i, "") ?? null,
    published,
  };
}

/**
 * A <time> in the article itself, read only when the metadata has no date: the one marked pubdate, else the
 * first in the page's <article> (or body). Its datetime attribute, else its text if that is a full written date.
 */
export function articleTimeDate(document: Document): string | null {
  const scope = document.querySelector("article") ?? document.body;
  const time = document.querySelector("time[pubdate]") ?? scope?.querySelector("time");
  if (!time) return null;
  return isoDatePrefix(time.getAttribute("datetime")) ?? writtenDate(time.textContent);
}
