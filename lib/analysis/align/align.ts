import { type PreparedArticle, type Token } from "../text";

import { clauseRanges } from "./clauses";
import { type CandidateOptions, DEFAULT_CANDIDATE_OPTIONS, forEachCandidate } from "./candidates";
import { diffText } from "./diff";
import {
  type Cluster,
  type ClusterOptions,
  clusterSentences,
  type ScoredPair,
} from "./fact-clusters";
import { factLabel } from "./fact-label";
import { BIGRAM_WEIGHT, buildFeatures, type FeatureSpace } from "./features";
import { placementOf, relativePosition } from "./placement";
import type { AlignedPair, Fact, FactCoverage, SentenceRef, TextDiff } from "../schema";
import {
  addInto,
  dot,
  dotDense,
  dotSum,
  scatter,
  type SparseVector,
  sharedFeatures,
} from "./sparse-vector";
import { isWordLike, storyTerms } from "./terms";

/** Tuning of fact alignment: candidate indexing, clustering thresholds and output caps. */
export interface AlignOptions extends ClusterOptions, CandidateOptions {
  /** At most this many aligned pairs (with diffs) are listed per fact. */
  maxPairsPerFact: number;
  /** Facts with more members than this list only the pairs that built them, not all member pairs. */
  allPairsUpTo: number;
  /** At most this many shared terms are listed per pair. */
  maxSharedTerms: number;
  /** Weight of term bigrams relative to single terms. */
  bigramWeight: number;
  /** Each unit keeps at most this many of its best-scoring candidate pairs. */
  pairsPerUnit: number;
}

/**
 * Thresholds chosen on the hand-labelled Basra gold set (see
 * `eval/seed/alignment-gold.ts`; `npx tsx eval/align.ts` prints the scores).
 */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  ...DEFAULT_CANDIDATE_OPTIONS,
  pairThreshold: 0.25,
  averageThreshold: 0.2,
  maxPairsPerFact: 10,
  allPairsUpTo: 16,
  maxSharedTerms: 12,
  bigramWeight: BIGRAM_WEIGHT,
  pairsPerUnit: 8,
};

/** Pairs scoring at least this are copies of one sentence. */
const COPY_SCORE = 0.98;

/**
 * The story's alignment units: clauses of sentences (see `clauses.ts`), in
 * article, sentence and clause order. Sentences of punctuation alone (a "."
 * left over from a tweet) report nothing and are left out.
 */
interface Units {
  articleOf: Int32Array;
  sentenceOf: Int32Array;
  tokens: Token[][];
  /** The unit's own text (the whole sentence when it has one clause). */
  text: string[];
  /** True when the unit is the whole sentence. */
  whole: boolean[];
}

function unitsOf(articles: readonly PreparedArticle[]): Units {
  const articleOf: number[] = [];
  const sentenceOf: number[] = [];
  const tokens: Token[][] = [];
  const text: string[] = [];
  const whole: boolean[] = [];
  articles.forEach((article, a) => {
    for (const sentence of article.segmented.sentences) {
      if (!sentence.tokens.some(isWordLike)) continue;
      const ranges = clauseRanges(sentence.tokens);
      for (const [from, to] of ranges) {
        const own = ranges.length === 1 ? sentence.tokens : sentence.tokens.slice(from, to);
        const first = own[0];
        const last = own[own.length - 1];
        if (!first || !last || !own.some(isWordLike)) continue;
        articleOf.push(a);
        sentenceOf.push(sentence.index);
        tokens.push(own);
        text.push(article.analysis.text.slice(first.start, last.end));
        whole.push(ranges.length === 1);
      }
    }
  });
  return {
    articleOf: Int32Array.from(articleOf),
    sentenceOf: Int32Array.from(sentenceOf),
    tokens,
    text,
    whole,
  };
}

function roundScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

interface Context {
  articles: readonly PreparedArticle[];
  units: Units;
  vectors: SparseVector[];
  space: FeatureSpace;
  options: AlignOptions;
  /** Diffs by first text, then second: nested maps reuse each string's cached hash. */
  diffs: Map<string, Map<string, TextDiff>>;
  /** The "absent" coverage entry of each article. */
  absent: readonly FactCoverage[];
}

/** A fact before output: its units (ascending) and the merges that built it. */
interface Group {
  units: number[];
  edges: ScoredPair[];
}

function sentenceOfUnit(context: Context, unit: number) {
  const article = context.articles[context.units.articleOf[unit] ?? 0];
  return article?.analysis.sentences[context.units.sentenceOf[unit] ?? 0];
}

