import type { Token } from "../text";
import { baseWeight, type ContentWord, conflicts } from "../semantics";
import {
  DEFAULT_MEANING_OPTIONS,
  type MeaningOptions,
  MIN_VERB_WEIGHT,
  type PairMeaning,
  type TermLink,
} from "./meaning-options";
import type { MatchMemo } from "./match-memo";
import { kindOf, similarityOf, StoryWords } from "./story-words";
import type { SentenceTerms } from "./terms";

/**
 * Sentence similarity by meaning over the aligner's terms: each term of one
 * sentence is matched to the term of the other that stands for it best (the
 * same term, a WordNet relation or close word vectors, see
 * `lib/analysis/semantics`), counted by its weight. A sentence's coverage is
 * the weighted share of its terms the other accounts for; their harmonic
 * mean is the score. Word-pair matches are memoised for the story, so a pair
 * of sentences costs a few lookups per word pair.
 */

export type { MeaningOptions, PairMeaning, TermLink } from "./meaning-options";
export { DEFAULT_MEANING_OPTIONS } from "./meaning-options";

export class StoryMeaning {
  private readonly lexicon: StoryWords;
  /** Distinct word ids of each sentence. */
  readonly ids: Int32Array[];
  /** For each of a sentence's words, the index of the term it first came from. */
  private readonly termOf: Int32Array[];
  /** Weight of each term of each sentence: its term weight × its word's weight in the story. */
  readonly weights: Float64Array[];
  private readonly totals: Float64Array;
  /** For each sentence's words (as in `ids`): 1 for a verb that counts as an act, 2 for a name (see `cover`). */
  private readonly kindAt: Uint8Array[];

  readonly minEvidence: number;
  /** Best matches kept between analyses (see `match-memo.ts`), and each sentence's number there. */
  private readonly memo: MatchMemo | undefined;
  private readonly units: Int32Array | undefined;

  constructor(
    private readonly terms: readonly SentenceTerms[],
    articleOf: Int32Array,
    private readonly options: MeaningOptions = DEFAULT_MEANING_OPTIONS,
    memo?: MatchMemo,
  ) {
    this.minEvidence = options.minEvidence;
    const lexicon = new StoryWords(options.match);
    this.lexicon = lexicon;
    // Each sentence's distinct words (a word used twice counts once, at its higher weight),
    // with the term each came from first, for showing where it is.
    const firstTerm: Int32Array[] = [];
    const termWeight: Float64Array[] = [];
    this.ids = terms.map(({ values, pos, weights }) => {
      const ids: number[] = [];
      const from: number[] = [];
      const own: number[] = [];
      for (let k = 0; k < values.length; k += 1) {
        const id = lexicon.add(values[k] as string, pos[k] ?? "X");
        // A sentence has a few dozen words at most: a linear search beats a Map made per sentence.
        const at = ids.indexOf(id);
        const weight = weights[k] ?? 1;
        if (at < 0) {
          ids.push(id);
          from.push(k);
          own.push(weight);
        } else if (weight > (own[at] ?? 0)) own[at] = weight;
      }
      firstTerm.push(Int32Array.from(from));
      termWeight.push(Float64Array.from(own));
      return Int32Array.from(ids);
    });
    this.termOf = firstTerm;
    if (memo) {
      memo.useOptions(JSON.stringify(options.match));
      this.units = memo.number(
        this.ids.map((ids) => Array.from(ids, (id) => lexicon.keys[id]).join("\u0002")),
      );
    }
    this.memo = this.units ? memo : undefined;
    lexicon.seal();
    const words = lexicon.words;
    // In how many articles each word occurs: a word every article uses keeps `storyFloor` of its weight.
    const articles = new Int32Array(words.length);
    const lastArticle = new Int32Array(words.length).fill(-1);
    const articleCount = new Set(articleOf).size;
    this.ids.forEach((ids, s) => {
      const article = articleOf[s] ?? 0;
      for (const id of ids) {
        if (lastArticle[id] === article) continue;
        lastArticle[id] = article;
        articles[id] = (articles[id] ?? 0) + 1;
      }
    });
    const floor = options.storyFloor;
    const wordWeight = Float64Array.from(words, (word, id) => {
      const spread = articleCount <= 1 ? 0 : ((articles[id] ?? 1) - 1) / (articleCount - 1);
      return baseWeight(word) * (1 - (1 - floor) * Math.min(1, spread));
    });
    this.weights = this.ids.map((ids, s) => {
      const own = termWeight[s] ?? new Float64Array();
      return Float64Array.from(ids, (id, k) => (wordWeight[id] ?? 0) * (own[k] ?? 1));
    });
    this.totals = Float64Array.from(this.weights, (w) => w.reduce((sum, x) => sum + x, 0));
    // Read for every pair compared: worked out once per sentence, not per pair from the words.
    this.kindAt = this.ids.map((ids, s) =>
      Uint8Array.from(ids, (id, k) => {
        const verb = words[id]?.pos === "VERB" && (this.weights[s]?.[k] ?? 0) >= MIN_VERB_WEIGHT;
        return (verb ? 1 : 0) | (words[id]?.name ? 2 : 0);
      }),
    );
  }

