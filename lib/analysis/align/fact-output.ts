import type { PreparedArticle, Token } from "../text";
import type {
  Fact,
  FactCoverage,
  FactMaybe,
  FactWordLink,
  VersionLink,
  WordMatchKind,
} from "../schema";
import type { NearMiss } from "./near-misses";
import { labelOf } from "./fact-label";
import type { StoryMeaning, TermLink } from "./meaning";
import { placementOf, relativePosition } from "./placement";
import { normaliseWord, type SentenceTerms } from "./terms";
import type { Units } from "./units";

/** At most this many word pairs are listed per version. */
export const MAX_LINK_WORDS = 24;
/** The base version is chosen among (and judged against) at most this many versions. */
export const BASE_SAMPLE = 24;
/**
 * At most this many facts per story get their label from a parse (one parse
 * each), the most widely reported first; the rest keep the string label, so a
 * story of thousands of one-outlet facts costs no more than a few hundred parses.
 */
export const PARSED_LABELS = 200;

/** The facts (by index) whose labels are parsed: the widest first, ties in story order. */
function parsedLabelSet(facts: readonly { members: number[] }[]): Set<number> {
  const order = facts.map((fact, i) => ({ i, width: fact.members.length }));
  order.sort((x, y) => y.width - x.width || x.i - y.i);
  return new Set(order.slice(0, PARSED_LABELS).map((entry) => entry.i));
}

/** What writing facts reads of the story. */
export interface OutputInput {
  articles: readonly PreparedArticle[];
  units: Units;
  terms: readonly SentenceTerms[];
  meaning: StoryMeaning;
  /** Score of two sentences (memoised by the caller). */
  score(a: number, b: number): number;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** The member closest to the others (the highest summed score), ties to the earliest. */
function baseOf(input: OutputInput, members: readonly number[]): number {
  if (members.length <= 2) return members[0] ?? 0;
  const sample = members.slice(0, BASE_SAMPLE);
  let best = sample[0] ?? 0;
  let bestScore = -Infinity;
  for (const m of sample) {
    let sum = 0;
    for (const o of sample) if (o !== m) sum += input.score(Math.min(m, o), Math.max(m, o));
    if (sum > bestScore + 1e-9) {
      best = m;
      bestScore = sum;
    }
  }
  return best;
}

/** The [start, end) text offsets of term k of sentence s. */
function termSpan(input: OutputInput, s: number, k: number): [number, number] {
  const spans = input.terms[s]?.spans;
  const tokens = input.units.tokens[s] as Token[];
  const first = tokens[spans?.[2 * k] ?? 0];
  const last = tokens[spans?.[2 * k + 1] ?? 0];
  return [first?.start ?? 0, last?.end ?? 0];
}

function refOf(input: OutputInput, unit: number): { article: string; sentence: number } {
  return {
    article: input.articles[input.units.articleOf[unit] ?? 0]?.input.id ?? "",
    sentence: input.units.sentenceOf[unit] ?? 0,
  };
}

/** The dictionary forms of term k's words in sentence s ("closing the" → "close the"). */
function termLemmas(input: OutputInput, s: number, k: number): string {
  const spans = input.terms[s]?.spans;
  const tokens = input.units.tokens[s] ?? [];
  const first = spans?.[2 * k] ?? 0;
  const last = spans?.[2 * k + 1] ?? first;
  return tokens
    .slice(first, last + 1)
    .map((t) => normaliseWord(t.lemma))
    .join(" ");
}

/**
 * A word pair's kind as a reader sees it: terms are equal when the news
 * vocabulary maps two words to one ("meager" → "poor", "U.S." → "United
 * States"), which is a synonym (or, for names, an alias), not a shared word.
 */
function shownKind(
  input: OutputInput,
  link: TermLink,
  base: number,
  member: number,
): WordMatchKind {
  if (link.kind !== "shared") return link.kind;
  if (termLemmas(input, member, link.a) === termLemmas(input, base, link.b)) return "shared";
  const pos = input.terms[member]?.pos[link.a];
  return pos === "PROPN" || pos === "X" ? "alias" : "synonym";
}

function linkOf(input: OutputInput, base: number, member: number): VersionLink {
  const { units } = input;
  const ref = refOf(input, member);
  if (units.text[base] === units.text[member]) return { ...ref, score: 1, words: [] };
  const words: FactWordLink[] = input.meaning
    .links(member, base)
    .slice(0, MAX_LINK_WORDS)
    .map((link) => ({
      kind: shownKind(input, link, base, member),
      base: termSpan(input, base, link.b),
      version: termSpan(input, member, link.a),
    }));
  return {
    ...ref,
    score: round(input.score(Math.min(base, member), Math.max(base, member))),
    words,
  };
}

/** One entry per reporting article (members ascending, so in article order), its first sentence first. */
function coverageOf(input: OutputInput, members: readonly number[]): FactCoverage[] {
  const out: FactCoverage[] = [];
  let previous = -1;
  for (const unit of members) {
    const a = input.units.articleOf[unit] ?? 0;
    const index = input.units.sentenceOf[unit] ?? 0;
    const last = out[out.length - 1];
    if (a === previous && last) {
      last.also = [...(last.also ?? []), index];
      continue;
    }
    previous = a;
    const article = input.articles[a];
    const sentence = article?.analysis.sentences[index];
    const { placement } = placementOf(
      sentence ?? { index, paragraph: 0 },
      article?.analysis.sentences.length ?? 1,
    );
    out.push({ article: article?.input.id ?? "", sentence: index, placement, voice: null });
  }
  return out;
}

/**
 * Facts from clusters (members ascending, one per article), in story order:
 * by the mean relative position of their sentences, ties by first appearance.
 * Each fact lists its reporting articles, its base version (the one closest
 * to the others) and every other version against that base.
 */
export function factsOf(
  input: OutputInput,
  clusters: readonly { members: number[] }[],
  nearMisses?: ReadonlyMap<number, ReadonlyMap<number, NearMiss>>,
): Fact[] {
  const { articles, units } = input;
  const ordered = clusters
    .map((cluster, index) => {
      const positions = cluster.members.map((u) =>
        relativePosition(
          units.sentenceOf[u] ?? 0,
          articles[units.articleOf[u] ?? 0]?.analysis.sentences.length ?? 1,
        ),
      );
      const mean = positions.reduce((sum, p) => sum + p, 0) / Math.max(1, positions.length);
      return { members: cluster.members, mean, first: cluster.members[0] ?? 0, index };
    })
    .sort((x, y) => x.mean - y.mean || x.first - y.first);
  const parsed = parsedLabelSet(ordered);
  return ordered.map(({ members, index }, i) => {
    const base = baseOf(input, members);
    const maybe = maybeOf(input, nearMisses?.get(index));
    return {
      id: `fact-${i + 1}`,
      label: labelOf(units.text[base] ?? "", units.tokens[base], parsed.has(i)),
      coverage: coverageOf(input, members),
      base: refOf(input, base),
      links: members.filter((u) => u !== base).map((u) => linkOf(input, base, u)),
      ...(maybe.length > 0 ? { maybe } : {}),
    };
  });
}

/** A fact's near misses as stored: one per article, in article order. */
function maybeOf(input: OutputInput, near: ReadonlyMap<number, NearMiss> | undefined): FactMaybe[] {
  if (!near) return [];
  return [...near.values()]
    .sort((x, y) => x.unit - y.unit)
    .map((miss) => ({ ...refOf(input, miss.unit), score: round(miss.score) }));
}
