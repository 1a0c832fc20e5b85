import { dependentOf, hasRelation, isNegated } from "../syntax";
import { windowAround, type QuoteContext } from "../text";
import { agentSubject } from "./agent-phrase";
import { canSpeak } from "./can-speak";
import { isPredicate } from "./governor-parts";
import { isName } from "./noun-phrases";
import { parseUnit } from "./parse-units";
import type { Speech, SpeakerFinder } from "./speakers";
import { lang } from "../lang";

/**
 * A source introduced in the sentence that closes the paragraph before a run of quotes, with no
 * speech verb: "Ana Ruiz, a teacher, was angry about the vote. ¶ “It is a disgrace.” ¶ “…”".
 * The person the sentence is about (its main clause's subject, by name or as "he"/"she") is the
 * one the quotes that follow are from. A negated clause ("Ruiz did not attend") introduces no one.
 * With `namedOnly`, only a subject the sentence names (not "he"/"she").
 */
export function introducedSpeaker(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  s: number,
  namedOnly = false,
): Speech | null {
  const unit = parseUnit(ctx, s);
  if (!unit) return null;
  const { parse, first } = unit;
  const root = parse.heads.findIndex((head) => head < 0);
  if (root < 0 || !isPredicate(parse, root) || isNegated(parse, root)) return null;
  const subject = dependentOf(parse, root, "nsubj");
  if (subject === null || hasRelation(parse, subject, "nsubj:pass", "expl")) return null;
  const at = first + subject;
  const token = ctx.tokens[at];
  if (!token || token.depth > 0) return null;
  const person =
    (isName(ctx, at) && canSpeak(ctx, at, false)) ||
    (!namedOnly &&
      lang.functionWords.thirdPersonSubjects.has(token.normal) &&
      canSpeak(ctx, at, false));
  if (!person) return null;
  const verb = first + root;
  const phrase = agentSubject(ctx, {
    verb,
    agent: at,
    role: "subject",
    speech: false,
    direct: false,
    unit,
  });
  return finder.speechWith(verb, phrase, "before", windowAround(ctx, verb));
}
