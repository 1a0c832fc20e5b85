import type { RawSpan } from "./match";
import type { Mention, SentenceActors } from "./actors";
import { type PreparedArticle } from "../text";
import type { Quote } from "../schema";

/** Build the mentions of one sentence from its spans. */
export function toMentions(
  article: PreparedArticle,
  sentence: number,
  spans: readonly RawSpan[],
  quotes: readonly Quote[],
): SentenceActors {
  const seg = article.segmented.sentences[sentence];
  const tokens = seg?.tokens ?? [];
  const at = tokens.map(() => -1);
  const mentions: Mention[] = [];
  for (const span of spans) {
    const start = tokens[span.first]?.start ?? 0;
    const end = tokens[span.last]?.end ?? start;
    const quote = quotes.find((q) => q.start <= start && end <= q.end) ?? null;
    const demonym = span.form === "definite" ? span.actor : null;
    mentions.push({
      sentence,
      first: span.first,
      last: span.last,
      start,
      end,
      text: article.analysis.text.slice(start, end),
      actor: span.form === "definite" ? demonym : span.actor,
      form: span.form,
      head: span.head,
      plural: span.plural,
      quote: quote?.id ?? null,
      via: null,
      ...(span.form !== "pronoun" && tokens[span.last + 1]?.pos === "NOUN"
        ? { modifier: true }
        : {}),
    });
    for (let k = span.first; k <= span.last; k += 1) at[k] = mentions.length - 1;
  }
  return { index: sentence, tokens, mentions, at };
}