function ref(context: Context, unit: number): SentenceRef {
  const article = context.articles[context.units.articleOf[unit] ?? 0];
  return { article: article?.input.id ?? "", sentence: context.units.sentenceOf[unit] ?? 0 };
}

/** Word diff of two sentences; copies of a wire sentence repeat the same pair of texts, so diffs are cached. */
function cachedDiff(context: Context, a: string, b: string): TextDiff {
  let byB = context.diffs.get(a);
  if (!byB) context.diffs.set(a, (byB = new Map()));
  let diff = byB.get(b);
  if (!diff) {
    diff = diffText(a, b);
    byB.set(b, diff);
  }
  return diff;
}

function alignedPair(context: Context, pair: ScoredPair): AlignedPair {
  const va = context.vectors[pair.a];
  const vb = context.vectors[pair.b];
  const shared =
    va && vb
      ? sharedFeatures(va, vb)
          .sort((x, y) => y.weight - x.weight || x.id - y.id)
          .slice(0, context.options.maxSharedTerms)
          .map((feature) => context.space.names[feature.id] ?? "")
      : [];
  return {
    a: ref(context, pair.a),
    b: ref(context, pair.b),
    score: roundScore(pair.score),
    shared,
    // Diffs are between the whole sentences the pair refers to, so each side rebuilds its sentence.
    diff: cachedDiff(
      context,
      sentenceOfUnit(context, pair.a)?.text ?? "",
      sentenceOfUnit(context, pair.b)?.text ?? "",
    ),
  };
}

/** The pairs listed for a fact: the merges that built it, then other strong member pairs. */
function factPairs(context: Context, group: Group): ScoredPair[] {
  const { units, edges } = group;
  const { options, vectors } = context;
  const key = (p: ScoredPair) => `${p.a}:${p.b}`;
  const edgeKeys = new Set(edges.map(key));
  const extra: ScoredPair[] = [];
  if (units.length <= options.allPairsUpTo) {
    for (let i = 0; i < units.length; i += 1) {
      for (let j = i + 1; j < units.length; j += 1) {
        const a = units[i] as number;
        const b = units[j] as number;
        const va = vectors[a];
        const vb = vectors[b];
        const pair = { a, b, score: va && vb ? dot(va, vb) : 0 };
        if (pair.score >= options.pairThreshold && !edgeKeys.has(key(pair))) extra.push(pair);
      }
    }
  }
  const byScore = (x: ScoredPair, y: ScoredPair) => y.score - x.score || x.a - y.a || x.b - y.b;
  const chosen = [...edges].sort(byScore).slice(0, options.maxPairsPerFact);
  chosen.push(
    ...extra.sort(byScore).slice(0, Math.max(0, options.maxPairsPerFact - chosen.length)),
  );
  return chosen.sort(byScore);
}

