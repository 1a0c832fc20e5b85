import type { Token } from "../text";
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
      ...(span.form === "pronoun" && isExpletiveIt(tokens, span.first) ? { expletive: true } : {}),
    });
    for (let k = span.first; k <= span.last; k += 1) at[k] = mentions.length - 1;
  }
  return { index: sentence, tokens, mentions, at };
}

/** How far after "it is" the clause it stands for may start: "it is not at all fair to say". */
const EXTRAPOSED_REACH = 5;

/**
 * True when the "it" at token i stands for a clause after its predicate: "it is wrong to imply",
 * "it's outrageous to misrepresent", "it was clear that": a form of "be" (after any auxiliaries,
 * negation and adverbs), a short predicate, then "to" before a verb or "that".
 */
export function isExpletiveIt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== "it") return false;
  let k = i + 1;
  let be = false;
  while (k < tokens.length && /^(?:AUX|PART|ADV)$/.test(tokens[k]?.pos ?? "")) {
    if (tokens[k]?.lemma === "be") be = true;
    k += 1;
  }
  if (!be) return false;
  for (let end = k + EXTRAPOSED_REACH; k < tokens.length && k < end; k += 1) {
    const t = tokens[k];
    if (!t) return false;
    if (t.normal === "that" && k > i + 2) return true;
    if (t.normal === "to" && tokens[k + 1]?.pos === "VERB") return true;
    if (!/^(?:ADJ|ADV|DET|NOUN|ADP|PART)$/.test(t.pos)) return false;
  }
  return false;
}
