import path from "node:path";
import { checkContentDir } from "./load";
import { ContentError } from "./problems";
import type { Content, Outlet, Story } from "./types";

export {
  checkContentDir,
  loadOutlets,
  loadStoryDir,
  matchOutlet,
  RESERVED_ARTICLE_SLUGS,
} from "./load";
export { ContentError, formatProblem, type ContentProblem } from "./problems";
export { describeProvenance, type ProvenanceLabel } from "./provenance";
export * from "./schemas";
export type * from "./types";

/** The project's content folder. */
export const CONTENT_ROOT = path.join(process.cwd(), "content");

let cached: Content | null = null;

/**
 * All validated content. Throws a ContentError listing every problem (one per
 * line, `file: field: what is wrong`) so a bad file fails the build loudly.
 */
export function getContent(): Content {
  if (cached) return cached;
  const check = checkContentDir(CONTENT_ROOT);
  if (check.problems.length > 0) throw new ContentError(check.problems);
  cached = check.content;
  return cached;
}

export function getStories(): Story[] {
  return getContent().stories;
}

export function getStory(slug: string): Story | null {
  return getStories().find((story) => story.slug === slug) ?? null;
}

export function getOutlets(): Outlet[] {
  return getContent().outlets;
}

export function getOutlet(slug: string): Outlet | null {
  return getOutlets().find((outlet) => outlet.slug === slug) ?? null;
}

/** Stories in which an outlet appears, as the publisher or as a named source of an article. */
export function getStoriesForOutlet(slug: string): { story: Story; articles: string[] }[] {
  return getStories()
    .map((story) => ({
      story,
      articles: story.articles
        .filter((article) => article.outlet.slug === slug || article.provenance.source === slug)
        .map((article) => article.slug),
    }))
    .filter((entry) => entry.articles.length > 0);
}
