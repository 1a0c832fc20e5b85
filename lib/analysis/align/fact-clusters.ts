/** A scored pair of sentences (story sentence indices, a < b). */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
}

/** Thresholds of the clustering (scores 0–1). */
export interface ClusterOptions {
  /** Two groups merge only if their members match this well on average. */
  averageThreshold: number;
  /**
   * Two groups that hold sentences of one article merge only if those
   * sentences match each other this well: the article states the fact twice
   * (a lede and a later paragraph that restates it).
   */
  restateThreshold: number;
  /**
   * The same when both groups are already reported by two articles or more:
   * their agreement across outlets (the average above) is then the evidence
   * that they are one fact, and an article in both restates it in other words.
   */
  restateGroupThreshold: number;
}

/** What clustering asks of the pair scores. */
export interface ClusterScorer {
  /** The score of any two sentences of different articles (for the average across two groups). */
  score(a: number, b: number): number;
  /** How well two sentences of one article restate each other (0 when they cannot). */
  restate(a: number, b: number): number;
  /**
   * The pair's score once checked that it does not tell the opposite fact
   * (asked only of pairs about to join two groups), and the threshold it must reach.
   */
  confirm(pair: ScoredPair): { score: number; threshold: number };
}

/** A group of sentences reporting one fact. */
export interface Cluster {
  /** Story sentence indices, ascending (an article's second sentence restates its first). */
  members: number[];
}

/** Each group is judged on at most this many of its members (its first: the core it grew from). */
export const LINKAGE_SAMPLE = 4;

interface Group {
  members: number[];
  /** Each article's members. */
  articles: Map<number, number[]>;
}

/**
 * Agglomerative clustering over scored pairs, best pair first. Two groups
 * merge when a pair across them is confirmed (no swapped roles or one-sided
 * negation), their members match on average at least `averageThreshold`
 * (so one strong link cannot chain two different facts together; judged on
 * up to `LINKAGE_SAMPLE` members of each, which bounds the work), and an
 * article they have in common restates the fact: its sentences in one group
 * match those in the other at least `restateThreshold` (otherwise two of
 * its sentences in one fact would mean two facts were joined).
 */
export function clusterSentences(
  count: number,
  articleOf: Int32Array,
  pairs: readonly ScoredPair[],
  scorer: ClusterScorer,
  options: ClusterOptions,
): Cluster[] {
  const parent = Int32Array.from({ length: count }, (_, i) => i);
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
  const groups = new Map<number, Group>();
  const groupOf = (root: number): Group =>
    groups.get(root) ?? { members: [root], articles: new Map([[articleOf[root] ?? -1, [root]]]) };
  const pairOf = (a: number, b: number) => scorer.score(Math.min(a, b), Math.max(a, b));
  /** False when the groups share an article whose sentences in each do not restate each other. */
  const restates = (x: Group, y: Group): boolean => {
    const [small, large] = x.articles.size <= y.articles.size ? [x, y] : [y, x];
    const threshold =
      small.articles.size > 1 ? options.restateGroupThreshold : options.restateThreshold;
    for (const [article, own] of small.articles) {
      const other = large.articles.get(article);
      if (!other) continue;
      for (const a of own) {
        for (const b of other) {
          if (scorer.restate(Math.min(a, b), Math.max(a, b)) < threshold) return false;
        }
      }
    }
    return true;
  };
  const average = (x: Group, y: Group): number => {
    const xs = x.members.slice(0, LINKAGE_SAMPLE);
    const ys = y.members.slice(0, LINKAGE_SAMPLE);
    let sum = 0;
    let n = 0;
    for (const a of xs) {
      for (const b of ys) {
        if (articleOf[a] === articleOf[b]) continue;
        sum += pairOf(a, b);
        n += 1;
      }
    }
    return n === 0 ? 1 : sum / n;
  };
  const sorted = [...pairs].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const pair of sorted) {
    const ra = find(pair.a);
    const rb = find(pair.b);
    if (ra === rb) continue;
    const ga = groupOf(ra);
    const gb = groupOf(rb);
    if (!restates(ga, gb)) continue;
    const confirmed = scorer.confirm(pair);
    if (confirmed.score < confirmed.threshold) continue;
    if (
      (ga.members.length > 1 || gb.members.length > 1) &&
      average(ga, gb) < options.averageThreshold
    )
      continue;
    // Union by size: fold the smaller group into the larger, which keeps its core first.
    const [keepRoot, dropRoot, keep, drop] =
      ga.members.length >= gb.members.length ? [ra, rb, ga, gb] : [rb, ra, gb, ga];
    parent[dropRoot] = keepRoot;
    for (const member of drop.members) keep.members.push(member);
    for (const [article, own] of drop.articles)
      keep.articles.set(article, [...(keep.articles.get(article) ?? []), ...own]);
    groups.set(keepRoot, keep);
    groups.delete(dropRoot);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i += 1) {
    const root = find(i);
    let members = byRoot.get(root);
    if (!members) byRoot.set(root, (members = []));
    members.push(i);
  }
  return [...byRoot.values()].map((members) => ({ members }));
}
