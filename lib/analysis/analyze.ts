import { alignFacts, findReuse } from "./align";
import { findQuotes, groupQuotes } from "./quotes";
import { analyzeAttribution, articleSpans, rememberSpans } from "./relations";
import { prepareArticle } from "./text";

import { type ArticleCache, articleKey, type ArticleWork } from "./article-cache";
import { parsesOf, rememberParses } from "./sentence-parses";
import { keepSentenceWork } from "./sentence-work";
import {
  ANALYSIS_VERSION,
  type ArticleInput,
  type Quote,
  type StoryAnalysis,
  type StoryInput,
  storyInputSchema,
} from "./schema";

/** The pipeline's stages, in order, as `onStage` reports them. */
export const ANALYSIS_STAGES = ["prepare", "align", "reuse", "quotes", "relations"] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

export interface AnalyzeOptions {
  /** Called as each stage starts (for progress, and for the bench's stage-by-stage times). */
  onStage?: (stage: AnalysisStage) => void;
  /** Per-article work kept between analyses, so adding an article redoes only story-wide work. */
  cache?: ArticleCache;
}

type StoryActors = readonly NonNullable<StoryInput["actors"]>[number][];

/**
 * An article's own work: cleaned, read and quoted, with the parses made on the way and its raw
 * actor spans (which depend on the article and the story's own actors). It depends on nothing
 * else, so a caller may do it anywhere (another thread, see lib/parallel) and hand it in through
 * the cache under `articleKey`; the analysis is then the same as if the engine had done it.
 */
export function readArticle(input: ArticleInput, actors: StoryActors): ArticleWork {
  const prepared = prepareArticle(input);
  const quotes = findQuotes(prepared);
  return { prepared, quotes, parses: parsesOf(prepared), spans: articleSpans(prepared, actors) };
}

/** Clean, read and quote one article, or take that work from the cache when its content is known. */
function articleWork(input: ArticleInput, actors: StoryActors, cache: ArticleCache | undefined) {
  if (!cache) {
    const prepared = prepareArticle(input);
    return { prepared, quotes: null };
  }
  const key = articleKey(input);
  const known = cache.get(key);
  if (known) {
    // Work read in another thread brings its parses and spans, which this thread has not seen.
    rememberParses(known.prepared, known.parses);
    rememberSpans(known.prepared, known.spans);
    return known;
  }
  const work = readArticle(input, actors);
  cache.set(key, work);
  return work;
}

/**
 * Analyse one story, one line a stage: clean and read each article (text), align facts across
 * articles and find reused passages (align), find quotes and their speakers (quotes, speakers),
 * resolve actors and read who blames whom, in whose voice (actors, relations). Pure and
 * deterministic: the same input always gives the same output, with or without a cache.
 */
export function analyzeStory(input: StoryInput, options: AnalyzeOptions = {}): StoryAnalysis {
  // With a cache (not a one-shot one), per-sentence work (terms, clause ranges, fact labels) is kept with the sentences.
  const keeping = keepSentenceWork(options.cache?.keepsSentenceWork ?? false);
  try {
    return analyze(input, options);
  } finally {
    keepSentenceWork(keeping);
  }
}

function analyze(input: StoryInput, options: AnalyzeOptions): StoryAnalysis {
  const story = storyInputSchema.parse(input);
  const stage = options.onStage ?? (() => {});
  stage("prepare");
  const work = story.articles.map((article) => articleWork(article, story.actors, options.cache));
  const articles = work.map((w) => w.prepared);
  stage("align");
  const facts = alignFacts(articles, undefined, options.cache?.matches);
  stage("reuse");
  const { reuse, pairs } = findReuse(articles);
  stage("quotes");
  const quotes: Quote[] = work.flatMap((w) => w.quotes ?? findQuotes(w.prepared));
  const quoteGroups = groupQuotes(quotes, articles);
  stage("relations");
  // Actors, blame, voice and word choice; fills quotes' speakerActor and facts' voice.
  const attribution = analyzeAttribution(articles, quotes, story.actors, facts, story.eventTerms);
  const notes: string[] = [];
  for (const article of articles) {
    if (article.segmented.sentences.length === 0) {
      notes.push(`${article.input.id}: no article text left after cleaning.`);
    }
  }
  if (articles.length < 2) notes.push("Only one article: there is nothing to compare it with.");
  return {
    version: ANALYSIS_VERSION,
    story: { slug: story.slug, title: story.title, date: story.date },
    articles: articles.map((article) => article.analysis),
    facts: attribution.facts,
    reuse,
    reusePairs: pairs,
    quotes: attribution.quotes,
    quoteGroups,
    sides: attribution.sides,
    actors: attribution.actors,
    mentions: attribution.mentions,
    blame: attribution.blame,
    voices: attribution.voices,
    voiceSummary: attribution.voiceSummary,
    wordChoice: attribution.wordChoice,
    markedWords: attribution.markedWords,
    notes,
  };
}
