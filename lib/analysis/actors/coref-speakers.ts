import type { ActorRegistry, SentenceActors } from "./actors";
import { type PreparedArticle } from "../text";
import { lookupName } from "./coref-names";
import type { Quote } from "../schema";

/** Resolve a speaker as written ("the official", "Tomas Berg") near its quote. */
export function resolveSpeaker(
  article: PreparedArticle,
  quote: Quote,
  sentences: readonly SentenceActors[],
  registry: ActorRegistry,
): string | null {
  const speaker = quote.speaker;
  if (!speaker) return null;
  const text = article.analysis.text;
  const from = Math.max(
    0,
    (article.segmented.sentences[quote.sentence - 1] ?? article.segmented.sentences[quote.sentence])
      ?.start ?? 0,
  );
  const to = Math.min(text.length, quote.end + 400);
  const region = text.slice(from, to);
  let best = -1;
  let bestDistance = Infinity;
  for (let k = region.indexOf(speaker); k >= 0; k = region.indexOf(speaker, k + 1)) {
    const at = from + k;
    if (at >= quote.start && at < quote.end) continue;
    const distance = at < quote.start ? quote.start - at : at - quote.end;
    if (distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  }
  if (best >= 0) {
    const end = best + speaker.length;
    // Only the sentences around the name can hold its mention: scanning every sentence per quote grew with the square of the article.
    const seg = article.segmented.sentences;
    // "Union leader Mark Dorsey", "White House spokesman Josh Earnest": a speaker written with the
    // body a person leads or speaks for holds two mentions, and the one who speaks is the person;
    // without a person among them, the first (a body: "the ministry's spokesman").
    let first: string | null = null;
    for (
      let s = firstSentenceEndingAfter(seg, best);
      s < sentences.length && (seg[s]?.start ?? Infinity) < end;
      s += 1
    ) {
      for (const m of sentences[s]?.mentions ?? []) {
        if (!m.actor || m.start >= end || m.end <= best || m.quote) continue;
        if (registry.actors.get(m.actor)?.kind === "person") return m.actor;
        first ??= m.actor;
      }
    }
    if (first) return first;
  }
  return lookupName(speaker, registry);
}

/** Index of the first sentence whose end is after `offset` (sentences are in text order), by binary search. */
function firstSentenceEndingAfter(sentences: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
