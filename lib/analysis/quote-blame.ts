import type { Mention, SentenceActors } from "./actors";
import { CRITICAL_NOUNS_WITH, CRITICAL_WORDS } from "./blame-cues";
import type { Candidate } from "./blame-patterns";
import type { QuoteOf } from "./clause-parts";
import { lookupMarked } from "./lexicon";

/**
 * Criticism inside quotes: a quoted sentence with an evaluative word
 * ("offensive", "failure", "war on …") that names another actor is that
 * speaker criticising that actor ("Todd Akin's comments were offensive and
 * wrong", said Romney). The accuser is the quote's speaker (blame.ts), the
 * accused the named actor nearest the evaluative word; a quote that names
 * nobody but its speaker yields nothing, as guessing the target would.
 */

const FIRST_PERSON = new Set(["i", "me", "my", "we", "our", "us"]);
const MAX_DISTANCE = 25;

function isCritical(normal: string, lemma: string, next: string): boolean {
  if (CRITICAL_WORDS.has(normal) || CRITICAL_WORDS.has(lemma)) return true;
  if (CRITICAL_NOUNS_WITH.get(lemma)?.has(next)) return true;
  return lookupMarked(normal, lemma)?.category === "strong negative subjective";
}

/** Criticism candidates in the quoted parts of one sentence. */
export function quoteCriticism(
  sentence: SentenceActors,
  quoteOf: QuoteOf,
  speakerOf: (quote: string) => string | null,
  mediaIds: ReadonlySet<string>,
): Candidate[] {
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const quote = quoteOf(i);
    if (!token || !quote || !isCritical(token.normal, token.lemma, tokens[i + 1]?.normal ?? "")) continue;
    const speaker = speakerOf(quote);
    let best: Mention | null = null;
    let bestDistance = Infinity;
    for (const m of sentence.mentions) {
      if (m.quote !== quote || !m.actor || m.actor === speaker || mediaIds.has(m.actor)) continue;
      // "accusations against Iran": the one defended, not the one criticised.
      if (tokens[m.first - 1]?.normal === "against") continue;
      if (FIRST_PERSON.has(m.text.toLowerCase())) continue;
      // The actor before the evaluative word is usually its subject ("Todd Akin's comments were offensive"): prefer it.
      const distance = m.last < i ? i - m.last : (m.first - i) * 2;
      if (distance < bestDistance && distance <= MAX_DISTANCE) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best) return [{ kind: "criticises", cue: [i], accuser: undefined, accused: [best], matter: null }];
  }
  return [];
}
