import {
  isSpeechVerb,
  isWordToken,
  negatedBefore,
  usable,
  windowAfter,
  windowBefore,
  type QuoteContext,
  type QuoteForm,
  type Window,
} from "../text";

import { appositiveClose } from "./named-apposition";
import { buildPersonRegistry } from "./names";
import { opensRelativeClause } from "./subjects";
import { type Speech, SpeakerFinder } from "./speakers";
import { coordinate, fromContext } from "./nearby-quotes";
import { governedSpeaker } from "./governed-speaker";
import { tagSurnames } from "./surnames";
import { nounForVerb, tagNounVerbs } from "./noun-for-verb";
import { closingInvertedClause } from "./inverted-clause";
import { reportAfter } from "./reporting-frame";
import { spokenByThing } from "./spoken-by-thing";
import { reportsOwnWords } from "./quote-adjacency";
import { lang } from "../lang";
import { tagPhrasalSpeech } from "./phrasal-verbs";
import { isEpithet } from "./epithet";
import { wordsOf } from "./words-of";
import { dashSigned } from "./dash-signed";

/** Who said a quote, and how that was found. */
export interface Attribution {
  speaker: string | null;
  /** E.g. "X said", "said X", "according to X", "previous sentence", "he → Tomas Berg". */
  attribution: string | null;
  /** Found in the quote's own sentence rather than from the sentences around it. */
  explicit: boolean;
  /** The speaker's party or organisation as the article states it. */
  affiliation: string | null;
  /** The quote is a name the speaker gives someone ("called Ruiz “The Iron Lady”"), epithet.ts. */
  epithet?: boolean;
}

const NONE: Attribution = { speaker: null, attribution: null, explicit: false, affiliation: null };

const tok = (ctx: QuoteContext, i: number) => ctx.tokens[i];

function fromSpeech(speech: Speech | null): Attribution | null {
  return speech
    ? {
        speaker: speech.speaker,
        attribution: speech.label,
        explicit: true,
        affiliation: speech.affiliation,
      }
    : null;
}

/** "“…,” Berg said", "“…,” said Berg", "“…,” according to X". */
function afterQuote(ctx: QuoteContext, finder: SpeakerFinder, q: number): Attribution | null {
  const span = ctx.spans[q];
  const at = ctx.spanTokens[q];
  if (!span || !at || at.close === null) return null;
  const w = windowAfter(ctx, q);
  let i = w.lo;
  while (i < w.hi && usable(ctx, w, i) && /^[,—–\-)]$/.test(tok(ctx, i)?.text ?? "")) i += 1;
  const first = tok(ctx, i);
  if (!first || !usable(ctx, w, i)) return null;
  // A quote inside a sentence with nothing setting it off, neither inside its marks nor after
  // them, modifies the next word ("what she called “sloppy” press reports"): "press
  // reports" is not "X reports".
  const opener = tok(ctx, at.open ?? -1);
  const before = tok(ctx, (at.open ?? 0) - 1);
  const opensSentence = !before || !opener || before.sentence !== opener.sentence;
  const closer = tok(ctx, at.close);
  const inside = closer ? (ctx.text[closer.start - 1] ?? "") : "";
  if (i === w.lo && !opensSentence && /[\p{L}\p{N}]/u.test(inside)) return null;
  // "“… attacks.” Berg said the threats …" starts a new sentence, not an attribution.
  if (
    /\.$/.test(ctx.text.slice(span.start, span.end)) &&
    /^\p{Lu}/u.test(first.text) &&
    !isSpeechVerb(first, true)
  )
    return null;
  if (first.normal === "according" && tok(ctx, i + 1)?.normal === "to") {
    const speaker = finder.accordingTo({ lo: i, hi: w.hi, level: w.level });
    return speaker
      ? { speaker, attribution: "according to X", explicit: true, affiliation: null }
      : null;
  }
  if (isSpeechVerb(first, true)) return fromSpeech(finder.speechAt(i));
  for (let v = i + 1; v < w.hi; v += 1) {
    const token = tok(ctx, v);
    if (!token || !usable(ctx, w, v)) return null;
    // "Ann Bell, lawyer for a group that sued, said": skip the appositive, whatever verbs it holds.
    const appositiveEnd = appositiveClose(ctx, w, i, v);
    if (appositiveEnd !== null) {
      v = appositiveEnd;
      continue;
    }
    // "one diplomat, who spoke on condition of anonymity, told Reuters": skip the relative clause.
    if (opensRelativeClause(ctx, v)) {
      let close = v + 2;
      while (close < w.hi && usable(ctx, w, close) && tok(ctx, close)?.text !== ",") close += 1;
      if (close >= w.hi || !usable(ctx, w, close)) return null;
      v = close;
      continue;
    }
    if (isSpeechVerb(token, true) || nounForVerb(ctx, v, true)) {
      // "“…!” Lopez replied that …": past a closed sentence, a verb with words of its own.
      if (/[?!]$/.test(ctx.text.slice(span.start, span.end)) && reportsOwnWords(ctx, v))
        return null;
      const speech = finder.speechAt(v);
      return speech && speech.subjectStart === i ? fromSpeech(speech) : null;
    }
    if (token.pos === "VERB" && /^\p{Ll}/u.test(token.text)) return null;
  }
  return null;
}

