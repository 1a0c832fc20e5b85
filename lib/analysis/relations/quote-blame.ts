import { type Mention, type SentenceActors } from "../actors";
import { type Token } from "../text";
import type { Candidate } from "./blame-patterns";
import { mentionAt, subjectOf, type QuoteOf } from "./clause-parts";
import { lookupMarked } from "./marked-words";
import { addresseeIn, addressesYou, type QuoteTargets } from "./quote-targets";
import type { Quote } from "../schema";
import { isAttributionVerb } from "./sources";
import { lang } from "../lang";
import { deniedPraise, hypothetical, negated, passive, reproach } from "./quote-hedges";

const MAX_DISTANCE = 25;
const PHRASE_STARTS = new Set(lang.criticism.criticalPhrases.map((p) => p.words[0] ?? ""));
/** The single critical words of both lists, for one look-up per form. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...lang.criticism.criticalWords,
  ...lang.criticism.mpqaNegative,
]);
/** The lexicon's strong negative words: a cheap test before the lexicon's own look-up, which runs only for them. */
const STRONG_NEGATIVE: ReadonlySet<string> = new Set(
  lang.lexicons.marked.find((l) => l.category === "strong negative subjective")?.words ?? [],
);

/** How a critical cue starts at token i: "word", "victim-after" (a noun or phrase whose object is the victim: "war on X"), or null. */
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
    // The completion belongs to the same clause.
    if (!token || /^[,;:.!?]$/.test(token.text)) return false;
    if (completions.some((words) => words.every((word, n) => tokens[k + n]?.normal === word)))
      return true;
  }
  return false;
}

/** True when token i starts a critical word or phrase. */
export function isCriticalAt(tokens: readonly Token[], i: number): boolean {
  return criticalCueAt(tokens, i) !== null;
}

/** A one-word name used as a modifier ("Catholic teaching"): it describes a thing, it is not who is criticised. */
function modifier(tokens: readonly Token[], m: Mention): boolean {
  return m.first === m.last && m.form !== "pronoun" && tokens[m.last + 1]?.pos === "NOUN";
}

/** True for a verb, or a participle used as one after an auxiliary ("is actually damaging", "has again mistaken"). */
function verbal(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (token.pos === "VERB") return true;
  if (token.pos !== "ADJ" || !/(?:ing|ed|en)$/.test(token.normal)) return false;
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k -= 1;
  return tokens[k]?.pos === "AUX";
}

/** True for a verb in the active voice: its own subject acts ("to undermine"), so an unnamed subject is no topic. */
function activeVerb(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.pos !== "VERB") return false;
  let k = i - 1;
  while (tokens[k]?.pos === "ADV") k -= 1;
  const before = tokens[k];
  return !(before && (before.lemma === "be" || before.lemma === "get"));
}

/** What the quote rules read beyond the sentence. */
export interface QuoteCriticismInput {
  sentence: SentenceActors;
  quoteOf: QuoteOf;
  /** The quotes overlapping the sentence. */
  quotes: readonly Quote[];
  speakerOf: (quote: string) => string | null;
  targets: QuoteTargets;
  /** Whether an implicit target (the article's topic) may be used: only when nothing else relates anyone here. */
  allowTopic: boolean;
}

/** A stand-in mention for an actor the sentence does not name (the accused of an implicit criticism). */
function implicitMention(sentence: number, actor: string): Mention {
  return {
    sentence: -1,
    first: -1,
    last: -1,
    start: 0,
    end: 0,
    text: "",
    actor,
    form: "name",
    head: null,
    plural: false,
    quote: null,
    via: `topic of sentence ${sentence}`,
  };
}

/** Criticism candidates in the quoted parts of one sentence: at most one per quote. */
export function quoteCriticism(input: QuoteCriticismInput): Candidate[] {
  const out: Candidate[] = [];
  for (const quote of input.quotes) {
    const candidate = criticismIn(input, quote);
    if (candidate) out.push(candidate);
  }
  return out;
}

