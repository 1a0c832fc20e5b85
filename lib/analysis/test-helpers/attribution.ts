import { findQuotes } from "../quotes";
import { analyzeAttribution, type AttributionResult } from "../relations";
import { prepareArticle } from "../text";
// The seed story's actors come from its own file (eval/seed/story-actors.ts reads content/): the
// engine folder keeps no knowledge of any story, even for tests.
import { SEED_STORY_ACTORS } from "@/eval/seed/story-actors";

import type { Blame, Quote, StoryInput } from "../schema";

/**
 * Test helpers for the attribution engine: run it on small texts without the
 * rest of the pipeline (no fact alignment), optionally with hand-made quotes.
 */

type StoryActor = NonNullable<StoryInput["actors"]>[number];

export interface Options {
  /** The story's actors; by default the seed story's (SEED_STORY_ACTORS), which most tests write about. */
  actors?: StoryActor[];
  /** Hand-made quotes instead of findQuotes' (built from a text fragment and a speaker). */
  quotes?: (text: string) => Quote[];
}

/** Analyse texts (one article each, ids a, b, c …) for actors, blame and voice. */
export function attributionOf(texts: readonly string[], options: Options = {}): AttributionResult {
  const articles = texts.map((raw, k) =>
    prepareArticle({
      id: String.fromCharCode(97 + k),
      outlet: `Outlet ${k + 1}`,
      outletSlug: null,
      title: null,
      published: null,
      byline: null,
      raw,
    }),
  );
  const quotes = articles.flatMap((article) =>
    options.quotes
      ? options.quotes(article.analysis.text).map((q) => ({ ...q, article: article.input.id }))
      : findQuotes(article),
  );
  return analyzeAttribution(articles, quotes, options.actors ?? SEED_STORY_ACTORS, []);
}

/** One text's resolved mentions, as "text → actor". */
export function mentionsOf(text: string, options: Options = {}): string[] {
  return attributionOf([text], options).mentions.map((m) => `${m.text} → ${m.actor}`);
}

/** One text's blame relations, each shown by `show` (by default `brief`). */
export function relationsOf(
  text: string,
  options: Options = {},
  show: (b: Blame) => string = brief,
): string[] {
  return attributionOf([text], options).blame.map(show);
}

/** A hand-made direct quote of `fragment` in `text`, spoken by `speaker`. */
export function handQuote(
  text: string,
  fragment: string,
  speaker: string | null,
  kind: Quote["kind"] = "direct",
): Quote {
  const start = text.indexOf(fragment);
  if (start < 0) throw new Error(`fragment not in text: ${fragment}`);
  return {
    id: `q-${start}`,
    article: "a",
    sentence: 0,
    start,
    end: start + fragment.length,
    text: fragment,
    speaker,
    speakerActor: null,
    affiliation: null,
    attribution: speaker ? "test" : null,
    kind,
    words: fragment.split(/\s+/).length,
  };
}

/** A compact view of a relation for exact assertions. */
export function brief(b: Blame): string {
  return `${b.accuser.actor ?? b.accuser.text ?? "∅"} ${b.kind} ${b.accused.actor ?? b.accused.text ?? "∅"} [${b.voice}]`;
}
