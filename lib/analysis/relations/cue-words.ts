import { sentenceMemo } from "../sentence-work";
import type { Token } from "../text";
import { lang } from "../lang";
import { TRIGGERS } from "./blame-patterns";
import type { QuoteOf } from "./clause-parts";
import { criticalCueAt } from "./quote-blame";
import { deniedPraise, reproach } from "./quote-hedges";

/** Trigger words as written and with a plural "s" ("threats"): matched as they are, so no word is cut per token. */
const TRIGGER_FORMS: ReadonlySet<string> = new Set([
  ...TRIGGERS,
  ...[...TRIGGERS].map((word) => `${word}s`),
]);

/** The first words of the no-role phrases: only a token that starts one is compared with them. */
const NO_ROLE_STARTS: ReadonlySet<string> = new Set(
  lang.blame.noRolePhrases.map((phrase) => phrase[0] ?? ""),
);

/** True when a cue reader may fire at token i: a cue word, or the start of a no-role phrase ("had nothing to do with"). */
function triggersAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (TRIGGER_FORMS.has(t.normal) || TRIGGERS.has(t.lemma)) return true;
  // "harsh words for Y": a word of speech is a cue only with an adjective of harshness before it.
  if (
    lang.blame.harshSpeechNouns.has(t.lemma) &&
    [tokens[i - 1], tokens[i - 2]].some((w) => !!w && lang.blame.harshAdjectives.has(w.normal))
  )
    return true;
  if (!NO_ROLE_STARTS.has(t.normal)) return false;
  return lang.blame.noRolePhrases.some(
    (phrase) => phrase[0] === t.normal && phrase.every((w, k) => tokens[i + k]?.normal === w),
  );
}

/** Words that make criticism when quoted: a critical word, a reproachful question, denied praise. */
const criticalAt = (tokens: readonly Token[], i: number): boolean =>
  criticalCueAt(tokens, i) !== null || reproach(tokens, i) >= 0 || deniedPraise(tokens, i);

/**
 * Where a sentence's words may start a blame reading: its cue words (`triggersAt`), and, worked
 * out only for sentences with quotes, the words that make criticism when quoted. Both depend on
 * the tokens alone, so they are kept with the sentence (see sentence-work.ts): a grown story scans
 * only its new article.
 */
export const cueWords = sentenceMemo((tokens) => {
  const cues: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) if (triggersAt(tokens, i)) cues.push(i);
  return { tokens, cues, critical: null as number[] | null };
});

/** True when a quote in the sentence holds a critical word, a reproachful question or denied praise. */
export function criticalQuote(words: ReturnType<typeof cueWords>, quoteOf: QuoteOf): boolean {
  if (!words.critical) {
    const { tokens } = words;
    // Filled once, the same for every reader: the list depends on the tokens alone.
    words.critical = [];
    for (let i = 0; i < tokens.length; i += 1) if (criticalAt(tokens, i)) words.critical.push(i);
  }
  return words.critical.some((i) => quoteOf(i));
}
