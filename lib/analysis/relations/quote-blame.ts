import { type Mention } from "../actors";
import { type Token } from "../text";
import { relationOf } from "../syntax";
import type { Quote } from "../schema";
import { lookupMarked } from "./marked-words";
import { type Parsed, type Party } from "./parse-parties";
import { targetOf } from "./evaluative-targets";
import type { Candidate } from "./pattern-parts";
import { deniedPraise, reproach } from "./quote-hedges";
import { addresseeIn, addressesYou, type QuoteTargets } from "./quote-targets";
import { lang } from "../lang";

/**
 * Criticism read from a quote's evaluative words ("Brandt's remarks were unfair", "the governor
 * has failed", "his war on coal"), aimed where the grammar points: the subject of a critical
 * predicate, the owner of a criticised thing, the author a noun names ("failure by X"), the
 * subject of the verb whose object a critical word describes ("he did the wrong thing"), or the
 * addressee of "you". A word whose target is a thing or nobody relates no one: no nearest name,
 * no article topic. The accuser is the quote's speaker.
 */

const PHRASE_STARTS = new Set(lang.criticism.criticalPhrases.map((p) => p.words[0] ?? ""));
/** The project's cue words and MPQA's: judgements of conduct. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...lang.criticism.criticalWords,
  ...lang.criticism.mpqaNegative,
]);
/** The lexicon's strong negative words: a cheap test before the lexicon's own look-up. */
const STRONG_NEGATIVE: ReadonlySet<string> = new Set(
  lang.lexicons.marked.find((l) => l.category === "strong negative subjective")?.words ?? [],
);

/** How a critical cue starts at token i: "word", "victim-after" (its object is the victim: "war on X"), or null. */
export function criticalCueAt(tokens: readonly Token[], i: number): "word" | "victim-after" | null {
  const token = tokens[i];
  if (!token) return null;
  const { normal, lemma } = token;
  if (PHRASE_STARTS.has(normal)) {
    for (const phrase of lang.criticism.criticalPhrases) {
      if (!phrase.words.every((word, k) => tokens[i + k]?.normal === word)) continue;
      const before = tokens[i - 1];
      if (
        phrase.modified &&
        !(before && (before.pos === "ADJ" || lang.functionWords.possessiveMarks.has(before.normal)))
      )
        continue;
      return /^(?:on|with|against)$/.test(phrase.words[phrase.words.length - 1] ?? "")
        ? "victim-after"
        : "word";
    }
  }
  if (lang.criticism.criticalNounsWith.get(lemma)?.has(tokens[i + 1]?.normal ?? ""))
    return "victim-after";
  if (token.pos === "VERB" && harms(tokens, i, lemma)) return "victim-after";
  if (CUE_WORDS.has(normal) || CUE_WORDS.has(lemma)) return "word";
  if (!STRONG_NEGATIVE.has(normal) && !STRONG_NEGATIVE.has(lemma)) return null;
  // A word listed in an earlier category too ("fail", an implicative verb) is not read as criticism.
  return lookupMarked(normal, lemma)?.category === "strong negative subjective" ? "word" : null;
}

/** How far after a common verb its harming completion may start: "cut $716 billion from". */
const COMPLETION_REACH = 6;

/** True for a verb of harm, or a common verb with its harming completion ("cut … from", "end … as we know it"). */
function harms(tokens: readonly Token[], i: number, lemma: string): boolean {
  if (lang.criticism.harmVerbs.has(lemma)) return true;
  const completions = lang.criticism.harmCompletions.get(lemma);
  if (!completions) return false;
  for (let k = i + 1; k <= i + COMPLETION_REACH; k += 1) {
    const token = tokens[k];
    if (!token || /^[,;:.!?]$/.test(token.text)) return false;
    if (completions.some((words) => words.every((word, n) => tokens[k + n]?.normal === word)))
      return true;
  }
  return false;
}

/** How many words the critical phrase starting at token i has (1 for a single word). */
function phraseLength(tokens: readonly Token[], i: number): number {
  if (!PHRASE_STARTS.has(tokens[i]?.normal ?? "")) return 1;
  for (const phrase of lang.criticism.criticalPhrases)
    if (phrase.words.every((word, k) => tokens[i + k]?.normal === word)) return phrase.words.length;
  return 1;
}

/** True when token i starts a critical word or phrase. */
export function isCriticalAt(tokens: readonly Token[], i: number): boolean {
  return criticalCueAt(tokens, i) !== null;
}

