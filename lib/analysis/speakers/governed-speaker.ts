import { isParticiple, windowAround, type QuoteContext } from "../text";
import { agentSubject } from "./agent-phrase";
import { quoteGovernor } from "./governor";
import { isClauseVerb } from "./governor-thinking";
import { speechNounSpeaker } from "./speech-noun";
import type { Subject } from "./noun-phrases";
import type { Attribution } from "./quote-speaker";
import type { Form, SpeakerFinder } from "./speakers";
import { lang } from "../lang";

/**
 * A quote's speaker as its sentence's grammar gives it (governor.ts): the one who says, writes,
 * calls, thanks or praises it. A verb that is not a speech verb gives a speaker only when its
 * subject can speak (a person, a group, a document; not "the plan", not a place), and one that
 * holds the quote only deep inside its object ("blocked his “common-sense” laws") gives it as
 * uncertain.
 */

/** The label of how the speaker was found: "X said", "said X", "X … saying", "according to X". */
function formOf(ctx: QuoteContext, subject: Subject, verb: number): Form {
  if (subject.start > verb) return "after";
  // "Ruiz said", "Ruiz, a lawyer, has also said": only an appositive, auxiliaries and adverbs
  // between; "the official as saying" is read across the clause.
  const end = Math.max(subject.end, subject.appositive?.end ?? 0);
  let between = true;
  for (let i = end; i < verb && between; i += 1)
    between = /^(?:AUX|ADV|PUNCT|PART)$/.test(ctx.tokens[i]?.pos ?? "");
  if (between && end >= verb - 3) return "before";
  // "Ruiz, a lawyer who …, said": an aside set off by commas between the name and the verb.
  const aside = ctx.tokens[subject.end]?.text === "," && ctx.tokens[verb - 1]?.text === ",";
  return aside ? "before" : "clause";
}

/** The speaker the parse gives quote q, or null when it gives none. */
export function governedSpeaker(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
): { found: Attribution; speech: boolean; aside: boolean; thinks?: boolean } | null {
  const governor = quoteGovernor(ctx, q);
  // "Ruiz's claim is that …", "Hale's “…” promise", "Ruiz made the point that …": with no
  // speech verb over the quote, the one whose thing said it is set in (speech-noun.ts). Given
  // as a verb that does not speak, so the window rules have their turn first.
  // Under a speech verb too, a thing said that someone owns by name keeps its words: "Ruiz mocked
  // Berg’s claim that the mayor “founded the gang”" quotes Berg, not Ruiz.
  // It then answers as the speech verb would have, before the window rules.
  const spoken = governor?.speech === true;
  const owned = speechNounSpeaker(ctx, finder, q, spoken);
  if (owned) return { found: owned, speech: spoken, aside: false };
  if (!governor) return null;
  const subject = agentSubject(ctx, governor);
  // A verb that speaks of someone has its object after it, never its subject ("…, star of
  // “Night Shift,” thanked Ruiz for “…”": a parse misled by the quote marks).
  const lemma = ctx.tokens[governor.verb]?.lemma ?? "";
  if (subject.start > governor.verb && lang.speech.judgingVerbs.has(lemma)) return null;
  const speech = finder.speechWith(
    governor.verb,
    subject,
    formOf(ctx, subject, governor.verb),
    windowAround(ctx, governor.verb),
  );
  if (!speech) return null;
  const label = governor.role === "according" ? "according to X" : speech.label;
  const uncertain = !governor.speech && !governor.direct;
  const found: Attribution = {
    speaker: speech.speaker,
    attribution: uncertain ? `${label} (uncertain)` : label,
    explicit: true,
    affiliation: speech.affiliation,
  };
  // "Ruiz said, dismissing the “…”": a participle set off by a comma tells what the speaker did;
  // but the phrase it puts on someone ("…, dismissing Beck as “a bitter clerk”") is the speaker's.
  const verb = ctx.tokens[governor.verb];
  const aside =
    verb !== undefined &&
    isParticiple(verb) &&
    ctx.tokens[governor.verb - 1]?.text === "," &&
    !namedAs(ctx, q);
  // A verb of thinking ("Ruiz worried that …"): the words are the thinker's, whoever reports them.
  const thinks =
    !governor.speech && isClauseVerb(ctx, governor.unit, governor.verb - governor.unit.first);
  return { found, speech: governor.speech, aside, thinks };
}

/**
 * True when "as" (with an article) comes right before the quote: "dismissing Beck as “…”", the
 * phrase a verb's subject puts on someone, not the object the verb acts on.
 */
function namedAs(ctx: QuoteContext, q: number): boolean {
  let k = (ctx.spanTokens[q]?.open ?? 0) - 1;
  if (/^(?:a|an)$/.test(ctx.tokens[k]?.normal ?? "")) k -= 1;
  return ctx.tokens[k]?.normal === "as";
}
