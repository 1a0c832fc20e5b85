import type { Mention, SentenceActors } from "./actors";
import {
  ACCUSATION_NOUNS, ACCUSE_VERBS, BLAME_VERBS, BLAMING_POSSESSED, CAUSE_VERBS, CLAIM_NOUNS, CLAIM_VERBS, CRITICISING_POSSESSED,
  CRITICISE_PHRASES, CRITICISE_VERBS, CRITICISM_NOUNS, DENIAL_OBJECTS, FALSE_WORDS, HARM_NOUNS,
  HOLD_ADJECTIVES, NAMING_VERBS, NO_ROLE_PHRASES, POINT_VERBS, REJECT_VERBS, THREAT_NOUNS,
} from "./blame-cues";
import { findWord, mentionAt, mentionsFrom, negatedBefore, phraseEnd, type QuoteOf, spanText, subjectOf } from "./clause-parts";
import type { Token } from "./nlp";
import type { BlameKind } from "./schema";

/**
 * The cue patterns of blame, one function per family. Each reads one
 * sentence around a cue word and returns candidate relations; blame.ts
 * resolves accusers (frames, quotes), voice and duplicates.
 */

/** A candidate relation before accuser resolution. */
export interface Candidate {
  kind: BlameKind;
  /** Cue token indices (for cue spans and the cue text). */
  cue: number[];
  /** The accuser as the clause names it; undefined: take the frame's source or the quote's speaker. */
  accuser: Mention | undefined;
  accused: Mention[];
  matter: string | null;
  /** For rejections: find the claim's owner among the sentence's actors when no owner is named. */
  ownerFallback?: boolean;
}

export interface PatternInput {
  sentence: SentenceActors;
  text: string;
  quoteOf: QuoteOf;
}

const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "am", "'s", "'re"]);
const FOR_OF = new Set(["for", "of", "over"]);
const FOR = new Set(["for"]);
/** Criticism verbs that also name physical acts. */
const PHYSICAL = new Set(["attack", "hit", "hammer", "blast", "knock", "bash", "savage", "slam"]);

/** The shared empty result: patterns run per token, so they allocate nothing when they do not fire. */
const NONE: Candidate[] = [];

const tok = (s: SentenceActors, i: number): Token | undefined => s.tokens[i];
const isVerb = (t: Token | undefined): boolean =>
  !!t && (t.pos === "VERB" || /(?:ed|ing|es)$/.test(t.normal) && t.pos !== "NOUN" && t.pos !== "ADJ");

/** True when the verb at i is passive: a form of "be" (or "get") just before it, adverbs allowed. */
function isPassive(s: SentenceActors, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tok(s, k)?.pos === "ADV") k -= 1;
  const t = tok(s, k);
  return !!t && (BE.has(t.normal) || t.lemma === "be" || t.lemma === "get");
}

/** "… for Z" / "… of Z" after token i: the matter, as written. */
function matterAfter(input: PatternInput, from: number, words: ReadonlySet<string> = FOR_OF, reach = 10): string | null {
  const { sentence, text } = input;
  for (let k = from; k < sentence.tokens.length && k < from + reach; k += 1) {
    const t = tok(sentence, k);
    if (!t || /^[.;]$/.test(t.text)) return null;
    if (words.has(t.normal)) {
      const end = phraseEnd(sentence.tokens, k + 1, 16);
      const value = spanText(text, sentence.tokens, k + 1, end).trim();
      return value.length > 0 ? value : null;
    }
  }
  return null;
}

/**
 * The noun phrase before token i back to a clause boundary: "the violence" in
 * "the violence, which he blames"; "the decision to place the facility on
 * “ordered departure”" before "was prompted by".
 */