/** True when the words between a speech verb and a quote break the link ("said, dismissing the “…”"). */
function blocked(ctx: QuoteContext, w: Window, v: number): boolean {
  let words = 0;
  // Past a "that" the words are the clause the verb reports ("said … that she hoped for a big
  // turnout, which “will …”"): a relative clause inside it is still the speaker's, where one
  // after the verb's own clause ("…, which …") is as likely the outlet's comment.
  let reported = false;
  for (let k = v + 1; k < w.hi; k += 1) {
    const token = tok(ctx, k);
    if (!token || !usable(ctx, w, k)) continue;
    if (token.normal === "that" && token.pos === "SCONJ") reported = true;
    if (token.text === "," || token.text === ";") {
      let n = k + 1;
      while (n < w.hi && !usable(ctx, w, n)) n += 1;
      const next = tok(ctx, n);
      if (
        next &&
        n < w.hi &&
        next.pos === "VERB" &&
        !isSpeechVerb(next) &&
        /^\p{Ll}/u.test(next.text)
      )
        return true;
      if (
        next &&
        n < w.hi &&
        !reported &&
        next.pos === "PRON" &&
        lang.functionWords.whRelatives.has(next.normal)
      )
        return true;
    }
    if (isWordToken(token)) words += 1;
  }
  return words > 35;
}

/** "Berg said, “…”", "Mr. Berg called it a “…”", "…, saying “…”": the nearest speech verb before the quote. */
function beforeQuote(ctx: QuoteContext, finder: SpeakerFinder, q: number): Attribution | null {
  const w = windowBefore(ctx, q);
  let thing: Speech | null = null;
  for (let v = w.hi - 1; v >= w.lo; v -= 1) {
    const token = tok(ctx, v);
    if (!token || !usable(ctx, w, v)) continue;
    // ", Berg continued,": a verb used of speech only after a quote also speaks set off by commas.
    const aside = thing !== null && isSpeechVerb(token, true) && tok(ctx, v + 1)?.text === ",";
    if (!isSpeechVerb(token) && !aside && !nounForVerb(ctx, v, false)) continue;
    if (thing === null && blocked(ctx, w, v)) return null;
    // "Berg did not say “…”": words a subject does not say are not its own.
    if (negatedBefore(ctx.tokens, v, 3)) continue;
    const speech = finder.speechAt(v);
    if (!speech) continue;
    // "That idea, Berg continued, suggests … “…”": a thing that "suggests" speaks only
    // when no person speaks earlier in the sentence.
    if (thing !== null)
      return fromSpeech(speech.person !== null || speech.bareName ? speech : thing);
    if (!spokenByThing(ctx, speech)) return fromSpeech(speech);
    thing = speech;
  }
  return fromSpeech(thing);
}

