import type { ArticleAnalysis, StoryAnalysis } from "@/lib/analysis";
import type { Line } from "./lines";

/** A sentence that supports an answer, as a line with the telling words marked. */
export interface Evidence {
  article: string;
  /** Sentence index in the article, or null for "see the whole text" (teacher questions). */
  sentence: number | null;
  line: Line;
  /** Why this sentence matters, e.g. who it is attributed to. */
  note?: Line;
}

export interface Span {
  start: number;
  end: number;
}

export function findArticle(analysis: StoryAnalysis, id: string): ArticleAnalysis | undefined {
  return analysis.articles.find((a) => a.id === id);
}

/**
 * One sentence as excerpt and mark segments. Marks are offsets into the
 * article's text, clipped to the sentence. The first piece of the article's
 * first sentence is flagged, so blind mode can drop a dateline there.
 */
export function sentenceLine(article: ArticleAnalysis, index: number, marks: Span[] = []): Line {
  const sentence = article.sentences[index];
  if (!sentence) return [];
  const atStart = article.text.slice(0, sentence.start).trim().length === 0;
  const clipped = marks
    .map((m) => ({ start: Math.max(m.start, sentence.start), end: Math.min(m.end, sentence.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const line: Line = [];
  let cursor = sentence.start;
  for (const mark of clipped) {
    if (mark.start < cursor) continue;
    if (mark.start > cursor) {
      line.push({
        excerpt: article.text.slice(cursor, mark.start),
        article: article.id,
        atStart: cursor === sentence.start && atStart,
      });
    }
    line.push({
      mark: article.text.slice(mark.start, mark.end),
      article: article.id,
      atStart: mark.start === sentence.start && atStart,
    });
    cursor = mark.end;
  }
  if (cursor < sentence.end) {
    line.push({
      excerpt: article.text.slice(cursor, sentence.end),
      article: article.id,
      atStart: cursor === sentence.start && atStart,
    });
  }
  return line;
}

export function sentenceEvidence(
  article: ArticleAnalysis,
  index: number,
  marks: Span[] = [],
  note?: Line,
): Evidence {
  return {
    article: article.id,
    sentence: index,
    line: sentenceLine(article, index, marks),
    ...(note ? { note } : {}),
  };
}

/** The sentence holding an offset, or null. */
export function sentenceAt(article: ArticleAnalysis, offset: number): number | null {
  return article.sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? null;
}

const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "in",
  "on",
  "for",
  "to",
  "its",
  "it",
  "by",
  "with",
  "from",
  "at",
  "as",
]);

/** Lowercase, no dots ("U.S." → "us"), no leading article. */
export function normalizeTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\./g, "")
    .replace(/[^a-z0-9'\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|a|an) /, "");
}

/** A crude stem, enough to treat "rocket"/"rockets" and "militia"/"militias" as one word. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Content-word stems of a term. */
export function termStems(term: string): string[] {
  return normalizeTerm(term)
    .split(/[\s-]+/)
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w))
    .map(stem);
}

/** A key that treats spelling variants of the same words as one term. */
export function termKey(term: string): string {
  return termStems(term).join(" ");
}