  /**
   * Each word's best match in the other sentence, both ways at once: words
   * both sentences use are found by stamping one sentence's words on a
   * vocabulary-wide array; only words that can match another word (a WordNet
   * neighbour or a vector) are then compared pair by pair.
   */
  private bestMatches(i: number, j: number): void {
    const idsI = this.ids[i] as Int32Array;
    const idsJ = this.ids[j] as Int32Array;
    const { stamp, bestA, bestB, atA, atB } = this.scratchFor(idsI.length, idsJ.length);
    this.generation += 2;
    const markA = this.generation;
    const markB = this.generation + 1;
    for (let k = 0; k < idsI.length; k += 1) {
      stamp[idsI[k] as number] = markA;
      bestA[k] = 0;
      atA[k] = -1;
    }
    for (let l = 0; l < idsJ.length; l += 1) {
      const y = idsJ[l] as number;
      bestB[l] = 0;
      atB[l] = -1;
      if (stamp[y] === markA) {
        bestB[l] = 1;
        const k = idsI.indexOf(y);
        atB[l] = k;
        bestA[k] = 1;
        atA[k] = l;
      }
      stamp[y] = stamp[y] === markA ? markA : markB;
    }
    const soft = this.lexicon.soft;
    for (let k = 0; k < idsI.length; k += 1) {
      const x = idsI[k] as number;
      if (soft[x] !== 1) continue;
      for (let l = 0; l < idsJ.length; l += 1) {
        const y = idsJ[l] as number;
        if (soft[y] !== 1 || (bestA[k] === 1 && bestB[l] === 1)) continue;
        const similarity = similarityOf(this.lexicon.match(x, y));
        if (similarity > (bestA[k] ?? 0)) {
          bestA[k] = similarity;
          atA[k] = l;
        }
        if (similarity > (bestB[l] ?? 0)) {
          bestB[l] = similarity;
          atB[l] = k;
        }
      }
    }
  }

  private generation = 0;
  private scratch = {
    stamp: new Int32Array(0),
    bestA: new Float64Array(0),
    bestB: new Float64Array(0),
    atA: new Int32Array(0),
    atB: new Int32Array(0),
  };

  private scratchFor(a: number, b: number): StoryMeaning["scratch"] {
    const words = this.lexicon.words.length;
    if (this.scratch.stamp.length < words) this.scratch.stamp = new Int32Array(words);
    const n = Math.max(a, b);
    if (this.scratch.bestA.length < n) {
      this.scratch.bestA = new Float64Array(n);
      this.scratch.bestB = new Float64Array(n);
      this.scratch.atA = new Int32Array(n);
      this.scratch.atB = new Int32Array(n);
    }
    return this.scratch;
  }

  /** `bestMatches`' similarities (not where they are), from the memo when it has them. */
  private bestSimilarities(i: number, j: number): void {
    const { memo, units } = this;
    if (!memo || !units) return this.bestMatches(i, j);
    const a = units[i] as number;
    const b = units[j] as number;
    const n = this.ids[i]?.length ?? 0;
    const m = this.ids[j]?.length ?? 0;
    const kept = memo.get(a, b);
    if (!kept) {
      this.bestMatches(i, j);
      const { bestA, bestB } = this.scratch;
      memo.set(a, b, [...bestA.subarray(0, n), ...bestB.subarray(0, m)]);
      return;
    }
    const { bestA, bestB } = this.scratchFor(n, m);
    for (let k = 0; k < n; k += 1) bestA[k] = kept[k] as number;
    for (let l = 0; l < m; l += 1) bestB[l] = kept[n + l] as number;
  }

