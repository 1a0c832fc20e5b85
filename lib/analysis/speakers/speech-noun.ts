import { dependentOf, dependentsOf, hasRelation, headOf, phraseOf, type Parse } from "../syntax";
import { windowAround, type QuoteContext } from "../text";
import { agentSubject } from "./agent-phrase";
import { canSpeak } from "./can-speak";
import type { Subject } from "./noun-phrases";
import { headPastMarks, isPredicate, quoteHead, tok, type Region } from "./governor-parts";
import { parseUnit, type ParseUnit } from "./parse-units";
import type { Attribution } from "./quote-speaker";
import type { SpeakerFinder } from "./speakers";
import { lang } from "../lang";

/**
 * A quote set in a thing said rather than under a verb of saying: "Ruiz's claim is that the
 * board is a “rubber stamp”", "Hale's “free buses” promise", "in Berg's words, “…”", "Ruiz made
 * the point that the plan would be “a disaster”". The words are the claim's, the promise's, the
 * point's: said by whoever the noun belongs to (its possessor) or whoever makes it (the subject
 * of "make", "issue", "repeat" with the noun as object). Read off the quote's parse. A speech verb
 * over the quote wins, unless the quote is the thing's own words: its "that" clause or its name
 * ("Ruiz mocked Berg’s claim that the mayor “…”" quotes Berg).
 */

/**
 * How a quote sits in a thing said: in its "that" clause ("the claim that …"), as its name right
 * beside it ("the “free buses” promise"), as what a copula says it is ("X's claim is “…”"), after
 * "in X's words", or elsewhere under it.
 */
type NounLink = "content" | "name" | "predicate" | "words" | "under";

/** The links a speech verb over the quote does not override: the thing's own words. */
const OWN_WORDS: ReadonlySet<NounLink> = new Set(["content", "name"]);

/** How far up from the quote's head the speech noun may sit. */
const MAX_CLIMB = 6;

const isSpeechNoun = (ctx: QuoteContext, unit: ParseUnit, i: number) => {
  const token = tok(ctx, unit.first + i);
  return token !== undefined && token.pos === "NOUN" && lang.speech.speechNouns.has(token.lemma);
};

/** The case word of a nominal ("in" of "in X's words"). */
function caseWord(ctx: QuoteContext, unit: ParseUnit, i: number): string {
  const marker = dependentOf(unit.parse, i, "case");
  return marker === null ? "" : (tok(ctx, unit.first + marker)?.normal ?? "");
}

/**
 * The speech noun whose content or name the quote is (local index), with the word below it the
 * climb came from, or null.
 */
function speechNounOver(
  ctx: QuoteContext,
  unit: ParseUnit,
  region: Region,
  head: number,
): { noun: number; below: number; how: NounLink } | null {
  const { parse } = unit;
  const outside = (i: number) => i < region.lo || i > region.hi;
  let at = head;
  for (let steps = 0; steps < MAX_CLIMB; steps += 1) {
    // "Ruiz mocked Berg’s claim that the mayor “…”", parsed with the clause under the verb: the
    // speech noun right before its "that" is what the clause says.
    const mark = dependentOf(parse, at, "mark");
    if (
      mark !== null &&
      outside(mark - 1) &&
      tok(ctx, unit.first + mark)?.normal === "that" &&
      isSpeechNoun(ctx, unit, mark - 1)
    )
      return { noun: mark - 1, below: at, how: "content" };
    // "X's claim is that …", "X's slogan was “…”": the noun is the subject of a copula clause.
    if (dependentOf(parse, at, "cop") !== null) {
      const noun = dependentsOf(parse, at, "nsubj").find(
        (i) => outside(i) && isSpeechNoun(ctx, unit, i),
      );
      if (noun !== undefined) return { noun, below: at, how: "predicate" };
    }
    // "In X's words, “…”": the noun is an oblique of the quote's own clause.
    const words = dependentsOf(parse, at, "obl").find(
      (i) => outside(i) && isSpeechNoun(ctx, unit, i) && caseWord(ctx, unit, i) === "in",
    );
    if (words !== undefined && dependentOf(parse, words, "nmod:poss") !== null)
      return { noun: words, below: at, how: "words" };
    const up = headPastMarks(parse, region, at);
    if (up === null) return null;
    if (outside(up) && isSpeechNoun(ctx, unit, up)) {
      // Set right beside the noun ("Hale's “free buses” promise", "his phrase “…”"), the quote is
      // its name; further off it is something said about it.
      const beside = up === region.lo - 1 || up === region.hi + 1;
      return { noun: up, below: at, how: beside ? "name" : "under" };
    }
    // A clause of the outlet's own ("Ruiz rejected …") ends the climb: its verb holds the quote,
    // unless the clause is the content of a speech noun ("the point that the plan would …").
    if (outside(up) && isPredicate(parse, up)) {
      const above = headOf(parse, up);
      if (!hasRelation(parse, up, "ccomp", "acl") || above === null) return null;
      if (dependentOf(parse, up, "cop") !== null) {
        at = up;
        continue;
      }
      if (!isSpeechNoun(ctx, unit, above)) return null;
      const mark = dependentOf(parse, up, "mark");
      const that = mark !== null && tok(ctx, unit.first + mark)?.normal === "that";
      return { noun: above, below: up, how: that ? "content" : "under" };
    }
    at = up;
  }
  return null;
}

/** True when the last word of `speaker` is written in token i's paragraph or the one before, before i. */
function namedNear(ctx: QuoteContext, speaker: string, i: number): boolean {
  const last = speaker.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const paragraph = tok(ctx, i)?.paragraph ?? 0;
  for (let k = i - 1; k >= 0 && (tok(ctx, k)?.paragraph ?? -1) >= paragraph - 1; k -= 1)
    if (tok(ctx, k)?.normal === last) return true;
  return false;
}

