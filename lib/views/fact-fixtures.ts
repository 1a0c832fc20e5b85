import type { ArticleAnalysis, Fact } from "@/lib/analysis";
import { makeArticle } from "./test-analysis";

/*
 * Facts whose versions are linked word by word, for the tests of the fact views and their
 * components (lib/views/fact-links, components/facts/fact-versions). Hand-made, independent of
 * the engine's heuristics.
 */

type VersionLink = Fact["links"][number];

/**
 * A fact reported in the lede (sentence 0) of the base article and of each linked one, every
 * link given as the version's article, its score and its word pairs against the base.
 */
export function linkedFact(
  label: string,
  base: string,
  links: Pick<VersionLink, "article" | "score" | "words">[],
): Fact {
  return {
    id: "fact-1",
    label,
    coverage: [base, ...links.map((link) => link.article)].map((article) => ({
      article,
      sentence: 0,
      placement: "lede" as const,
      voice: null,
    })),
    base: { article: base, sentence: 0 },
    links: links.map(({ article, score, words }) => ({ article, sentence: 0, score, words })),
  };
}

/** Three outlets' one-sentence reports of a resignation: "a" is the base, "b" and "c" reword it. */
export function mayorArticles(): Record<"a" | "b" | "c", ArticleAnalysis> {
  return {
    a: makeArticle("a", "valley-times", ["The mayor resigned on Monday."]),
    b: makeArticle("b", "hill-post", ["On Monday the mayor quit."]),
    c: makeArticle("c", "lake-news", ["Mayor steps down."]),
  };
}

/** The links of "b" and "c" to the base "a": "mayor" shared, "resigned" a synonym or near one. */
const MAYOR_LINKS: Record<"b" | "c", Pick<VersionLink, "article" | "score" | "words">> = {
  b: {
    article: "b",
    score: 0.8,
    words: [
      { kind: "shared", base: [4, 9], version: [14, 19] },
      { kind: "synonym", base: [10, 18], version: [20, 24] },
    ],
  },
  c: {
    article: "c",
    score: 0.6,
    words: [
      { kind: "shared", base: [4, 9], version: [0, 5] },
      { kind: "similar", base: [10, 18], version: [6, 16] },
    ],
  },
};

/** The resignation as a fact based on "a", linked to the versions given (of mayorArticles). */
export function mayorFact(versions: ("b" | "c")[]): Fact {
  return linkedFact(
    "The mayor resigned",
    "a",
    // A copy each time: no test can change another's fixture.
    versions.map((version) => structuredClone(MAYOR_LINKS[version])),
  );
}
