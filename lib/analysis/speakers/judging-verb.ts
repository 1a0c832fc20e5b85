import { usable, type QuoteContext, type Window } from "../text";
import { canSpeak } from "./can-speak";
import { phraseStartingAt } from "./noun-phrases";
import { lang } from "../lang";

/**
 * A verb that speaks of someone ("credited", "ripped", "knocked", lang/en JUDGING_VERBS) reports
 * speech only with someone or something said as its object: "Ruiz ripped the mayor for …",
 * "knocked a statement by …". With a thing, or no object, it is an ordinary verb ("the storm
 * ripped the roof off", "police knocked on the door"). True for every other verb.
 */
export function judgesSomeone(ctx: QuoteContext, w: Window, v: number): boolean {
  const verb = ctx.tokens[v];
  if (!verb || !lang.speech.judgingVerbs.has(verb.lemma)) return true;
  let i = v + 1;
  // "ripped into the mayor": the object after a particle.
  if (ctx.tokens[i]?.normal === "into") i += 1;
  if (!usable(ctx, w, i)) return false;
  const next = ctx.tokens[i];
  if (next?.pos === "PRON") return canSpeak(ctx, i, false);
  const end = phraseStartingAt(ctx, w, i);
  if (end === null || end <= i) return false;
  const head = ctx.tokens[end - 1];
  if (!head) return false;
  return (
    lang.speech.speechNouns.has(head.lemma) ||
    lang.speech.documentNouns.has(head.lemma) ||
    canSpeak(ctx, end - 1, false)
  );
}