function criticismIn(input: QuoteCriticismInput, quote: Quote): Candidate | null {
  const { sentence, quoteOf, targets } = input;
  const { tokens } = sentence;
  const speaker = input.speakerOf(quote.id);
  const self = (m: Mention | null): boolean =>
    !!m &&
    (lang.functionWords.firstPerson.has(m.text.toLowerCase()) ||
      (m.actor !== null && m.actor === speaker));
  const cues: number[] = [];
  const victimAfter = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    if (quoteOf(i) !== quote.id) continue;
    const denied = deniedPraise(tokens, i) || reproach(tokens, i);
    const kind = denied ? "word" : criticalCueAt(tokens, i);
    // "nothing wrong", "not bad": negated, no criticism; "if you do wrong": anyone's conduct, nobody's.
    if (!kind || (!denied && negated(tokens, i)) || hypothetical(tokens, i)) continue;
    // "I used the wrong words": the speaker judging itself.
    const predicate = verbal(tokens, i) || tokens[i]?.pos === "ADJ";
    if (predicate && !passive(tokens, i) && self(subjectOf(sentence, i, quoteOf))) continue;
    cues.push(i);
    if (kind === "victim-after") victimAfter.add(i);
  }
  const first = cues[0];
  if (first === undefined) return null;
  const found = (cue: number, m: Mention, implicit = false): Candidate => {
    const head = targets.administration(m);
    const accused = head ? { ...m, actor: head, via: `${m.text} → head of government` } : m;
    return {
      kind: "criticises",
      cue: [cue],
      accuser: undefined,
      accused: [accused],
      matter: null,
      implicit,
      bySpeaker: true,
    };
  };
  const fits = (m: Mention | null): m is Mention =>
    !!m &&
    m.quote === quote.id &&
    !lang.functionWords.firstPerson.has(m.text.toLowerCase()) &&
    !modifier(tokens, m) &&
    targets.eligible(targets.administration(m) ?? m.actor, speaker);
  for (const cue of cues) {
    // 1. A critical verb's own subject: "the governor is damaging the schools".
    if (verbal(tokens, cue)) {
      const subject = subjectOf(sentence, cue, quoteOf);
      if (fits(subject) && subject.form !== "pronoun") return found(cue, subject);
    }
    // 2. The named actor nearest the critical word, preferring one before it ("Brandt's remarks were unfair").
    const nearest = nearestMention(sentence, cue, fits, victimAfter.has(cue));
    if (nearest) return found(cue, nearest);
  }
  // 3. "you"/"your": the addressee the attribution names ("X told Y", "a letter to Y").
  if (addressesYou(sentence, quoteOf, quote.id)) {
    const addressee = addresseeIn(sentence, quoteOf);
    if (addressee && targets.eligible(addressee.actor, speaker)) return found(first, addressee);
  }
  // 4. A partial quote completes a clause outside it: what it calls so ("called Okafor's remarks “…”"), else the clause's subject.
  if (quote.kind === "partial") {
    const { named, subject } = completedClause(sentence, quoteOf, quote.id);
    const eligible = (m: Mention | null): m is Mention =>
      !!m && m.form !== "pronoun" && !self(m) && targets.eligible(m.actor, speaker);
    if (eligible(named)) return found(first, named);
    // "the mayor has admitted he had a “rough week”": the speaker's own clause; nobody else is meant.
    if (self(subject)) return null;
    if (eligible(subject)) return found(first, subject);
  }
  // 5. Nobody named: the article's topic, if the sentence relates nobody else and the cue is no active verb with a subject of its own.
  if (!input.allowTopic || !speaker || activeVerb(tokens, first)) return null;
  const topic = targets.topicFor(speaker);
  return topic ? found(first, implicitMention(sentence.index, topic), true) : null;
}

/** The eligible mention nearest token i in the quote; one before i wins over one as far after it. */
function nearestMention(
  sentence: SentenceActors,
  i: number,
  fits: (m: Mention) => boolean,
  beforeOnly: boolean,
): Mention | null {
  let best: Mention | null = null;
  let bestDistance = Infinity;
  for (const m of sentence.mentions) {
    if (!m.actor || !fits(m)) continue;
    // "accusations against Ruritania": the one defended, not the one criticised.
    if (sentence.tokens[m.first - 1]?.normal === "against") continue;
    // "war on religion", "at war with people of faith": what follows is the victim.
    if (beforeOnly && m.last >= i) continue;
    const distance = m.last < i ? i - m.last : (m.first - i) * 2;
    if (distance < bestDistance && distance <= MAX_DISTANCE) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The clause a partial quote completes, read outside the quote: the nearest
 * mention before the quote in that clause ("called Okafor's remarks “…”",
 * "said Okafor's remarks were “…”"), and the subject of its verb ("the mayor
 * has given the city “…”"); no subject for a speech verb (that is the
 * speaker).
 */
function completedClause(
  sentence: SentenceActors,
  quoteOf: QuoteOf,
  quote: string,
): { named: Mention | null; subject: Mention | null } {
  const { tokens } = sentence;
  const none = { named: null, subject: null };
  const open = tokens.findIndex((_, k) => quoteOf(k) === quote);
  if (open <= 0) return none;
  const outside: QuoteOf = (k) => (quoteOf(k) === quote ? null : quoteOf(k));
  let named: Mention | null = null;
  for (let k = open - 1; k >= 0 && k >= open - 8; k -= 1) {
    const token = tokens[k];
    if (!token || quoteOf(k) || /^[,;:]$/.test(token.text)) return { named, subject: null };
    const m = mentionAt(sentence, k);
    if (m && !named && m.form !== "pronoun") named = m;
    if (token.pos !== "VERB") continue;
    if (isAttributionVerb(token)) return { named, subject: null };
    return { named, subject: subjectOf(sentence, k, outside) };
  }
  return { named, subject: null };
}
