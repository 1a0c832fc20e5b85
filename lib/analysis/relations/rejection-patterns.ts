import { type Mention } from "../actors";
import { type Token } from "../text";
import {
  caseOf,
  ccompOf,
  dependentsOf,
  headOf,
  headOfSpan,
  isPassive,
  objectOf,
  subjectOf,
  subtreeOf,
} from "../syntax";
import {
  matterAt,
  mentionOn,
  obliqueNodes,
  partiesAt,
  possessorOf,
  type Parsed,
} from "./parse-parties";
import { type Candidate, isVerb, NONE, type PatternInput, tok } from "./pattern-parts";
import { agentRole, clauseSubject, passiveAt } from "./roles";
import { claimThenFalse, hasMention, isClaimWord } from "./pre-tests";
import { lang } from "../lang";

/**
 * The readers that answer blame, through the parse: rejections of a claim ("rejected Berg's
 * claim", "called the allegations baseless", "baseless accusations"), denials ("denied a role
 * in", "had nothing to do with") and claims whose clause accuses another actor ("claimed Ruritania
 * was trying …").
 */

const REJECTION = 0.85;
const DENIAL = 0.85;
const NO_ROLE = 0.8;
/** "X claimed Y was …": the clause's content is not known to be blame. */
const CLAIM = 0.5;

/** Who made a claim: "Berg's claim", "USA allegations", "the claim by X", "the reason for closing the U.S. embassy". */
function claimOwner(p: Parsed, claim: number): Mention | null {
  const owner = possessorOf(p, claim);
  if (owner?.actor) return owner;
  for (const c of dependentsOf(p.parse, claim, "compound", "amod")) {
    const m = mentionOn(p.sentence, c);
    if (m?.actor) return m;
  }
  for (const n of dependentsOf(p.parse, claim, "nmod", "acl")) {
    const prep =
      caseOf(p.parse, n) || (tok(p, dependentsOf(p.parse, n, "mark")[0] ?? -1)?.normal ?? "");
    if (!/^(?:by|from|for)$/.test(prep)) continue;
    // The first named actor in the phrase or clause, unless it is the one defended ("against X").
    for (const k of subtreeOf(p.parse, n)) {
      const m = mentionOn(p.sentence, k);
      if (m?.actor && tok(p, m.first - 1)?.normal !== "against") return m;
    }
  }
  return null;
}

const isClaim = (p: Parsed, n: number | null): n is number =>
  n !== null && isClaimWord(tok(p, n)?.pos ?? "", tok(p, n)?.lemma ?? "");

/** True for the word a denial denies: a role, a part, "responsible", "involved". */
const isDeniedRole = (x: Token | undefined): boolean =>
  !!x &&
  (lang.blame.denialObjects.has(x.lemma) || x.normal === "responsible" || x.normal === "involved");

function rejection(
  p: Parsed,
  cue: number[],
  claim: number,
  accuser: Candidate["accuser"],
  strength: number,
  basis: string,
): Candidate {
  const owner = claimOwner(p, claim);
  return {
    kind: "rejects-accusation",
    cue,
    accuser,
    accused: owner ? [{ mention: owner, link: "role" }] : [],
    matter: matterAt(
      p,
      [...obliqueNodes(p, claim, "of", "that"), ...dependentsOf(p.parse, claim, "acl")][0],
    ),
    ownerFallback: !owner,
    strength,
    predicate: cue[0] ?? null,
    basis,
  };
}

/** "X rejected Y's claim", "Y's claim was rejected by X", "X denied a role in Z". */
export function rejectPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || !lang.blame.rejectVerbs.has(t.lemma) || !isVerb(t)) return NONE;
  // Pre-test (pre-tests.ts): a claim rejected, or for "deny" a role denied, is among the words.
  const { tokens } = p.sentence;
  if (
    !tokens.some((x) => isClaimWord(x.pos, x.lemma)) &&
    !(t.lemma === "deny" && tokens.some(isDeniedRole))
  )
    return NONE;
  const passive = passiveAt(p, i);
  const claim = passive ? subjectOf(p.parse, i) : objectOf(p.parse, i);
  if (isClaim(p, claim)) {
    const accuser = agentRole(p, i);
    return [
      rejection(
        p,
        passive ? [i] : [i, claim],
        claim,
        accuser,
        REJECTION,
        `“${t.text}” a claim: its owner`,
      ),
    ];
  }
  if (t.lemma === "deny") return denyPattern(input, i);
  return NONE;
}

