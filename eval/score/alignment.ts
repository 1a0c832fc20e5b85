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

/** Score facts against gold pairs: a pair counts as aligned when some fact has both sentences as members. */
export function scoreAlignment(
  facts: readonly Fact[],
  sentencesByArticle: ReadonlyMap<string, readonly Sentence[]>,
  gold: readonly GoldPair[],
): AlignmentScore {
  // A sentence with two clauses can be in two facts: keep every fact of each sentence.
  const factsOf = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const m of fact.members) {
      const key = `${m.article}#${m.sentence}`;
      factsOf.set(key, (factsOf.get(key) ?? new Set()).add(fact.id));
    }
  }
  const score: AlignmentScore = {
    truePositives: 0,
    falseNegatives: 0,
    falsePositives: 0,
    trueNegatives: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    errors: [],
    skipped: [],
  };
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
