import { findWord, mentionAt, mentionsFrom, spanText, subjectOf } from "./clause-parts";
import {
  type Candidate,
  FOR,
  firstMentionWithin,
  isPassive,
  isVerb,
  matterAfter,
  NONE,
  type PatternInput,
  phraseBefore,
  redescribedObject,
  tok,
} from "./pattern-parts";
import { claimPattern, NO_ROLE_STARTS, noRolePattern, rejectPattern } from "./rejection-patterns";
import { attributePattern, holdPattern } from "./responsibility-patterns";
import { anyOf, lang } from "../lang";

/** "blamed squarely on …": degree adverbs dropped from what the blame is for. */
const DEGREE_ADVERBS = new RegExp(`\\s*\\b(?:${anyOf(lang.blame.degreeAdverbs)})\\b\\s*`, "g");

export type { Candidate, PatternInput } from "./pattern-parts";

/**
 * The cue patterns of blame, one function per family. Each reads one
 * sentence around a cue word and returns candidate relations; blame.ts
 * resolves accusers (frames, quotes), voice and duplicates. Rejections,
 * denials and claims are in rejection-patterns.ts, holding and attributing
 * responsibility in responsibility-patterns.ts.
 */

/** "X blamed Y for Z", "blamed Z on Y", "Z, which he blames on Y", "Z was blamed on Y", "Y was blamed for Z". */
export function blamePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !lang.blame.blameVerbs.has(t.lemma) || !isVerb(t)) return NONE;
  const passive = isPassive(sentence, i);
  const on = findWord(sentence.tokens, i + 1, "on", 14);
  const forAt = findWord(sentence.tokens, i + 1, "for", 14);
  if (on >= 0 && (forAt < 0 || on < forAt)) {
    const accused = mentionsFrom(sentence, on + 1, 4);
    if (accused.length === 0) return NONE;
    const between =
      on > i + 1
        ? spanText(input.text, sentence.tokens, i + 1, on - 1)
            .replace(DEGREE_ADVERBS, " ")
            .trim()
        : "";
    const prevWord = tok(sentence, i - 1)?.normal ?? "";
    const relative =
      lang.functionWords.subjectsBeforeVerb.has(prevWord) ||
      tok(sentence, i - 2)?.normal === "which";
    const matter =
      between ||
      (passive || relative
        ? phraseBefore(input, passive ? i - 1 : i - (prevWord === "which" ? 1 : 2), 12, relative)
        : null);
    const accuser = passive ? undefined : (subjectOf(sentence, i, quoteOf) ?? undefined);
    return [{ kind: "blames", cue: [i, on], accuser, accused, matter }];
  }
  if (passive) {
    const subject = subjectOf(sentence, i, quoteOf);
    if (!subject) return NONE;
    return [
      {
        kind: "blames",
        cue: [i],
        accuser: undefined,
        accused: [subject],
        matter: matterAfter(input, i + 1, FOR),
      },
    ];
  }
  const accused = mentionsFrom(sentence, i + 1, 6, FOR);
  if (accused.length === 0) return NONE;
  const after = (accused[accused.length - 1]?.last ?? i) + 1;
  return [
    {
      kind: "blames",
      cue: forAt >= 0 ? [i, forAt] : [i],
      accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
      accused,
      matter: matterAfter(input, after, FOR),
    },
  ];
}

/** "X accused Y of Z", "accusing Ruritania’s leaders of …", "Y was accused of Z by X". */
export function accusePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !lang.blame.accuseVerbs.has(t.lemma) || t.pos === "NOUN") return NONE;
  const matter = matterAfter(input, i + 1, new Set(["of"]));
  if (isPassive(sentence, i)) {
    const subject = subjectOf(sentence, i, quoteOf);
    const by = findWord(sentence.tokens, i + 1, "by", 12);
    const agent =
      by >= 0
        ? (mentionAt(sentence, by + 1) ?? mentionAt(sentence, by + 2) ?? undefined)
        : undefined;
    return subject
      ? [{ kind: "accuses", cue: [i], accuser: agent, accused: [subject], matter }]
      : [];
  }
  const accuser = subjectOf(sentence, i, quoteOf);
  const accused = mentionsFrom(sentence, i + 1, 6, new Set(["of"]));
  const redescribed = accused.length === 0 ? redescribedObject(input, i, accuser) : null;
  if (redescribed) accused.push(redescribed);
  if (accused.length === 0) return NONE;
  return [{ kind: "accuses", cue: [i], accuser: accuser ?? undefined, accused, matter }];
}

/** "X criticised/condemned/slammed Y (for Z)", "rail against Y", "condemnation for … Y". */
export function criticisePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (lang.blame.criticismNouns.has(t.lemma) && t.pos === "NOUN") {
    const prep = sentence.tokens
      .slice(i + 1, i + 3)
      .findIndex((x) => lang.blame.criticismPrepositions.has(x.normal));
    if (prep < 0) return NONE;
    // "criticism of all Tea Partiers while asking them …": the object is the first mention, known or not.
    const accused = firstMentionWithin(sentence, i + 2 + prep, 10, true);
    if (!accused) return NONE;
    return [
      {
        kind: "criticises",
        cue: [i],
        accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
        accused: [accused],
        matter: null,
      },
    ];
  }
  let objectFrom = -1;
  if (lang.blame.criticiseVerbs.has(t.lemma) && isVerb(t)) objectFrom = i + 1;
  for (const [verb, particle] of lang.blame.criticisePhrases) {
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
    const agent =
      by >= 0
        ? (mentionAt(sentence, by + 1) ?? mentionAt(sentence, by + 2) ?? undefined)
        : undefined;
    return subject
      ? [{ kind: "criticises", cue: [i], accuser: agent, accused: [subject], matter }]
      : [];
  }
  // "attack", "hit", "blast" are criticism only when their object is a named person or body, not "American diplomats".
  const accused = mentionsFrom(sentence, objectFrom, 5, new Set(["for", "over"])).filter(
    (m) =>
      !lang.blame.physicalCriticiseVerbs.has(t.lemma) ||
      m.form === "name" ||
      (m.form === "alias" && !m.plural) ||
      m.form === "definite",
  );
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "criticises",
      cue: [i],
      accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
      accused,
      matter,
    },
  ];
}

/** Words that can start any pattern (lemmas or forms): other tokens are skipped at once. */
export const TRIGGERS: ReadonlySet<string> = new Set([
  ...lang.blame.blameVerbs,
  ...lang.blame.accuseVerbs,
  ...lang.blame.criticiseVerbs,
  ...lang.blame.criticisePhrases.map(([verb]) => verb),
  ...lang.blame.criticismNouns,
  "hold",
  ...lang.blame.holdAdjectives,
  ...lang.blame.pointVerbs.keys(),
  ...lang.blame.causeVerbs,
  ...lang.blame.threatNouns,
  ...lang.blame.blamingPossessed,
  ...[...lang.blame.criticisingPossessed].map((p) => p.split(" ")[0] ?? p),
  ...lang.blame.rejectVerbs,
  ...lang.blame.namingVerbs,
  ...lang.blame.accusationNouns,
  ...NO_ROLE_STARTS,
  ...lang.blame.claimVerbs,
  ...lang.blame.falseWords,
]);

/** All families, in the order their results are preferred. */
export const PATTERNS = [
  rejectPattern,
  noRolePattern,
  holdPattern,
  blamePattern,
  accusePattern,
  claimPattern,
  attributePattern,
  criticisePattern,
] as const;