  /** Coverage of one side from its best matches (see `bestMatches`). */
  private cover(
    s: number,
    best: Float64Array,
  ): { covered: number; mass: number; names: boolean; verbs: boolean; verbMatched: boolean } {
    const ids = this.ids[s] as Int32Array;
    const weights = this.weights[s] as Float64Array;
    const kindAt = this.kindAt[s] as Uint8Array;
    let covered = 0;
    let names = true;
    let verbs = false;
    let verbMatched = false;
    for (let k = 0; k < ids.length; k += 1) {
      const weight = weights[k] ?? 0;
      const verb = ((kindAt[k] as number) & 1) === 1;
      if (verb) verbs = true;
      const similarity = best[k] ?? 0;
      if (similarity <= 0) continue;
      if (verb) verbMatched = true;
      covered += weight * similarity;
      if (((kindAt[k] as number) & 2) === 0) names = false;
    }
    const total = this.totals[s] ?? 0;
    return { covered: total > 0 ? covered / total : 0, mass: covered, names, verbs, verbMatched };
  }

  /** Similarity of sentences i and j by meaning, without the role and negation checks. */
  compare(i: number, j: number): PairMeaning {
    this.bestSimilarities(i, j);
    const a = this.cover(i, this.scratch.bestA);
    const b = this.cover(j, this.scratch.bestB);
    const sum = a.covered + b.covered;
    const harmonic = sum === 0 ? 0 : (2 * a.covered * b.covered) / sum;
    const c = this.options.containment;
    let score = (1 - c) * harmonic + c * Math.max(a.covered, b.covered);
    const namesOnly = sum > 0 && a.names && b.names;
    if (namesOnly) score *= this.options.namesOnlyFactor;
    // Both tell of an act and neither act is matched: they share who or where, not what happened.
    if (a.verbs && b.verbs && !a.verbMatched && !b.verbMatched) score *= this.options.noActFactor;
    const evidence = Math.min(a.mass, b.mass);
    return { score, coverageA: a.covered, coverageB: b.covered, namesOnly, evidence };
  }

  /**
   * The term pairs that make sentences i and j alike, each pair once (best
   * match from either side): for showing why two sentences were aligned.
   */
  links(i: number, j: number): TermLink[] {
    this.bestMatches(i, j);
    const { bestA, bestB, atA, atB } = this.scratch;
    const idsI = this.ids[i] as Int32Array;
    const idsJ = this.ids[j] as Int32Array;
    const pairs = new Set<string>();
    const out: TermLink[] = [];
    const add = (k: number, l: number, similarity: number) => {
      if (k < 0 || l < 0 || similarity <= 0 || pairs.has(`${k}:${l}`)) return;
      pairs.add(`${k}:${l}`);
      const kind = kindOf(this.lexicon.match(idsI[k] as number, idsJ[l] as number));
      if (kind === "none") return;
      out.push({ a: this.termOf[i]?.[k] ?? 0, b: this.termOf[j]?.[l] ?? 0, kind, similarity });
    };
    for (let k = 0; k < idsI.length; k += 1) add(k, atA[k] ?? -1, bestA[k] ?? 0);
    for (let l = 0; l < idsJ.length; l += 1) add(atB[l] ?? -1, l, bestB[l] ?? 0);
    return out.sort((x, y) => x.a - y.a || x.b - y.b);
  }

  /**
   * True when sentences i and j, alike in words, tell opposite facts: an
   * argument changes sides of a verb both use, or one of them negates it.
   */
  conflict(i: number, j: number, tokensI: readonly Token[], tokensJ: readonly Token[]): boolean {
    const links = this.links(i, j);
    // Words at their terms' places (links and sides index terms, see `links`).
    const word = (s: number, term: number): ContentWord => {
      const k = this.termOf[s]?.indexOf(term) ?? -1;
      const w = this.lexicon.words[this.ids[s]?.[Math.max(0, k)] ?? 0] as ContentWord;
      const spans = this.terms[s]?.spans;
      return { ...w, first: spans?.[2 * term] ?? 0, last: spans?.[2 * term + 1] ?? 0 };
    };
    const roleLinks = links.map((l) => ({ a: word(i, l.a), b: word(j, l.b), kind: l.kind }));
    const sideOf = (s: number, tokens: readonly Token[]) => ({
      tokens,
      words: Array.from(this.termOf[s] ?? [], (term) => word(s, term)),
    });
    const found = conflicts(sideOf(i, tokensI), sideOf(j, tokensJ), roleLinks);
    return found.roles || found.negation;
  }
}