/** A quote of up to this many words may be the outlet's wording rather than anyone's. */
const SHORT_PHRASE_WORDS = 4;

function explicit(
  ctx: QuoteContext,
  finder: SpeakerFinder,
  q: number,
  form: QuoteForm | undefined,
): Attribution | null {
  // "In the words of X, …": the words are X's, whatever verb or subject the clause has.
  const owned = wordsOf(ctx, finder, q);
  if (owned) return owned;
  // The parse decides when a speech verb governs the quote; a quote inside another verb's
  // argument ("accusing them of sowing “…”", "dismissing the “…”") is left to the window rules,
  // which know when such a verb's subject is the speaker and when the quote is a scare quote.
  const governed = governedSpeaker(ctx, finder, q);
  if (governed?.speech) return governed.found;
  const found =
    afterQuote(ctx, finder, q) ?? beforeQuote(ctx, finder, q) ?? dashSigned(ctx, finder, q);
  if (found) return found;
  // ", said Tom Beck." closing the quote's sentence, or "Ruiz shot back." after it, reports it.
  const inverted = fromSpeech(closingInvertedClause(ctx, finder, q) ?? reportAfter(ctx, finder, q));
  if (inverted) return inverted;
  // Failing those, the verb the parse found ("Ruiz blamed it on “reckless spending”"), unless
  // it is an aside that holds a short phrase ("Ruiz said, dismissing the “sad move” as …"):
  // the outlet's wording of what the speaker did, as likely as the speaker's own.
  const before = windowBefore(ctx, q);
  const short = (form?.words ?? 0) <= SHORT_PHRASE_WORDS;
  // "According to Bennett, the speech represents “a test”": a verb that does not speak gives way
  // to the source the sentence names for what it reports.
  const source = finder.accordingTo(before);
  if (source && governed && !governed.thinks)
    return { speaker: source, attribution: "according to X", explicit: true, affiliation: null };
  if (governed && !(short && governed.aside)) {
    // "In a statement, Ruiz blamed …": where the words were said, when the article says it.
    const statement = finder.inAStatement(before);
    return statement === governed.found.speaker
      ? { ...governed.found, attribution: "in a statement, X" }
      : governed.found;
  }
  const according =
    source ?? (ctx.spanTokens[q]?.close != null ? finder.accordingTo(windowAfter(ctx, q)) : null);
  if (according)
    return { speaker: according, attribution: "according to X", explicit: true, affiliation: null };
  const statement = finder.inAStatement(before);
  return statement
    ? { speaker: statement, attribution: "in a statement, X", explicit: true, affiliation: null }
    : null;
}

/** Attribute every quoted span of an article: explicit patterns first, then coordination, then context. */
export function attributeQuotes(ctx: QuoteContext, forms: QuoteForm[]): Attribution[] {
  const registry = buildPersonRegistry(ctx);
  const retagged = tagSurnames(ctx, registry) + tagNounVerbs(ctx) + tagPhrasalSpeech(ctx);
  // The registry reads the tokens' tags: read before retagging, it holds when no tag changed
  // (most articles), and is not built a second time.
  const finder = new SpeakerFinder(ctx, retagged === 0 ? registry : undefined);
  const result = ctx.spans.map((_, q) => explicit(ctx, finder, q, forms[q]) ?? { ...NONE });
  coordinate(ctx, result);
  fromContext(ctx, finder, forms, result);
  // A name a speaker gives someone is the speaker's words, whatever its capitals.
  result.forEach((found, q) => {
    if (
      found.speaker !== null &&
      found.explicit &&
      isEpithet(ctx, q, result[q - 1]?.epithet === true)
    )
      found.epithet = true;
  });
  // A speaker found without its mention ("according to X"): the affiliation the article states elsewhere.
  for (const found of result) {
    if (found.speaker !== null && found.affiliation === null)
      found.affiliation = finder.affiliationByName(found.speaker);
  }
  return result;
}