function phraseBefore(input: PatternInput, i: number, max = 12, nounOnly = false): string | null {
  const { sentence, text } = input;
  let end = i - 1;
  while (end >= 0 && /^(?:,|which|that|who)$/.test(tok(sentence, end)?.normal ?? "")) end -= 1;
  while (end >= 0 && (tok(sentence, end)?.pos === "AUX" || tok(sentence, end)?.pos === "ADV")) end -= 1;
  let start = end;
  while (start - 1 >= 0 && end - start < max) {
    const t = tok(sentence, start - 1);
    if (!t || /^[,;:.]$/.test(t.text) || t.pos === "AUX" || t.pos === "SCONJ" || t.normal === "that") break;
    if (t.pos === "VERB" && (nounOnly || tok(sentence, start - 2)?.normal !== "to")) break;
    if (nounOnly && (t.pos === "ADP" || t.pos === "PART") && t.normal !== "of") break;
    start -= 1;
  }
  while (start <= end && /^[”"’]$/.test(tok(sentence, start)?.text ?? "")) start += 1;
  const value = spanText(text, sentence.tokens, start, end).trim();
  return value.length > 0 ? value : null;
}

/** "X blamed Y for Z", "blamed Z on Y", "Z, which he blames on Y", "Z was blamed on Y", "Y was blamed for Z". */
export function blamePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !BLAME_VERBS.has(t.lemma) || !isVerb(t)) return NONE;
  const passive = isPassive(sentence, i);
  const on = findWord(sentence.tokens, i + 1, "on", 14);
  const forAt = findWord(sentence.tokens, i + 1, "for", 14);
  if (on >= 0 && (forAt < 0 || on < forAt)) {
    const accused = mentionsFrom(sentence, on + 1, 4);
    if (accused.length === 0) return NONE;
    const between = on > i + 1 ? spanText(input.text, sentence.tokens, i + 1, on - 1).replace(/\s*\b(?:specifically|squarely|directly|largely|partly)\b\s*/g, " ").trim() : "";
    const prevWord = tok(sentence, i - 1)?.normal ?? "";
    const relative = /^(?:which|that|he|she|they|it|we)$/.test(prevWord) || tok(sentence, i - 2)?.normal === "which";
    const matter = between || (passive || relative ? phraseBefore(input, passive ? i - 1 : i - (prevWord === "which" ? 1 : 2), 12, relative) : null);
    const accuser = passive ? undefined : subjectOf(sentence, i, quoteOf) ?? undefined;
    return [{ kind: "blames", cue: [i, on], accuser, accused, matter }];
  }
  if (passive) {
    const subject = subjectOf(sentence, i, quoteOf);
    if (!subject) return NONE;
    return [{ kind: "blames", cue: [i], accuser: undefined, accused: [subject], matter: matterAfter(input, i + 1, FOR) }];
  }
  const accused = mentionsFrom(sentence, i + 1, 6, FOR);
  if (accused.length === 0) return NONE;
  const after = (accused[accused.length - 1]?.last ?? i) + 1;
  return [{ kind: "blames", cue: forAt >= 0 ? [i, forAt] : [i], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused, matter: matterAfter(input, after, FOR) }];
}

/** "X accused Y of Z", "accusing Iran’s leaders of …", "Y was accused of Z by X". */
export function accusePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !ACCUSE_VERBS.has(t.lemma) || t.pos === "NOUN") return NONE;
  const matter = matterAfter(input, i + 1, new Set(["of"]));
  if (isPassive(sentence, i)) {
    const subject = subjectOf(sentence, i, quoteOf);
    const by = findWord(sentence.tokens, i + 1, "by", 12);
    const agent = by >= 0 ? mentionAt(sentence, by + 1) ?? mentionAt(sentence, by + 2) ?? undefined : undefined;
    return subject ? [{ kind: "accuses", cue: [i], accuser: agent, accused: [subject], matter }] : [];
  }
  const accused = mentionsFrom(sentence, i + 1, 6, new Set(["of"]));
  if (accused.length === 0) return NONE;
  return [{ kind: "accuses", cue: [i], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused, matter }];
}

