import fs from "node:fs";
import path from "node:path";
import type { ArticleInput, StoryInput } from "@/lib/analysis/schema";
import { buildStory, prng, sentencePool } from "./bench-story";

/**
 * Where the benchmark's text comes from. Real, varied news when the shared evaluation data is
 * beside the project: PolNeAR's 924 articles from seven publishers and BASIL's 90, 1,014 distinct
 * articles (read from ../shared, never copied into the project). Otherwise the project's own
 * stories, shuffled and perturbed (bench-story.ts), which repeat their 97 sentences and so let
 * the engine's caches carry more than real text would: the bench says which it used.
 */
export interface Corpus {
  name: string;
  /** The articles available, in a fixed order. */
  articles: ArticleInput[];
  /** Whether the text repeats (synthetic), so figures are not comparable with real text. */
  synthetic: boolean;
}

const SHARED = path.resolve(process.cwd(), "..", "shared", "eval");

function polnear(): ArticleInput[] {
  const out: ArticleInput[] = [];
  for (const split of ["train", "dev"]) {
    const folder = path.join(SHARED, "polnear", split, "text");
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).sort()) {
      if (!file.endsWith(".txt")) continue;
      const text = fs.readFileSync(path.join(folder, file), "utf8");
      const newline = text.indexOf("\n");
      out.push({
        id: `p-${out.length}`,
        outlet: file.split("_")[0] ?? "unknown",
        outletSlug: null,
        title: newline > 0 ? text.slice(0, newline).trim() : null,
        published: null,
        byline: null,
        raw: newline > 0 ? text.slice(newline + 1) : text,
      });
    }
  }
  return out;
}

function basil(): ArticleInput[] {
  const root = path.join(SHARED, "basil-dev", "articles");
  if (!fs.existsSync(root)) return [];
  const out: ArticleInput[] = [];
  for (const year of fs.readdirSync(root).sort()) {
    for (const file of fs.readdirSync(path.join(root, year)).sort()) {
      if (!file.endsWith(".json")) continue;
      const data = JSON.parse(fs.readFileSync(path.join(root, year, file), "utf8")) as {
        source?: string;
        title?: string;
        "body-paragraphs"?: string[][];
      };
      out.push({
        id: `b-${out.length}`,
        outlet: data.source ?? "unknown",
        outletSlug: null,
        title: data.title ?? null,
        published: null,
        byline: null,
        raw: (data["body-paragraphs"] ?? []).map((p) => p.join(" ")).join("\n\n"),
      });
    }
  }
  return out;
}

export function loadCorpus(which: "real" | "own" | "auto"): Corpus {
  if (which !== "own") {
    const articles = [...polnear(), ...basil()];
    if (articles.length > 0) return { name: "PolNeAR + BASIL", articles, synthetic: false };
    if (which === "real") throw new Error(`no PolNeAR or BASIL text under ${SHARED}`);
  }
  const pool = sentencePool();
  const articles = buildStory(1_000, pool, 20180928).articles.map((a, k) => ({
    ...a,
    id: `o-${k}`,
  }));
  return { name: "the project's own stories, shuffled", articles, synthetic: true };
}

/** A story of `count` articles drawn without repeats in a seeded order; more than exist is refused. */
export function storyOf(corpus: Corpus, count: number, seed: number): StoryInput {
  if (count > corpus.articles.length)
    throw new Error(`${corpus.name} has ${corpus.articles.length} articles; asked for ${count}`);
  const random = prng(seed);
  const order = corpus.articles.map((_, k) => k);
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return {
    slug: `bench-${count}`,
    title: `Benchmark story of ${count} articles`,
    date: "2020-01-01",
    articles: order.slice(0, count).map((k) => corpus.articles[k] as ArticleInput),
    actors: [],
  };
}
