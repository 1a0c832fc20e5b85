import { type Mention, type SentenceActors } from "../actors";
import { findWord, mentionAt, mentionsFrom, phraseEnd, spanText, subjectOf } from "./clause-parts";
import {
  type Candidate,
  firstMentionWithin,
  isPassive,
  isVerb,
  matterAfter,
  NONE,
  type PatternInput,
  tok,
} from "./pattern-parts";
import { lang } from "../lang";

/**
 * The cue patterns that answer blame: rejections of a claim ("rejected
 * Berg's claim", "called the allegations baseless"), denials ("denied a
 * role in", "had nothing to do with") and claims whose clause accuses
 * another actor ("claimed Ruritania was trying …").
 */

/** "X rejected Y's claim", "Y's claim was rejected by X", "called the allegations baseless", "baseless accusations". */
export function rejectPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (lang.blame.rejectVerbs.has(t.lemma) && isVerb(t)) {
    if (isPassive(sentence, i)) {
      const by = findWord(sentence.tokens, i + 1, "by", 3);
      const agent = by >= 0 ? mentionsFrom(sentence, by + 1, 4)[0] : undefined;
      const claimAt = lastClaimBefore(sentence, i);
      if (claimAt < 0) return NONE;
      const owner = claimOwner(sentence, claimAt);
      return [
        {
          kind: "rejects-accusation",
          cue: [i],
          accuser: agent,
          accused: owner ? [owner] : [],
          matter: null,
          ownerFallback: !owner,
        },
      ];
    }
    const claimAt = sentence.tokens
      .slice(i + 1, i + 7)
      .findIndex((x) => lang.blame.claimNouns.has(x.lemma) && x.pos === "NOUN");
    if (claimAt >= 0) {
      const at = i + 1 + claimAt;
      const owner = claimOwner(sentence, at);
      return [
        {
          kind: "rejects-accusation",
          cue: [i, at],
          accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
          accused: owner ? [owner] : [],
          matter: matterAfter(input, at + 1, new Set(["of", "that"])),
          ownerFallback: !owner,
        },
      ];
    }
    if (t.lemma === "deny") return denyPattern(input, i);
    return NONE;
  }
  if (lang.blame.namingVerbs.has(t.lemma) && isVerb(t)) {
    const window = sentence.tokens.slice(i + 1, i + 40);
    if (!window.some((x) => lang.blame.falseWords.has(x.normal))) return NONE;
    const claimAt = window
      .slice(0, 6)
      .findIndex((x) => lang.blame.claimNouns.has(x.lemma) && x.pos === "NOUN");
    if (claimAt < 0) return NONE;
    const at = i + 1 + claimAt;
    const owner = claimOwner(sentence, at);
    return [
      {
        kind: "rejects-accusation",
        cue: [i, at],
        accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
        accused: owner ? [owner] : [],
        matter: null,
        ownerFallback: !owner,
      },
    ];
  }
  if (
    lang.blame.accusationNouns.has(t.lemma) &&
    t.pos === "NOUN" &&
    lang.blame.falseWords.has(tok(sentence, i - 1)?.normal ?? "")
  ) {
    const owner = claimOwner(sentence, i);
    return [
      {
        kind: "rejects-accusation",
        cue: [i - 1, i],
        accuser: undefined,
        accused: owner ? [owner] : [],
        matter: matterAfter(input, i + 1, new Set(["against", "of"])),
        ownerFallback: !owner,
      },
    ];
  }
  return NONE;
}

function lastClaimBefore(sentence: SentenceActors, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 6; k -= 1)
    if (lang.blame.claimNouns.has(tok(sentence, k)?.lemma ?? "")) return k;
  return -1;
}

/** Who made a claim: "Berg's claim", "USA allegations", "the claim by X", "the reason for closing the U.S. embassy". */
function claimOwner(sentence: SentenceActors, at: number): Mention | null {
  let k = at - 1;
  while (
    k >= 0 &&
    (tok(sentence, k)?.pos === "ADJ" || lang.blame.falseWords.has(tok(sentence, k)?.normal ?? ""))
  )
    k -= 1;
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
  const objectAt = window.findIndex(
    (x) =>
      lang.blame.denialObjects.has(x.lemma) ||
      x.normal === "responsible" ||
      x.normal === "involved",
  );
  if (objectAt < 0) return NONE;
  const subject = subjectOf(sentence, i, quoteOf) ?? undefined;
  const thatAt = tok(sentence, i + 1)?.normal === "that" ? i + 2 : i + 1;
  const inner = mentionAt(sentence, thatAt);
  const accused = inner ? [inner] : subject ? [subject] : [];
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "denies-responsibility",
      cue: [i, i + 1 + objectAt],
      accuser: subject,
      accused,
      matter: matterAfter(input, i + 1 + objectAt, new Set(["in", "for", "with"])),
    },
  ];
}

/** "the U.S. had nothing to do with Z", "played no role in Z", "was not behind Z". */
export const NO_ROLE_STARTS = new Set(lang.blame.noRolePhrases.map((p) => p[0] ?? ""));

export function noRolePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  if (!NO_ROLE_STARTS.has(tok(sentence, i)?.normal ?? "")) return NONE;
  for (const phrase of lang.blame.noRolePhrases) {
    if (!phrase.every((word, k) => tok(sentence, i + k)?.normal === word)) continue;
    const subject = subjectOf(sentence, i, quoteOf);
    if (!subject) return NONE;
    const last = i + phrase.length - 1;
    const matterEnd = phraseEnd(sentence.tokens, last + 1, 16);
    const matter = spanText(input.text, sentence.tokens, last + 1, matterEnd).trim() || null;
    return [
      {
        kind: "denies-responsibility",
        cue: phrase.map((_, k) => i + k),
        accuser: undefined,
        accused: [subject],
        matter,
      },
    ];
  }
  return NONE;
}

/** "The American diplomat claimed Ruritania was trying …": a claim whose clause has another actor as subject. */
export function claimPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t || !lang.blame.claimVerbs.has(t.lemma) || !isVerb(t) || isPassive(sentence, i))
    return NONE;
  const at = tok(sentence, i + 1)?.normal === "that" ? i + 2 : i + 1;
  const subject = mentionAt(sentence, at);
  if (!subject?.actor || subject.form === "pronoun") return NONE;
  const verb = sentence.tokens
    .slice(subject.last + 1, subject.last + 4)
    .findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
  if (verb < 0) return NONE;
  const accuser = subjectOf(sentence, i, quoteOf) ?? undefined;
  const from = subject.last + 1;
  const matter =
    spanText(input.text, sentence.tokens, from, phraseEnd(sentence.tokens, from, 20)).trim() ||
    null;
  return [{ kind: "accuses", cue: [i], accuser, accused: [subject], matter }];
}
