import { type ActorRegistry, findArticleSpans, type RawSpan } from "../actors";
import { keepingSentenceWork } from "../sentence-work";
import { type PreparedArticle } from "../text";

/**
 * Actor spans of each article, kept between analyses: an article's raw spans depend only on its
 * sentences and on the registry before discovery (the gazetteer and the story's own actors), so a
 * story analysed again with one article added (its other articles' PreparedArticle objects taken
 * from the ArticleCache) finds spans in the new article only. Discovery later writes actors into
 * spans, so each analysis gets its own copies and the kept ones stay as found. Kept only while
 * the analysis has an ArticleCache (see `keepingSentenceWork`).
 */
const kept = new WeakMap<PreparedArticle, { actors: string; spans: RawSpan[][] }>();

const copy = (spans: readonly (readonly RawSpan[])[]): RawSpan[][] =>
  spans.map((sentence) => sentence.map((span) => ({ ...span })));

export function cachedArticleSpans(
  registry: ActorRegistry,
  articles: readonly PreparedArticle[],
  storyActors: readonly unknown[],
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
