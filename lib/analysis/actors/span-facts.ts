import { lang } from "../lang";
import { keepingSentenceWork } from "../sentence-work";
import { type PreparedArticle, type Token } from "../text";
import type { RawSpan } from "./match";

const PARTY_AFTER = /^\s*[,(]\s*(?:([DR])\s*-|(?:a\s+)?(Democrat|Republican)\b)/;

/** Placing titles: "Secretary of State X" → the United States, checked on the title words. */
function placedByTitle(title: string): string | null {
  for (const [phrase, actor] of lang.gazetteer.placingTitles)
    if (title.includes(phrase)) return actor;
  return null;
}

function isActive(tokens: readonly Token[], span: RawSpan): boolean {
  if (lang.functionWords.placePrepositions.has(tokens[span.first - 1]?.normal ?? "")) return false;
  let k = span.last + 1;
  while (tokens[k]?.pos === "ADV") k += 1;
  const next = tokens[k];
  return (!!next && next.pos === "VERB") || tokens[span.first - 1]?.normal === "by";
}

/** What a name span says of its actor by itself: whom it is placed with, and whether it acts. */
export interface SpanFacts {
  placed: string | null;
  active: boolean;
}

/**
 * The facts of an article's name spans, in text order. They depend on the article and its spans
 * alone, so while analyses keep their work (an ArticleCache) they are kept with the article and
 * reused for the same spans (a grown story's old articles); discovery then only groups names.
 */
const keptFacts = new WeakMap<PreparedArticle, { spans: string; facts: SpanFacts[] }>();

export function nameSpanFacts(
  article: PreparedArticle,
  spans: readonly (readonly RawSpan[])[],
): SpanFacts[] {
  const named: { span: RawSpan; tokens: readonly Token[] }[] = [];
  spans.forEach((list, s) => {
    const sentence = article.segmented.sentences[s];
    for (const span of list)
      if (span.form === "name" && span.name && sentence)
        named.push({ span, tokens: sentence.tokens });
  });
  const key = JSON.stringify(
    named.map(({ span }) => [span.first, span.last, span.name, span.title, span.represents]),
  );
  const known = keptFacts.get(article);
  if (known?.spans === key) return known.facts;
  const facts = named.map(({ span, tokens }) => {
    const lastToken = tokens[span.last];
    const after = article.analysis.text.slice(lastToken?.end ?? 0, (lastToken?.end ?? 0) + 24);
    const party = PARTY_AFTER.exec(after);
    const placed =
      span.represents ??
      placedByTitle(span.title) ??
      (party
        ? party[1] === "D" || party[2] === "Democrat"
          ? "democratic-party"
          : "republican-party"
        : null);
    return { placed, active: isActive(tokens, span) };
  });
  if (keepingSentenceWork()) keptFacts.set(article, { spans: key, facts });
  return facts;
}