/** "X criticised/condemned/slammed Y (for Z)", "rail against Y", "condemnation for … Y". */
export function criticisePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (CRITICISM_NOUNS.has(t.lemma) && t.pos === "NOUN") {
    const prep = sentence.tokens.slice(i + 1, i + 3).findIndex((x) => /^(?:of|for|against|over|on)$/.test(x.normal));
    if (prep < 0) return NONE;
    const accused = firstMentionWithin(sentence, i + 2 + prep, 10);
    if (!accused) return NONE;
    return [{ kind: "criticises", cue: [i], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused: [accused], matter: null }];
  }
  let objectFrom = -1;
  if (CRITICISE_VERBS.has(t.lemma) && isVerb(t)) objectFrom = i + 1;
  for (const [verb, particle] of CRITICISE_PHRASES) {
    if (t.lemma === verb && isVerb(t)) {
      const p = findWord(sentence.tokens, i + 1, particle, 3);
      if (p >= 0) objectFrom = p + 1 + (tok(sentence, p + 1)?.normal === "at" ? 1 : 0);
    }
  }
  if (objectFrom < 0) return NONE;
  const matter = matterAfter(input, objectFrom, new Set(["for", "over"]));
  if (isPassive(sentence, i)) {
    const subject = subjectOf(sentence, i, quoteOf);
    const by = findWord(sentence.tokens, i + 1, "by", 6);
    const agent = by >= 0 ? mentionAt(sentence, by + 1) ?? mentionAt(sentence, by + 2) ?? undefined : undefined;
    return subject ? [{ kind: "criticises", cue: [i], accuser: agent, accused: [subject], matter }] : [];
  }
  // "attack", "hit", "blast" are criticism only when their object is a named person or body, not "American diplomats".
  const accused = mentionsFrom(sentence, objectFrom, 5, new Set(["for", "over"])).filter(
    (m) => !PHYSICAL.has(t.lemma) || m.form === "name" || (m.form === "alias" && !m.plural) || m.form === "definite",
  );
  if (accused.length === 0) return NONE;
  return [{ kind: "criticises", cue: [i], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused, matter }];
}

function firstMentionWithin(sentence: SentenceActors, from: number, reach: number): Mention | null {
  for (let k = from; k < sentence.tokens.length && k < from + reach; k += 1) {
    const t = tok(sentence, k);
    if (!t || /^[.;:]$/.test(t.text)) return null;
    const m = mentionAt(sentence, k);
    if (m?.actor) return m;
  }
  return null;
}

/** "hold Y (directly) responsible/accountable", "Y would be held accountable", "Y would be accountable for attacks". */
export function holdPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (t.lemma === "hold" && isVerb(t)) {
    let adj = -1;
    for (let k = i + 1; k < sentence.tokens.length && k < i + 10; k += 1) {
      if (HOLD_ADJECTIVES.has(tok(sentence, k)?.normal ?? "")) {
        adj = k;
        break;
      }
    }
    if (adj < 0) return NONE;
    const matter = matterAfter(input, adj + 1, new Set(["for"]));
    if (isPassive(sentence, i)) {
      const subject = subjectOf(sentence, i, quoteOf);
      return subject ? [{ kind: "holds-responsible", cue: [i, adj], accuser: undefined, accused: [subject], matter }] : [];
    }
    const accused = mentionsFrom(sentence, i + 1, adj - i);
    if (accused.length === 0) return NONE;
    return [{ kind: "holds-responsible", cue: [i, adj], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused, matter }];
  }
  if (HOLD_ADJECTIVES.has(t.normal) && isPassive(sentence, i) && tok(sentence, i - 1)?.normal !== "held") {
    if (negatedBefore(sentence.tokens, i, 3)) return NONE;
    const forAt = findWord(sentence.tokens, i + 1, "for", 2);
    const harm = forAt >= 0 && sentence.tokens.slice(forAt + 1, forAt + 6).some((x) => HARM_NOUNS.has(x.lemma));
    if (t.normal !== "accountable" && !harm) return NONE;
    const subject = subjectOf(sentence, i, quoteOf);
    return subject ? [{ kind: "holds-responsible", cue: [i], accuser: undefined, accused: [subject], matter: matterAfter(input, i + 1, new Set(["for"])) }] : [];
  }
  return NONE;
}

