import type { Fact, Sentence } from "../../lib/analysis/schema";
import type { GoldPair, GoldSentence } from "../seed/alignment-gold";

/** How a fact alignment compares with a hand-labelled gold set of sentence pairs. */
export interface AlignmentScore {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  /** Precision over the labelled pairs: aligned positives / (aligned positives + aligned negatives). */
  precision: number;
  recall: number;
  f1: number;
  /**
   * Of the gold pairs not aligned, those where the page says "maybe, in other words" instead of
   * "not reported": one sentence's outlet is among the near misses (`maybe`) of the other's fact.
   * Wanted for the missed ones (`missed`; `missedExact` when the near miss is the pair's other
   * sentence), not for the ones that must stay apart (`apartExact`: each the other's near miss).
   */
  flaggedMaybe: { missed: number; missedExact: number; apartExact: number };
  /** Gold pairs that came out wrong, for reading. */
  errors: { pair: GoldPair; kind: "missed" | "wrongly aligned" }[];
  /** Gold sentences not found in the text (e.g. removed by the cleaner), with their pairs skipped. */
  skipped: GoldPair[];
}

function plain(text: string): string {
  return text
    .replace(/[“”«»]/g, '"')
    .replace(/[‘’`´]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Index of the sentence containing the gold text, or null. */
export function findGoldSentence(
  gold: GoldSentence,
  sentences: readonly Sentence[],
): number | null {
  const needle = plain(gold.text);
  return sentences.find((sentence) => plain(sentence.text).includes(needle))?.index ?? null;
}

/** Score facts against gold pairs: a pair counts as aligned when some fact covers both sentences. */
export function scoreAlignment(
  facts: readonly Fact[],
  sentencesByArticle: ReadonlyMap<string, readonly Sentence[]>,
  gold: readonly GoldPair[],
): AlignmentScore {
  // Every fact of each sentence (there should be one at most; `sentencesInManyFacts` counts the rest).
  const factsOf = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const m of fact.coverage) {
      for (const sentence of [m.sentence, ...(m.also ?? [])]) {
        const key = `${m.article}#${sentence}`;
        factsOf.set(key, (factsOf.get(key) ?? new Set()).add(fact.id));
      }
    }
  }
  const score: AlignmentScore = {
    truePositives: 0,
    falseNegatives: 0,
    falsePositives: 0,
    trueNegatives: 0,
    flaggedMaybe: { missed: 0, missedExact: 0, apartExact: 0 },
    precision: 0,
    recall: 0,
    f1: 0,
    errors: [],
    skipped: [],
  };
  // Per fact id, the articles (and "article#sentence") it lists as maybe reporting it.
  const maybeOf = new Map(
    facts.map((f) => [
      f.id,
      new Set((f.maybe ?? []).flatMap((m) => [m.article, `${m.article}#${m.sentence}`])),
    ]),
  );
  const flagged = (key: string, target: string) =>
    [...(factsOf.get(key) ?? [])].some((id) => maybeOf.get(id)?.has(target) ?? false);
  for (const pair of gold) {
    const a = findGoldSentence(pair.a, sentencesByArticle.get(pair.a.article) ?? []);
    const b = findGoldSentence(pair.b, sentencesByArticle.get(pair.b.article) ?? []);
    if (a === null || b === null) {
      score.skipped.push(pair);
      continue;
    }
    const factsB = factsOf.get(`${pair.b.article}#${b}`);
    const aligned = [...(factsOf.get(`${pair.a.article}#${a}`) ?? [])].some(
      (id) => factsB?.has(id) ?? false,
    );
    const keyA = `${pair.a.article}#${a}`;
    const keyB = `${pair.b.article}#${b}`;
    const maybe = !aligned && (flagged(keyA, pair.b.article) || flagged(keyB, pair.a.article));
    const exact = !aligned && (flagged(keyA, keyB) || flagged(keyB, keyA));
    if (pair.align && maybe) score.flaggedMaybe.missed += 1;
    if (pair.align && exact) score.flaggedMaybe.missedExact += 1;
    if (!pair.align && exact) score.flaggedMaybe.apartExact += 1;
    if (pair.align && aligned) score.truePositives += 1;
    else if (pair.align) {
      score.falseNegatives += 1;
      score.errors.push({ pair, kind: "missed" });
    } else if (aligned) {
      score.falsePositives += 1;
      score.errors.push({ pair, kind: "wrongly aligned" });
    } else score.trueNegatives += 1;
  }
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = score;
  score.precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  score.recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  score.f1 =
    score.precision + score.recall === 0
      ? 0
      : (2 * score.precision * score.recall) / (score.precision + score.recall);
  return score;
}

/** Sentences (article and index) that sit in more than one fact: each one is an error. */
export function sentencesInManyFacts(facts: readonly Fact[]): number {
  const seen = new Map<string, number>();
  for (const fact of facts) {
    for (const c of fact.coverage) {
      for (const sentence of [c.sentence, ...(c.also ?? [])]) {
        const key = `${c.article}#${sentence}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
  }
  return [...seen.values()].filter((n) => n > 1).length;
}

/** Sentences of an article's lede for this measure: its first this-many sentences. */
export const LEDE_SENTENCES = 2;

/** For one event: its pairs of articles, and whether their ledes share a fact. */
export function ledePairs(
  facts: readonly Fact[],
  articles: readonly string[],
): { a: string; b: string; shared: string | null }[] {
  const ledeFacts = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const c of fact.coverage) {
      if (c.sentence >= LEDE_SENTENCES) continue;
      let set = ledeFacts.get(c.article);
      if (!set) ledeFacts.set(c.article, (set = new Set()));
      set.add(fact.id);
    }
  }
  const out: { a: string; b: string; shared: string | null }[] = [];
  for (let i = 0; i < articles.length; i += 1) {
    for (let j = i + 1; j < articles.length; j += 1) {
      const a = articles[i] as string;
      const b = articles[j] as string;
      const fb = ledeFacts.get(b);
      const shared = [...(ledeFacts.get(a) ?? [])].find((id) => fb?.has(id)) ?? null;
      out.push({ a, b, shared });
    }
  }
  return out;
}

/**
 * For the lede pairs that share no fact: whether a page would say "maybe, in other words" for one
 * lede's fact in the other outlet (its article is among that fact's near misses).
 */
export function ledeMaybe(
  facts: readonly Fact[],
  pairs: readonly { a: string; b: string; shared: string | null }[],
): number {
  let flagged = 0;
  for (const { a, b, shared } of pairs) {
    if (shared !== null) continue;
    const hit = facts.some((fact) =>
      fact.coverage.some(
        (c) =>
          c.sentence < LEDE_SENTENCES &&
          ((c.article === a &&
            fact.maybe?.some((m) => m.article === b && m.sentence < LEDE_SENTENCES)) ||
            (c.article === b &&
              fact.maybe?.some((m) => m.article === a && m.sentence < LEDE_SENTENCES))),
      ),
    );
    if (hit) flagged += 1;
  }
  return flagged;
}