/** The unit closest to the group's centroid, ties to the earliest: the fact's label source. */
function representative(context: Context, units: readonly number[]): number {
  const sum = new Map<number, number>();
  for (const u of units) {
    const vector = context.vectors[u];
    if (vector) addInto(sum, vector);
  }
  let best = units[0] ?? 0;
  let bestScore = -Infinity;
  for (const u of units) {
    const vector = context.vectors[u];
    const score = vector ? dotSum(vector, sum) : 0;
    if (score > bestScore + 1e-12) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

function coverageOf(context: Context, units: readonly number[]): FactCoverage[] {
  // First unit per article (units are in story order), so coverage costs units + articles, not their product.
  const firstOf = new Map<number, number>();
  for (const u of units) {
    const article = context.units.articleOf[u] ?? 0;
    if (!firstOf.has(article)) firstOf.set(article, u);
  }
  return context.articles.map((article, a) => {
    const first = firstOf.get(a);
    const sentence = first === undefined ? undefined : sentenceOfUnit(context, first);
    // One shared, frozen "absent" entry per article: a story of 1,000 articles has millions of them.
    if (!sentence) return context.absent[a] as FactCoverage;
    const { placement, position } = placementOf(sentence, article.analysis.sentences.length);
    return {
      article: article.input.id,
      placement,
      sentence: sentence.index,
      paragraph: sentence.paragraph,
      position: roundScore(position),
      voice: null,
    };
  });
}

/**
 * Facts from clusters: each multi-unit cluster is a fact; the units left
 * alone become single-outlet facts, one per sentence (a sentence whose other
 * clause was aligned elsewhere thus also keeps a fact of its own).
 */
function groupsOf(context: Context, clusters: readonly Cluster[]): Group[] {
  const groups: Group[] = [];
  const alone = new Map<string, number[]>();
  for (const cluster of clusters) {
    if (cluster.members.length > 1) groups.push({ units: cluster.members, edges: cluster.edges });
    else {
      const unit = cluster.members[0] as number;
      const key = `${context.units.articleOf[unit]}:${context.units.sentenceOf[unit]}`;
      const list = alone.get(key) ?? [];
      list.push(unit);
      alone.set(key, list);
    }
  }
  for (const units of alone.values())
    groups.push({ units: units.sort((a, b) => a - b), edges: [] });
  return groups;
}

function labelOf(context: Context, group: Group): string {
  const unit = representative(context, group.units);
  const sentence = sentenceOfUnit(context, unit);
  // A sentence none of whose clauses was aligned is labelled as a whole.
  const whole = group.edges.length === 0 && group.units.length > 1;
  return factLabel(
    whole || context.units.whole[unit] ? (sentence?.text ?? "") : (context.units.text[unit] ?? ""),
  );
}

/**
 * Group sentences that report the same fact across the articles of a story.
 *
 * Sentences are split into clauses (`clauses.ts`) and become IDF-weighted
 * vectors of normalised terms and term bigrams (`terms.ts`, `features.ts`);
 * candidate pairs come from an inverted index on each unit's rarest terms
 * (`candidates.ts`); pairs are scored by cosine and clustered best-first with
 * average linkage, one unit per article per fact (`fact-clusters.ts`). Every
 * sentence with words is in at least one fact; unaligned ones are
 * single-outlet facts. Facts come in story order: by the mean relative
 * position of their member sentences, ties by first appearance.
 */
export function alignFacts(
  articles: PreparedArticle[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Fact[] {
  const units = unitsOf(articles);
  const { space, features, vectors } = buildFeatures(
    storyTerms(units.tokens, units.text),
    options.bigramWeight,
  );
  const pairs: ScoredPair[] = [];
  const scored: ScoredPair[] = [];
  // The current unit's vector spread over a dense array: each candidate is then scored in one pass.
  const dense = new Float64Array(space.names.length);
  forEachCandidate(features, space, units.articleOf, options, (i, candidates) => {
    const vi = vectors[i];
    if (!vi) return;
    scatter(dense, vi, true);
    scored.length = 0;
    for (const j of candidates) {
      const vj = vectors[j];
      const score = vj ? dotDense(vj, dense) : 0;
      if (score >= options.pairThreshold)
        scored.push({ a: Math.min(i, j), b: Math.max(i, j), score });
    }
    scatter(dense, vi, false);
    // A unit's best few matches are enough to place it; this bounds the pairs when copies abound.
    // Exact copies count for at most two of them, so that near variants still get linked.
    if (scored.length > options.pairsPerUnit) {
      scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
      let copies = 0;
      let kept = 0;
      for (const pair of scored) {
        if (kept === options.pairsPerUnit) break;
        if (pair.score >= COPY_SCORE && ++copies > 2) continue;
        pairs.push(pair);
        kept += 1;
      }
    } else for (const pair of scored) pairs.push(pair);
  });
  const absent = articles.map((article) =>
    Object.freeze({
      article: article.input.id,
      placement: "absent",
      sentence: null,
      paragraph: null,
      position: null,
      voice: null,
    } as const),
  );
  const context: Context = { articles, units, vectors, space, options, diffs: new Map(), absent };
  const clusters = clusterSentences(vectors, units.articleOf, pairs, options);
  const ordered = groupsOf(context, clusters)
    .map((group) => {
      const refs = uniqueRefs(context, group.units);
      const positions = refs.map(({ article, sentence }) =>
        relativePosition(sentence, articles[article]?.analysis.sentences.length ?? 1),
      );
      const mean = positions.reduce((sum, p) => sum + p, 0) / Math.max(1, positions.length);
      return { group, refs, mean, first: group.units[0] ?? 0 };
    })
    .sort((x, y) => x.mean - y.mean || x.first - y.first);
  return ordered.map(({ group, refs }, i) => ({
    id: `fact-${i + 1}`,
    label: labelOf(context, group),
    members: refs.map(({ article, sentence }) => ({
      article: articles[article]?.input.id ?? "",
      sentence,
    })),
    coverage: coverageOf(context, group.units),
    pairs: factPairs(context, group).map((pair) => alignedPair(context, pair)),
  }));
}

/** Distinct (article index, sentence index) of some units, in unit order. */
function uniqueRefs(
  context: Context,
  units: readonly number[],
): { article: number; sentence: number }[] {
  const seen = new Set<string>();
  const refs: { article: number; sentence: number }[] = [];
  for (const u of units) {
    const article = context.units.articleOf[u] ?? 0;
    const sentence = context.units.sentenceOf[u] ?? 0;
    const key = `${article}:${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ article, sentence });
  }
  return refs;
}
