import { lang } from "../lang";
import type { QuoteContext } from "../text";

/**
 * Speech verbs written with a particle ("Ruiz shot back, “…”", "Berg chimed in: “…”",
 * lang.speech.phrasalVerbs): the verb right before its particle, in one sentence, is retagged in
 * the quote context (a copy made for this article) with the two words as its lemma ("shoot
 * back"), a speech verb, so every rule that asks whether a verb speaks sees it. The verb alone
 * ("shot the ball", "hit the wall") keeps its own lemma. Returns how many tokens changed.
 */
export function tagPhrasalSpeech(ctx: QuoteContext): number {
  let changed = 0;
  ctx.tokens.forEach((token, i) => {
    if (token.pos !== "VERB" && token.pos !== "NOUN") return;
    const particles = lang.speech.phrasalVerbs.get(token.lemma);
    const next = ctx.tokens[i + 1];
    if (!particles || !next || next.sentence !== token.sentence || !particles.has(next.normal))
      return;
    // A noun only where the words can be nothing else: after a name or a pronoun ("Ruiz shot
    // back", not "took a shot back"), with a comma, a colon, a quote or the sentence's end after.
    const before = ctx.tokens[i - 1]?.pos ?? "";
    const after = ctx.tokens[i + 2]?.text ?? "";
    if (token.pos === "NOUN" && !(/^(?:PROPN|PRON)$/.test(before) && /^[,:“".]$/.test(after)))
      return;
    ctx.tokens[i] = { ...token, pos: "VERB", lemma: `${token.lemma} ${next.normal}` };
    changed += 1;
  });
  return changed;
}

/**
 * The verb a quote's opening stretch ends on: `v` itself, or the phrasal verb before it when `v`
 * is that verb's particle ("shot back, “…”": "shot").
 */
export function phrasalHead(ctx: QuoteContext, v: number): number {
  const particle = ctx.tokens[v];
  const lemma = ctx.tokens[v - 1]?.lemma ?? "";
  return particle && lemma.includes(" ") && lemma.endsWith(` ${particle.normal}`) ? v - 1 : v;
}