/** "attribute responsibility to Y", "pointed to Y", "caused by Y", "threats from Y", "attacks by its proxies", "Iran's meddling". */
export function attributePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  const particle = POINT_VERBS.get(t.lemma);
  // "militias linked to Iran's Guards" describes the militias: only a verb with a subject or a passive blames.
  const modifier = () => tok(sentence, i - 1)?.pos === "NOUN" && !isPassive(sentence, i) && t.lemma !== "point";
  if (particle && isVerb(t) && !modifier()) {
    const p = findWord(sentence.tokens, i + 1, particle, 6);
    if (p < 0) return NONE;
    const accused = mentionsFrom(sentence, p + 1, 4);
    if (accused.length === 0) return NONE;
    const kind: BlameKind = negatedBefore(sentence.tokens, i) ? "denies-responsibility" : "attributes-responsibility";
    return [{ kind, cue: [i, p], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused, matter: matterAfter(input, p + 1, new Set(["for"])) }];
  }
  if (CAUSE_VERBS.has(t.lemma) && isVerb(t)) {
    const by = findWord(sentence.tokens, i + 1, "by", 3);
    // "whether perpetrated by X": a hypothetical, not an attribution.
    if (by < 0 || /^(?:whether|if)$/.test(tok(sentence, i - 1)?.normal ?? "")) return NONE;
    const accused = mentionsFrom(sentence, by + 1, 8);
    if (accused.length === 0) return NONE;
    const kind: BlameKind = negatedBefore(sentence.tokens, i) ? "denies-responsibility" : "attributes-responsibility";
    return [{ kind, cue: [i, by], accuser: undefined, accused, matter: phraseBefore(input, isPassive(sentence, i) ? i - 1 : i) }];
  }
  // A sentence-initial "Threats" may be tagged PROPN.
  const noun = t.pos === "NOUN" || (t.pos === "PROPN" && i === 0);
  if (noun && (THREAT_NOUNS.has(t.lemma) || THREAT_NOUNS.has(t.normal.replace(/s$/, ""))) && t.lemma !== "role" && t.lemma !== "involvement") {
    let prep = -1;
    for (let k = i + 1; k < sentence.tokens.length && k < i + 9; k += 1) {
      const x = tok(sentence, k);
      if (!x || x.pos === "VERB" || /^[.;,]$/.test(x.text)) break;
      if (x.normal === "from" && k <= i + 3) prep = k;
      if (x.normal === "by") prep = k;
      if (prep >= 0) break;
    }
    if (prep < 0) return NONE;
    const accused = mentionsFrom(sentence, prep + 1, 3);
    if (accused.length === 0) return NONE;
    const kind: BlameKind = negatedBefore(sentence.tokens, i, 5) ? "denies-responsibility" : "attributes-responsibility";
    return [{ kind, cue: [i, prep], accuser: undefined, accused, matter: spanText(input.text, sentence.tokens, i, i) }];
  }
  // "the US’ blame game", "Iran's propaganda": the writer's (or source's) criticism of the owner.
  const pair = `${t.normal} ${tok(sentence, i + 1)?.normal ?? ""}`;
  const phrase = CRITICISING_POSSESSED.has(pair) ? 2 : CRITICISING_POSSESSED.has(t.normal) ? 1 : 0;
  if (phrase > 0 && /^(?:'s|'|’)$/.test(tok(sentence, i - 1)?.normal ?? "")) {
    const owner = mentionAt(sentence, i - 2);
    if (owner?.actor) return [{ kind: "criticises", cue: phrase === 2 ? [i, i + 1] : [i], accuser: undefined, accused: [owner], matter: null }];
  }
  if (BLAMING_POSSESSED.has(t.lemma) && tok(sentence, i - 1)?.normal === "'s") {
    const owner = mentionAt(sentence, i - 2);
    if (!owner) return NONE;
    return [{ kind: "attributes-responsibility", cue: [i], accuser: undefined, accused: [owner], matter: t.text }];
  }
  return NONE;
}

