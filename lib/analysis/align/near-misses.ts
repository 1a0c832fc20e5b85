import type { Cluster, ScoredPair } from "./fact-clusters";

/** A sentence of an article outside a fact that is close to one of the fact's sentences. */
export interface NearMiss {
  /** Story sentence index (an alignment unit). */
  unit: number;
  score: number;
}

/** What finding near misses reads of the alignment. */
export interface NearMissScorer {
  /** The pair's score once checked for swapped roles and one-sided negation. */
  confirm(pair: ScoredPair): { score: number };
}

/**
 * For each fact (cluster, by index), the articles that do not report it but have a sentence
 * close to one of its sentences: the best such sentence per article, by the pair's confirmed
 * score (a pair that tells the opposite fact scores less). Read from the pairs scored anyway
 * (each sentence's best candidates), so the work grows with the story. These are the
 * articles a page must not say leave the fact out: they may say it in other words.
 */
export function nearMisses(
  clusters: readonly Cluster[],
  articleOf: Int32Array,
  pairs: readonly ScoredPair[],
  scorer: NearMissScorer,
  options: { nearThreshold: number },
): Map<number, Map<number, NearMiss>> {
  const clusterOf = new Int32Array(articleOf.length).fill(-1);
  const reports: Set<number>[] = clusters.map((cluster, c) => {
    for (const unit of cluster.members) clusterOf[unit] = c;
    return new Set(cluster.members.map((unit) => articleOf[unit] ?? -1));
  });
  const found = new Map<number, Map<number, NearMiss>>();
  const note = (fact: number, unit: number, score: number) => {
    const article = articleOf[unit] ?? -1;
    if (fact < 0 || reports[fact]?.has(article)) return;
    let byArticle = found.get(fact);
    if (!byArticle) found.set(fact, (byArticle = new Map()));
    const known = byArticle.get(article);
    if (!known || score > known.score || (score === known.score && unit < known.unit))
      byArticle.set(article, { unit, score });
  };
  for (const pair of pairs) {
    const ca = clusterOf[pair.a] ?? -1;
    const cb = clusterOf[pair.b] ?? -1;
    if (ca === cb || articleOf[pair.a] === articleOf[pair.b]) continue;
    const { score } = scorer.confirm(pair);
    if (score < options.nearThreshold) continue;
    note(ca, pair.b, score);
    note(cb, pair.a, score);
  }
  return found;
}