/** What the quote rules read beyond the parsed sentence. */
export interface QuoteCriticismInput {
  p: Parsed;
  /** The quotes overlapping the sentence. */
  quotes: readonly Quote[];
  speakerOf: (quote: string) => string | null;
  targets: QuoteTargets;
}

/** True for a party the speaker may not be criticising: itself ("I", "we"), its own body, a medium. */
function excluded(party: Party, speaker: string | null, targets: QuoteTargets): boolean {
  const m = party.mention;
  if (lang.functionWords.firstPerson.has(m.text.toLowerCase())) return true;
  const actor = targets.administration(m) ?? m.actor;
  return !targets.eligible(actor, speaker);
}

/** Criticism candidates in the quoted parts of one sentence: at most one per quote. */
export function quoteCriticism(input: QuoteCriticismInput): Candidate[] {
  const out: Candidate[] = [];
  for (const quote of input.quotes) {
    if (quote.kind === "scare") continue;
    const candidate = criticismIn(input, quote);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** True when the quote says "you" and the attribution names an addressee the speaker may criticise. */
function addresseeFits(input: QuoteCriticismInput, quote: string, speaker: string | null): boolean {
  const { p, targets } = input;
  if (!addressesYou(p.sentence, p.quoteOf, quote)) return false;
  const addressee = addresseeIn(p.sentence, p.quoteOf);
  return !!addressee && targets.eligible(addressee.actor, speaker);
}

function criticismIn(input: QuoteCriticismInput, quote: Quote): Candidate | null {
  const { p, targets } = input;
  const { tokens } = p.sentence;
  const speaker = input.speakerOf(quote.id);
  // Pre-test (pre-tests.ts): a target is one of the sentence's mentions the speaker may criticise,
  // or the addressee of "you"; with neither, nothing below can be kept, and the parse is not read.
  if (
    !p.sentence.mentions.some((m) => !excluded({ mention: m, link: "role" }, speaker, targets)) &&
    !addresseeFits(input, quote.id, speaker)
  )
    return null;
  let first: number | null = null;
  for (let i = 0; i < tokens.length; i += 1) {
    if (p.quoteOf(i) !== quote.id) continue;
    const negation = reproach(tokens, i);
    const asks = negation >= 0;
    const denied = deniedPraise(tokens, i);
    if (!asks && !denied && !criticalCueAt(tokens, i)) continue;
    // "a disaster relief fund": a modifier in a noun compound is no verdict on anyone.
    if (!asks && relationOf(p.parse, i) === "compound") continue;
    first ??= i;
    const found = targetOf(p, i, phraseLength(tokens, i), negation);
    const parties = found.parties
      .filter((party) => !excluded(party, speaker, targets))
      .map((party) => {
        const head = targets.administration(party.mention);
        const mention: Mention = head
          ? { ...party.mention, actor: head, via: `${party.mention.text} → head of government` }
          : party.mention;
        return { ...party, mention };
      });
    // The speaker judging itself ("I used the wrong words") criticises no one else.
    if (found.parties.length > 0 && parties.length === 0) continue;
    if (parties.length === 0) continue;
    const word = tokens[i]?.text ?? "";
    const listed = CUE_WORDS.has(tokens[i]?.normal ?? "") || CUE_WORDS.has(tokens[i]?.lemma ?? "");
    return {
      kind: "criticises",
      cue: [i],
      accuser: undefined,
      accused: parties,
      matter: null,
      // The lexicon's general negative words judge less surely than the listed words of conduct.
      strength: found.strength * (listed || asks || denied ? 1 : 0.85),
      // Denied praise carries its own negation, and a reproachful question asks nothing.
      predicate: asks || denied ? null : i,
      basis: `quoted “${word}”: ${found.how}`,
      bySpeaker: true,
    };
  }
  // "you"/"your": the addressee the attribution names ("X told Y", "a letter to Y").
  if (first !== null && addresseeFits(input, quote.id, speaker)) {
    const addressee = addresseeIn(p.sentence, p.quoteOf);
    if (addressee)
      return {
        kind: "criticises",
        cue: [first],
        accuser: undefined,
        accused: [{ mention: addressee, link: "role" }],
        matter: null,
        strength: 0.5,
        predicate: first,
        basis: `quoted “${tokens[first]?.text ?? ""}”: said to “you”, the one addressed`,
        bySpeaker: true,
      };
  }
  return null;
}