/** "X rejected Y's claim", "Y's claim was rejected by X", "called the allegations baseless", "baseless accusations". */
export function rejectPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (REJECT_VERBS.has(t.lemma) && isVerb(t)) {
    if (isPassive(sentence, i)) {
      const by = findWord(sentence.tokens, i + 1, "by", 3);
      const agent = by >= 0 ? mentionsFrom(sentence, by + 1, 4)[0] : undefined;
      const claimAt = lastClaimBefore(sentence, i);
      if (claimAt < 0) return NONE;
      const owner = claimOwner(sentence, claimAt);
      return [{ kind: "rejects-accusation", cue: [i], accuser: agent, accused: owner ? [owner] : [], matter: null, ownerFallback: !owner }];
    }
    const claimAt = sentence.tokens.slice(i + 1, i + 7).findIndex((x) => CLAIM_NOUNS.has(x.lemma) && x.pos === "NOUN");
    if (claimAt >= 0) {
      const at = i + 1 + claimAt;
      const owner = claimOwner(sentence, at);
      return [{ kind: "rejects-accusation", cue: [i, at], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused: owner ? [owner] : [], matter: matterAfter(input, at + 1, new Set(["of", "that"])), ownerFallback: !owner }];
    }
    if (t.lemma === "deny") return denyPattern(input, i);
    return NONE;
  }
  if (NAMING_VERBS.has(t.lemma) && isVerb(t)) {
    const window = sentence.tokens.slice(i + 1, i + 40);
    if (!window.some((x) => FALSE_WORDS.has(x.normal))) return NONE;
    const claimAt = window.slice(0, 6).findIndex((x) => CLAIM_NOUNS.has(x.lemma) && x.pos === "NOUN");
    if (claimAt < 0) return NONE;
    const at = i + 1 + claimAt;
    const owner = claimOwner(sentence, at);
    return [{ kind: "rejects-accusation", cue: [i, at], accuser: subjectOf(sentence, i, quoteOf) ?? undefined, accused: owner ? [owner] : [], matter: null, ownerFallback: !owner }];
  }
  if (ACCUSATION_NOUNS.has(t.lemma) && t.pos === "NOUN" && FALSE_WORDS.has(tok(sentence, i - 1)?.normal ?? "")) {
    const owner = claimOwner(sentence, i);
    return [{ kind: "rejects-accusation", cue: [i - 1, i], accuser: undefined, accused: owner ? [owner] : [], matter: matterAfter(input, i + 1, new Set(["against", "of"])), ownerFallback: !owner }];
  }
  return NONE;
}

function lastClaimBefore(sentence: SentenceActors, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1) if (CLAIM_NOUNS.has(tok(sentence, k)?.lemma ?? "")) return k;
  return -1;
}

/** Who made a claim: "Pompeo's claim", "USA allegations", "the claim by X", "the reason for closing the U.S. consulate". */
function claimOwner(sentence: SentenceActors, at: number): Mention | null {
  let k = at - 1;
  while (k >= 0 && (tok(sentence, k)?.pos === "ADJ" || FALSE_WORDS.has(tok(sentence, k)?.normal ?? ""))) k -= 1;
  if (tok(sentence, k)?.normal === "'s") k -= 1;
  const before = mentionAt(sentence, k);
  if (before?.actor) return before;
  const next = tok(sentence, at + 1)?.normal ?? "";
  if (/^(?:by|from|for)$/.test(next)) {
    const m = firstMentionWithin(sentence, at + 2, 5);
    if (m && tok(sentence, m.first - 1)?.normal !== "against") return m;
  }
  return null;
}

