import { type ActorRegistry, buildRegistry, findArticleSpans, type RawSpan } from "../actors";
import type { StoryInput } from "../schema";
import { keepingSentenceWork } from "../sentence-work";
import { type PreparedArticle } from "../text";

/**
 * Actor spans of each article, kept between analyses: an article's raw spans depend only on its
 * sentences and on the registry before discovery (the gazetteer and the story's own actors), so a
 * story analysed again with one article added (its other articles' PreparedArticle objects taken
 * from the ArticleCache) finds spans in the new article only. Discovery later writes actors into
 * spans, so each analysis gets its own copies and the kept ones stay as found. Kept only while
 * the analysis has an ArticleCache (see `keepingSentenceWork`), or when an article's work brings
 * them (`rememberSpans`: found while the article was read, maybe in another thread).
 */
const kept = new WeakMap<PreparedArticle, ArticleSpans>();

/** An article's raw actor spans, each sentence's, and the story actors they were found with (as JSON). */
export interface ArticleSpans {
  actors: string;
  spans: RawSpan[][];
}

type StoryActors = readonly NonNullable<StoryInput["actors"]>[number][];

const copy = (spans: readonly (readonly RawSpan[])[]): RawSpan[][] =>
  spans.map((sentence) => sentence.map((span) => ({ ...span })));

export function cachedArticleSpans(
  registry: ActorRegistry,
  articles: readonly PreparedArticle[],
  storyActors: StoryActors,
): RawSpan[][][] {
  const actors = JSON.stringify(storyActors);
  return articles.map((article) => {
    const known = kept.get(article);
    if (known && known.actors === actors) return copy(known.spans);
    const spans = findArticleSpans(registry, [article])[0] ?? [];
    if (keepingSentenceWork()) kept.set(article, { actors, spans: copy(spans) });
    return spans;
  });
}

/** The registry before discovery, for the last story actors asked about (a thread reads one story). */
let pristine: { actors: string; registry: ActorRegistry } | null = null;

/**
 * One article's raw spans, found on their own (as `cachedArticleSpans` would find them), for an
 * article read apart from its story: in a helper thread, or into the ArticleCache.
 */
export function articleSpans(article: PreparedArticle, storyActors: StoryActors): ArticleSpans {
  const actors = JSON.stringify(storyActors);
  if (pristine?.actors !== actors) pristine = { actors, registry: buildRegistry(storyActors) };
  return { actors, spans: findArticleSpans(pristine.registry, [article])[0] ?? [] };
}

/** Take spans found while the article was read; used only with the same story actors, never mutated. */
export function rememberSpans(article: PreparedArticle, spans: ArticleSpans): void {
  if (!kept.has(article)) kept.set(article, spans);
}