/** "called the allegations baseless", "dismissed USA allegations as propaganda". */
export function namingPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  // Pre-test (pre-tests.ts): a claim, and a word that brands it false after it.
  if (!t || !lang.blame.namingVerbs.has(t.lemma) || !isVerb(t) || !claimThenFalse(p.sentence))
    return NONE;
  const claim = objectOf(p.parse, i);
  if (!isClaim(p, claim)) return NONE;
  const branded = subtreeOf(p.parse, i).some(
    (k) => k > claim && lang.blame.falseWords.has(tok(p, k)?.normal ?? ""),
  );
  if (!branded) return NONE;
  return [
    rejection(
      p,
      [i, claim],
      claim,
      agentRole(p, i),
      REJECTION,
      `“${t.text}” a claim false: its owner`,
    ),
  ];
}

/** "baseless accusations", "false claims" (outlet's or source's words). */
export function falseClaimPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  if (!t || t.pos !== "NOUN" || !lang.blame.accusationNouns.has(t.lemma)) return NONE;
  // Pre-test (pre-tests.ts): a word that brands it false.
  if (!p.sentence.tokens.some((x) => lang.blame.falseWords.has(x.normal))) return NONE;
  const branded = dependentsOf(p.parse, i, "amod").find((a) =>
    lang.blame.falseWords.has(tok(p, a)?.normal ?? ""),
  );
  if (branded === undefined) return NONE;
  return [
    rejection(
      p,
      [branded, i],
      i,
      undefined,
      REJECTION * 0.9,
      `“${tok(p, branded)?.text ?? ""} ${t.text}”: its owner`,
    ),
  ];
}

/** "X denied a role in Z", "denying that the US had a role in Z". */
function denyPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const about = (k: number) => isDeniedRole(tok(p, k));
  const accuser = agentRole(p, i);
  const object = objectOf(p.parse, i);
  const clause = ccompOf(p.parse, i);
  let accused = accuser ? [accuser] : [];
  let at = -1;
  if (object !== null && about(object)) at = object;
  else if (clause !== null) {
    at = subtreeOf(p.parse, clause).find(about) ?? -1;
    if (at >= 0) accused = clauseSubject(p, clause);
  }
  if (at < 0 || accused.length === 0) return NONE;
  return [
    {
      kind: "denies-responsibility",
      cue: [i, at],
      accuser,
      accused,
      matter: matterAt(p, obliqueNodes(p, at, "in", "for", "with")[0]),
      strength: DENIAL,
      predicate: null,
      basis: `“${tok(p, i)?.text ?? ""} … ${tok(p, at)?.text ?? ""}”: whose role is denied`,
    },
  ];
}

/** "the U.S. had nothing to do with Z", "played no role in Z", "was not behind Z". */
export function noRolePattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  for (const phrase of lang.blame.noRolePhrases) {
    if (!phrase.every((word, k) => tok(p, i + k)?.normal === word)) continue;
    // Pre-test (pre-tests.ts): the one whose role is denied is one of the sentence's mentions.
    if (!hasMention(p.sentence)) return NONE;
    const last = i + phrase.length - 1;
    // The predicate the phrase belongs to: "had" for "nothing to do with", "behind" for "not behind".
    let head = headOfSpan(p.parse, i, last + 1);
    if (head !== null && subjectOf(p.parse, head) === null) head = headOf(p.parse, head);
    const accused = head === null ? [] : partiesAt(p, subjectOf(p.parse, head));
    if (accused.length === 0) return NONE;
    const object =
      dependentsOf(p.parse, last).find((d) => d > last) ??
      obliqueNodes(p, head ?? i, phrase[phrase.length - 1] ?? "")[0];
    return [
      {
        kind: "denies-responsibility",
        cue: phrase.map((_, k) => i + k),
        accuser: undefined,
        accused,
        matter: matterAt(p, object),
        strength: NO_ROLE,
        predicate: null,
        basis: `“${phrase.join(" ")}”: its subject`,
      },
    ];
  }
  return NONE;
}

/** "The American diplomat claimed Ruritania was trying …": a claim whose clause has another named actor as subject. */
export function claimPattern(input: PatternInput, i: number): Candidate[] {
  const { p } = input;
  const t = tok(p, i);
  // Pre-test (pre-tests.ts): the one accused is a named actor among the sentence's mentions.
  const named = (m: Mention) => !!m.actor && m.form !== "pronoun";
  if (!t || !lang.blame.claimVerbs.has(t.lemma) || !isVerb(t) || !hasMention(p.sentence, named))
    return NONE;
  if (isPassive(p.parse, i)) return NONE;
  const clause = ccompOf(p.parse, i);
  if (clause === null) return NONE;
  const accused = clauseSubject(p, clause).filter(
    (a) => a.mention.actor && a.mention.form !== "pronoun",
  );
  if (accused.length === 0) return NONE;
  return [
    {
      kind: "accuses",
      cue: [i],
      accuser: agentRole(p, i),
      accused,
      matter: matterAt(p, clause),
      strength: CLAIM,
      predicate: i,
      basis: `“${t.text}” that the subject of its clause …: the content is not known to blame`,
    },
  ];
}