/** "X denied a role in Z", "denying that the US had a role in Z". */
function denyPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const window = sentence.tokens.slice(i + 1, i + 9);
  const objectAt = window.findIndex((x) => DENIAL_OBJECTS.has(x.lemma) || x.normal === "responsible" || x.normal === "involved");
  if (objectAt < 0) return NONE;
  const subject = subjectOf(sentence, i, quoteOf) ?? undefined;
  const thatAt = tok(sentence, i + 1)?.normal === "that" ? i + 2 : i + 1;
  const inner = mentionAt(sentence, thatAt);
  const accused = inner ? [inner] : subject ? [subject] : [];
  if (accused.length === 0) return NONE;
  return [{ kind: "denies-responsibility", cue: [i, i + 1 + objectAt], accuser: subject, accused, matter: matterAfter(input, i + 1 + objectAt, new Set(["in", "for", "with"])) }];
}

/** "the U.S. had nothing to do with Z", "played no role in Z", "was not behind Z". */
const NO_ROLE_STARTS = new Set(NO_ROLE_PHRASES.map((p) => p[0] ?? ""));

export function noRolePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  if (!NO_ROLE_STARTS.has(tok(sentence, i)?.normal ?? "")) return NONE;
  for (const phrase of NO_ROLE_PHRASES) {
    if (!phrase.every((word, k) => tok(sentence, i + k)?.normal === word)) continue;
    const subject = subjectOf(sentence, i, quoteOf);
    if (!subject) return NONE;
    const last = i + phrase.length - 1;
    const matterEnd = phraseEnd(sentence.tokens, last + 1, 16);
    const matter = spanText(input.text, sentence.tokens, last + 1, matterEnd).trim() || null;
    return [{ kind: "denies-responsibility", cue: phrase.map((_, k) => i + k), accuser: undefined, accused: [subject], matter }];
  }
  return NONE;
}

/** "The American diplomat claimed Iran was trying …": a claim whose clause has another actor as subject. */
export function claimPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !CLAIM_VERBS.has(t.lemma) || !isVerb(t) || isPassive(sentence, i)) return NONE;
  const at = tok(sentence, i + 1)?.normal === "that" ? i + 2 : i + 1;
  const subject = mentionAt(sentence, at);
  if (!subject?.actor || subject.form === "pronoun") return NONE;
  const verb = sentence.tokens.slice(subject.last + 1, subject.last + 4).findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
  if (verb < 0) return NONE;
  const accuser = subjectOf(sentence, i, quoteOf) ?? undefined;
  const from = subject.last + 1;
  const matter = spanText(input.text, sentence.tokens, from, phraseEnd(sentence.tokens, from, 20)).trim() || null;
  return [{ kind: "accuses", cue: [i], accuser, accused: [subject], matter }];
}

/** Words that can start any pattern (lemmas or forms): other tokens are skipped at once. */
export const TRIGGERS: ReadonlySet<string> = new Set([
  ...BLAME_VERBS, ...ACCUSE_VERBS, ...CRITICISE_VERBS, ...CRITICISE_PHRASES.map(([verb]) => verb), ...CRITICISM_NOUNS,
  "hold", ...HOLD_ADJECTIVES, ...POINT_VERBS.keys(), ...CAUSE_VERBS, ...THREAT_NOUNS, ...BLAMING_POSSESSED,
  ...[...CRITICISING_POSSESSED].map((p) => p.split(" ")[0] ?? p), ...REJECT_VERBS, ...NAMING_VERBS, ...ACCUSATION_NOUNS,
  ...NO_ROLE_STARTS, ...CLAIM_VERBS, ...FALSE_WORDS,
]);

/** All families, in the order their results are preferred. */
export const PATTERNS = [
  rejectPattern, noRolePattern, holdPattern, blamePattern, accusePattern, claimPattern, attributePattern, criticisePattern,
] as const;
