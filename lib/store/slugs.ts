/**
 * Names the story's pages use under /s/<id>/… (the same as a curated story's). The content loader's
 * RESERVED_ARTICLE_SLUGS is the list of record; it is not imported here because that module loads the
 * NLP model, which the web server's API routes should not pay for. slugs.test.ts checks the two agree.
 */
const ROUTE_NAMES = new Set([
  "story",
  "compare",
  "blame",
  "quotes",
  "facts",
  "classroom",
  "export",
  "opengraph-image",
  "twitter-image",
  "edit",
]);

/**
 * An article's id within its story, from the outlet's name ("The Guardian" → "the-guardian"); a second
 * article from the same outlet gets "-2", and a name that is a page of the story gets "-article".
 */
export function articleSlug(outlet: string, taken: ReadonlySet<string>): string {
  let base =
    outlet
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/&/g, " and ")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "article";
  if (ROUTE_NAMES.has(base)) base = `${base}-article`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