/**
 * Who says speech noun n: its possessor, or the subject of the verb that makes it. `namedOnly`
 * (under a speech verb): only a possessor the sentence names ("Berg’s claim"), not one a pronoun
 * stands for nor the maker of the noun, which that verb's reading already weighs.
 */
function ownerOf(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  unit: ParseUnit,
  parse: Parse,
  n: number,
  below: number,
  namedOnly: boolean,
): Attribution | null {
  const { first } = unit;
  const noun = tok(ctx, first + n);
  if (!noun) return null;
  // The parse may hang the possessor on the quote set before the noun ("Hale's “…” promise").
  const owner =
    dependentOf(parse, n, "nmod:poss") ??
    (below < n ? dependentsOf(parse, below, "nmod:poss").find((i) => i < below) : null) ??
    null;
  if (owner !== null) {
    const token = tok(ctx, first + owner);
    if (!token) return null;
    if (token.pos === "PRON" || token.pos === "DET") {
      if (namedOnly) return null;
      // "his “…” plan": the person or group the possessive stands for; not when someone else
      // was just referred to as the object ("pressed him over his claim that …").
      const pronoun = lang.functionWords.possessiveToPronoun[token.normal];
      const object = pronoun === "he" ? "him" : pronoun === "she" ? "her" : "them";
      for (
        let k = first + owner - 1;
        k >= first && tok(ctx, k)?.sentence === token.sentence;
        k -= 1
      )
        if (tok(ctx, k)?.normal === object) return null;
      const found =
        pronoun === "he" || pronoun === "she" || pronoun === "they"
          ? finder.antecedent(pronoun, first + owner)
          : null;
      // A person for he and she (the article's resolver may offer a group).
      if (found && pronoun !== "they" && found.person === null) return null;
      // Named in this paragraph or the one before: a possessive does not reach further back.
      if (found && !namedNear(ctx, found.speaker, first + owner)) return null;
      return found
        ? {
            speaker: found.speaker,
            attribution: `${token.normal} ${noun.normal} → ${found.speaker}`,
            explicit: true,
            affiliation: found.affiliation ?? null,
          }
        : null;
    }
    if (!canSpeak(ctx, first + owner, true)) return null;
    // The possessor's own phrase, without its "'s" ("Sen. Ana Ruiz's", "the Valley Times’").
    const span = phraseOf(parse, owner);
    let end = span.end;
    while (
      end > owner + 1 &&
      lang.functionWords.possessiveMarks.has(tok(ctx, first + end - 1)?.normal ?? "")
    )
      end -= 1;
    const subject: Subject = {
      start: first + span.start,
      end: first + end,
      appositive: null,
      pronoun: false,
      documentFrom: false,
    };
    const speech = finder.speechWith(first + n, subject, "before", windowAround(ctx, first + n));
    return speech
      ? {
          speaker: speech.speaker,
          attribution: `X’s ${noun.normal}`,
          explicit: true,
          affiliation: speech.affiliation,
        }
      : null;
  }
  // "Ruiz made the point that …", "Hale issued a warning that …".
  if (namedOnly) return null;
  const verb = hasRelation(parse, n, "obj") ? headOf(parse, n) : null;
  if (verb === null || !lang.speech.speechNounVerbs.has(tok(ctx, first + verb)?.lemma ?? ""))
    return null;
  const maker = dependentsOf(parse, verb, "nsubj").find(
    (i) => !hasRelation(parse, i, "nsubj:pass"),
  );
  if (maker === undefined || !canSpeak(ctx, first + maker, true)) return null;
  const subject = agentSubject(ctx, {
    verb: first + verb,
    agent: first + maker,
    role: "subject",
    speech: true,
    direct: true,
    unit,
  });
  const speech = finder.speechWith(
    first + verb,
    subject,
    "before",
    windowAround(ctx, first + verb),
  );
  return speech
    ? {
        speaker: speech.speaker,
        attribution: `${speech.label} ${noun.normal}`,
        explicit: true,
        affiliation: speech.affiliation,
      }
    : null;
}

/** The speaker of quote q as the owner of the thing said it is set in, or null. */
export function speechNounSpeaker(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
  underSpeech = false,
): Attribution | null {
  const at = ctx.spanTokens[q];
  const span = ctx.spans[q];
  const s = at ? tok(ctx, at.open ?? at.first)?.sentence : undefined;
  if (!at || !span || s === undefined) return null;
  const unit = parseUnit(ctx, s);
  if (!unit) return null;
  const { first } = unit;
  const region: Region = {
    lo: Math.max(at.open ?? at.first, first) - first,
    hi: Math.min(at.close ?? at.last - 1, first + unit.length - 1) - first,
  };
  if (region.lo > region.hi) return null;
  // A quote alone in its sentence is in no thing said; its sentence is not parsed for it.
  let own = false;
  for (let i = 0; i < unit.length && !own; i += 1) {
    const token = tok(ctx, first + i);
    own = (i < region.lo || i > region.hi) && token?.depth === span.depth && token.pos === "NOUN";
  }
  if (!own) return null;
  const { parse } = unit;
  const top = quoteHead(parse, region);
  if (!top) return null;
  const found = speechNounOver(ctx, unit, region, top.head);
  if (!found || tok(ctx, first + found.noun)?.depth !== span.depth) return null;
  // Under a speech verb, only the thing's own words: "Ryan said Trump’s remarks were “…”" is Ryan's.
  if (underSpeech && !OWN_WORDS.has(found.how)) return null;
  return ownerOf(ctx, finder, unit, parse, found.noun, found.below, underSpeech);
}
