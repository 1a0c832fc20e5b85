import type { ArticleAnalysis, Fact, WordMatchKind } from "@/lib/analysis";

/*
 * Why the versions of a fact were aligned, as pages show it: each version's
 * words matched to words of the base version (the engine stores them as
 * offsets, see docs/schema.md), numbered so a reader can pair them up
 * without relying on colour.
 */

/** A stretch of a sentence: plain text, or a matched word with its pair number and kind. */
export type MarkedPart = { text: string; pair?: number; kind?: WordMatchKind };

/** A matched word pair as text: the base's word, the version's word, and how they match. */
export interface MatchedWord {
  pair: number;
  base: string;
  version: string;
  kind: WordMatchKind;
}

export interface LinkView {
  article: string;
  outlet: string;
  sentence: number;
  score: number;
  words: MatchedWord[];
  /** The base sentence and this version, cut into plain and marked parts. */
  baseParts: MarkedPart[];
  versionParts: MarkedPart[];
}

export interface FactLinksView {
  base: { article: string; outlet: string; sentence: number; text: string };
  links: LinkView[];
}

/** What each kind of match means, for the legend and for screen readers. */
export const KIND_LABELS: Record<WordMatchKind, string> = {
  shared: "same word",
  synonym: "synonym",
  similar: "similar meaning",
  broader: "more general word",
  related: "related word",
  vector: "used alike",
  alias: "another name",
};

/**
 * Cut a sentence (starting at `offset` in its article's text) into parts,
 * marking the given spans (article offsets); overlapping or out-of-range
 * spans are skipped, so a stale analysis cannot break the page.
 */
export function markSentence(
  text: string,
  offset: number,
  spans: readonly { start: number; end: number; pair: number; kind: WordMatchKind }[],
): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.pair - b.pair)) {
    const from = span.start - offset;
    const to = span.end - offset;
    if (from < at || to > text.length || to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from) });
    parts.push({ text: text.slice(from, to), pair: span.pair, kind: span.kind });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/** The fact's base version and every other version with its matched words; null if the base is missing. */
export function factLinks(fact: Fact, articles: readonly ArticleAnalysis[]): FactLinksView | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const baseArticle = byId.get(fact.base.article);
  const baseSentence = baseArticle?.sentences[fact.base.sentence];
  if (!baseArticle || !baseSentence) return null;
  const links: LinkView[] = [];
  for (const link of fact.links) {
    const article = byId.get(link.article);
    const sentence = article?.sentences[link.sentence];
    if (!article || !sentence) continue;
    const words = link.words.map((w, i) => ({
      pair: i + 1,
      base: baseArticle.text.slice(w.base[0], w.base[1]),
      version: article.text.slice(w.version[0], w.version[1]),
      kind: w.kind,
    }));
    const spans = (side: "base" | "version") =>
      link.words.map((w, i) => ({ start: w[side][0], end: w[side][1], pair: i + 1, kind: w.kind }));
    links.push({
      article: link.article,
      outlet: article.outlet,
      sentence: link.sentence,
      score: link.score,
      words,
      baseParts: markSentence(baseSentence.text, baseSentence.start, spans("base")),
      versionParts: markSentence(sentence.text, sentence.start, spans("version")),
    });
  }
  return {
    base: {
      article: baseArticle.id,
      outlet: baseArticle.outlet,
      sentence: baseSentence.index,
      text: baseSentence.text,
    },
    links,
  };
}

type Ref = { article: string; sentence: number };
type WordPair = { base: [number, number]; version: [number, number]; kind: WordMatchKind };

const same = (a: Ref, b: Ref) => a.article === b.article && a.sentence === b.sentence;

/**
 * The word pairs between any two versions of a fact. The engine links each
 * version to one base version only (so the output stays small); two other
 * versions are paired through the base: words matched to the same word of
 * the base match each other (the same word only when both links say so).
 */
export function wordPairs(fact: Fact, base: Ref, version: Ref): WordPair[] | null {
  const linkOf = (ref: Ref) =>
    fact.links.find((l) => l.article === ref.article && l.sentence === ref.sentence);
  if (same(base, version)) return null;
  if (same(base, fact.base)) return linkOf(version)?.words.map((w) => ({ ...w })) ?? null;
  const toBase = linkOf(base);
  if (!toBase) return null;
  if (same(version, fact.base))
    return toBase.words.map((w) => ({ base: w.version, version: w.base, kind: w.kind }));
  const toVersion = linkOf(version);
  if (!toVersion) return null;
  const viaBase = new Map(toBase.words.map((w) => [`${w.base[0]}:${w.base[1]}`, w]));
  return toVersion.words.flatMap((w) => {
    const other = viaBase.get(`${w.base[0]}:${w.base[1]}`);
    if (!other) return [];
    const kind = w.kind === "shared" ? other.kind : w.kind;
    return [{ base: other.version, version: w.version, kind }];
  });
}

/**
 * Two versions of a fact side by side with their matched words marked and
 * numbered (for a pair reworded throughout, where a word diff would strike
 * out most of the sentence); null when either sentence is missing.
 */
export function markedPair(
  fact: Fact,
  articles: readonly ArticleAnalysis[],
  base: Ref,
  version: Ref,
): { base: MarkedPart[]; version: MarkedPart[] } | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const baseSentence = byId.get(base.article)?.sentences[base.sentence];
  const versionSentence = byId.get(version.article)?.sentences[version.sentence];
  if (!baseSentence || !versionSentence) return null;
  const pairs = wordPairs(fact, base, version) ?? [];
  const spans = (side: "base" | "version") =>
    pairs.map((w, i) => ({ start: w[side][0], end: w[side][1], pair: i + 1, kind: w.kind }));
  return {
    base: markSentence(baseSentence.text, baseSentence.start, spans("base")),
    version: markSentence(versionSentence.text, versionSentence.start, spans("version")),
  };
}
