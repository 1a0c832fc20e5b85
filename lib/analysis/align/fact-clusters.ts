import { addInto, dot, dotSum, dotSums, type SparseVector } from "./sparse-vector";

/** A scored pair of sentences (global sentence indices, a < b). */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/** Thresholds of the clustering (cosine scores, 0–1). */
export interface ClusterOptions {
  /** A pair must score at least this to start or extend a cluster. */
  pairThreshold: number;
  /** Two clusters merge only if their members match this well on average. */
  averageThreshold: number;
}

/** A group of sentences (or clauses) reporting one fact. */
export interface Cluster {
  /** Global sentence indices, ascending. */
  members: number[];
  /** The pairs whose merges built the cluster (a spanning tree of it). */
  edges: ScoredPair[];
}

interface Group {
  sum: Map<number, number>;
  size: number;
  articles: Set<number>;
  edges: ScoredPair[];
}

/**
 * Average-linkage agglomerative clustering over candidate pairs, best pair
 * first. Two clusters merge when a pair across them scores at least
 * `pairThreshold`, their members' mean pairwise cosine is at least
 * `averageThreshold` (so one strong link cannot chain two different facts
 * together), and they have no article in common: an article states a fact
 * once, so two of its sentences in one fact would mean two facts were joined.
 * The mean pairwise cosine is exact and cheap: the dot product of the two
 * clusters' vector sums divided by the product of their sizes.
 */
export function clusterSentences(
  vectors: readonly SparseVector[],
  articleOf: Int32Array,
  pairs: readonly ScoredPair[],
  options: ClusterOptions,
): Cluster[] {
  const parent = Int32Array.from(vectors, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    let node = i;
    while (parent[node] !== root) {
      const next = parent[node] as number;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  // Only clusters of two or more have a group; a lone sentence is just its vector and article.
  const groups = new Map<number, Group>();
  const overlaps = (
    ra: number,
    ga: Group | undefined,
    rb: number,
    gb: Group | undefined,
  ): boolean => {
    if (!ga && !gb) return articleOf[ra] === articleOf[rb];
    if (!ga || !gb) return (ga ?? gb)?.articles.has(articleOf[ga ? rb : ra] ?? -1) ?? false;
    const [small, large] = ga.articles.size <= gb.articles.size ? [ga, gb] : [gb, ga];
    for (const article of small.articles) if (large.articles.has(article)) return true;
    return false;
  };
  const average = (
    ra: number,
    ga: Group | undefined,
    rb: number,
    gb: Group | undefined,
  ): number => {
    const va = vectors[ra];
    const vb = vectors[rb];
    if (!ga && !gb) return va && vb ? dot(va, vb) : 0;
    if (ga && gb) return dotSums(ga.sum, gb.sum) / (ga.size * gb.size);
    const group = (ga ?? gb) as Group;
    const vector = ga ? vb : va;
    return vector ? dotSum(vector, group.sum) / group.size : 0;
  };
  const sorted = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const pair of sorted) {
    if (pair.score < options.pairThreshold) break;
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    const ga = groups.get(ra);
    const gb = groups.get(rb);
    if (overlaps(ra, ga, rb, gb)) continue;
    if (average(ra, ga, rb, gb) < options.averageThreshold) continue;
    // Union by size: fold the smaller cluster into the larger.
    const sizeA = ga?.size ?? 1;
    const sizeB = gb?.size ?? 1;
    const [keepRoot, dropRoot] = sizeA >= sizeB ? [ra, rb] : [rb, ra];
    let keep = keepRoot === ra ? ga : gb;
    const drop = keepRoot === ra ? gb : ga;
    if (!keep) {
      const sum = new Map<number, number>();
      const vector = vectors[keepRoot];
      if (vector) addInto(sum, vector);
      keep = { sum, size: 1, articles: new Set([articleOf[keepRoot] ?? -1]), edges: [] };
      groups.set(keepRoot, keep);
    }
    parent[dropRoot] = keepRoot;
    if (drop) {
      for (const [id, weight] of drop.sum) keep.sum.set(id, (keep.sum.get(id) ?? 0) + weight);
      for (const article of drop.articles) keep.articles.add(article);
      for (const edge of drop.edges) keep.edges.push(edge);
      groups.delete(dropRoot);
    } else {
      const vector = vectors[dropRoot];
      if (vector) addInto(keep.sum, vector);
      keep.articles.add(articleOf[dropRoot] ?? -1);
    }
    keep.size += drop?.size ?? 1;
    keep.edges.push(pair);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < vectors.length; i += 1) {
    const root = find(i);
    let members = byRoot.get(root);
    if (!members) byRoot.set(root, (members = []));
    members.push(i);
  }
  return [...byRoot].map(([root, members]) => ({ members, edges: groups.get(root)?.edges ?? [] }));
}
