import {
  findWord,
  mentionAt,
  mentionsFrom,
  negatedBefore,
  spanText,
  subjectOf,
} from "./clause-parts";
import {
  type Candidate,
  isPassive,
  isVerb,
  matterAfter,
  NONE,
  type PatternInput,
  phraseBefore,
  tok,
} from "./pattern-parts";
import type { BlameKind } from "../schema";
import { lang } from "../lang";

/**
 * The cue patterns of responsibility: holding someone responsible ("hold Y
 * accountable", "Y would be held accountable") and attributing it ("pointed
 * to Y", "caused by Y", "threats from Y", "Ruritania's meddling").
 */

/** "hold Y (directly) responsible/accountable", "Y would be held accountable", "Y would be accountable for attacks". */
export function holdPattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  if (t.lemma === "hold" && isVerb(t)) {
    let adj = -1;
    for (let k = i + 1; k < sentence.tokens.length && k < i + 10; k += 1) {
      if (lang.blame.holdAdjectives.has(tok(sentence, k)?.normal ?? "")) {
        adj = k;
        break;
      }
    }
    if (adj < 0) return NONE;
    const matter = matterAfter(input, adj + 1, new Set(["for"]));
    if (isPassive(sentence, i)) {
      const subject = subjectOf(sentence, i, quoteOf);
      return subject
        ? [
            {
              kind: "holds-responsible",
              cue: [i, adj],
              accuser: undefined,
              accused: [subject],
              matter,
            },
          ]
        : [];
    }
    const accused = mentionsFrom(sentence, i + 1, adj - i);
    if (accused.length === 0) return NONE;
    return [
      {
        kind: "holds-responsible",
        cue: [i, adj],
        accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
        accused,
        matter,
      },
    ];
  }
  if (
    lang.blame.holdAdjectives.has(t.normal) &&
    isPassive(sentence, i) &&
    tok(sentence, i - 1)?.normal !== "held"
  ) {
    if (negatedBefore(sentence.tokens, i, 3)) return NONE;
    const forAt = findWord(sentence.tokens, i + 1, "for", 2);
    const harm =
      forAt >= 0 &&
      sentence.tokens.slice(forAt + 1, forAt + 6).some((x) => lang.blame.harmNouns.has(x.lemma));
    if (t.normal !== "accountable" && !harm) return NONE;
    const subject = subjectOf(sentence, i, quoteOf);
    return subject
      ? [
          {
            kind: "holds-responsible",
            cue: [i],
            accuser: undefined,
            accused: [subject],
            matter: matterAfter(input, i + 1, new Set(["for"])),
          },
        ]
      : [];
  }
  return NONE;
}

/** "attribute responsibility to Y", "pointed to Y", "caused by Y", "threats from Y", "attacks by its proxies", "Ruritania's meddling". */

/** The lemma of the noun a mention ending at `last` possesses ("residents’ anger" → anger), or null. */
function possessed(sentence: PatternInput["sentence"], last: number): string | null {
  const mark = tok(sentence, last + 1);
  if (!mark || !/^['’]s?$/.test(mark.text)) return null;
  let k = last + 2;
  while (tok(sentence, k)?.pos === "ADJ") k += 1;
  return tok(sentence, k)?.lemma ?? null;
}

export function attributePattern(input: PatternInput, i: number): Candidate[] {
  const { sentence, quoteOf } = input;
  const t = tok(sentence, i);
  if (!t) return NONE;
  const particle = lang.blame.pointVerbs.get(t.lemma);
  // "rebels linked to Ruritania's Guards" describes the rebels: only a verb with a subject or a passive blames.
  const modifier = () =>
    tok(sentence, i - 1)?.pos === "NOUN" && !isPassive(sentence, i) && t.lemma !== "point";
  if (particle && isVerb(t) && !modifier()) {
    const p = findWord(sentence.tokens, i + 1, particle, 6);
    if (p < 0) return NONE;
    const accused = mentionsFrom(sentence, p + 1, 4);
    if (accused.length === 0) return NONE;
    const kind: BlameKind = negatedBefore(sentence.tokens, i)
      ? "denies-responsibility"
      : "attributes-responsibility";
    return [
      {
        kind,
        cue: [i, p],
        accuser: subjectOf(sentence, i, quoteOf) ?? undefined,
        accused,
        matter: matterAfter(input, p + 1, new Set(["for"])),
      },
    ];
  }
  if (lang.blame.causeVerbs.has(t.lemma) && isVerb(t)) {
    const by = findWord(sentence.tokens, i + 1, "by", 3);
    // "whether perpetrated by X": a hypothetical, not an attribution.
    if (by < 0 || /^(?:whether|if)$/.test(tok(sentence, i - 1)?.normal ?? "")) return NONE;
    // "triggered by residents’ anger over …": their grievance is a cause, not a culprit.
    const accused = mentionsFrom(sentence, by + 1, 8).filter(
      (m) => !lang.blame.grievances.has(possessed(sentence, m.last) ?? ""),
    );
    if (accused.length === 0) return NONE;
    const kind: BlameKind = negatedBefore(sentence.tokens, i)
      ? "denies-responsibility"
      : "attributes-responsibility";
    return [
      {
        kind,
        cue: [i, by],
        accuser: undefined,
        accused,
        matter: phraseBefore(input, isPassive(sentence, i) ? i - 1 : i),
      },
    ];
  }
  // A sentence-initial "Threats" may be tagged PROPN.
  const noun = t.pos === "NOUN" || (t.pos === "PROPN" && i === 0);
  if (
    noun &&
    (lang.blame.threatNouns.has(t.lemma) ||
      lang.blame.threatNouns.has(t.normal.replace(/s$/, ""))) &&
    t.lemma !== "role" &&
    t.lemma !== "involvement"
  ) {
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
    const kind: BlameKind = negatedBefore(sentence.tokens, i, 5)
      ? "denies-responsibility"
      : "attributes-responsibility";
    return [
      {
        kind,
        cue: [i, prep],
        accuser: undefined,
        accused,
        matter: spanText(input.text, sentence.tokens, i, i),
      },
    ];
  }
  // "the US’ blame game", "Ruritania's propaganda": the writer's (or source's) criticism of the owner.
  const pair = `${t.normal} ${tok(sentence, i + 1)?.normal ?? ""}`;
  const phrase = lang.blame.criticisingPossessed.has(pair)
    ? 2
    : lang.blame.criticisingPossessed.has(t.normal)
      ? 1
      : 0;
  if (phrase > 0 && /^(?:'s|'|’)$/.test(tok(sentence, i - 1)?.normal ?? "")) {
    const owner = mentionAt(sentence, i - 2);
    if (owner?.actor)
      return [
        {
          kind: "criticises",
          cue: phrase === 2 ? [i, i + 1] : [i],
          accuser: undefined,
          accused: [owner],
          matter: null,
        },
      ];
  }
  if (lang.blame.blamingPossessed.has(t.lemma) && tok(sentence, i - 1)?.normal === "'s") {
    const owner = mentionAt(sentence, i - 2);
    if (!owner) return NONE;
    return [
      {
        kind: "attributes-responsibility",
        cue: [i],
        accuser: undefined,
        accused: [owner],
        matter: t.text,
      },
    ];
  }
  return NONE;
}
