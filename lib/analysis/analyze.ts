import { alignFacts } from "./align";
import { prepareArticle, type PreparedArticle } from "./article";
import { analyzeAttribution } from "./attribution";
import { findQuotes, groupQuotes } from "./quotes";
import { findReuse } from "./reuse";
import {
  type ArticleInput,
  type ParsedStory,
  type Quote,
  type StoryAnalysis,
  type StoryInput,
  storyInputSchema,
} from "./schema";

/**
 * One article read on its own: cleaned, segmented, its quotes found and
 * attributed. Depends on nothing but the article, so articles can be read in
 * any order, or on several threads, and give the same result.
 */
export interface ReadArticle {
  prepared: PreparedArticle;
  quotes: Quote[];
}

/** The per-article stage of `analyzeStory`: clean, segment, find quotes. */
export function readArticle(input: ArticleInput): ReadArticle {
  const prepared = prepareArticle(input);
  return { prepared, quotes: findQuotes(prepared) };
}

/**
 * Analyse one story: clean and segment each article, align facts across
 * articles, find reused text and quotes. Pure and deterministic: the same
 * input always gives the same output.
 */
export function analyzeStory(input: StoryInput): StoryAnalysis {
  const story = storyInputSchema.parse(input);
  return analyzeReadStory(story, story.articles.map(readArticle));
}

/**
 * The story-wide stage of `analyzeStory`, from its articles already read
 * (`read[i]` is `readArticle(story.articles[i])`, however it was computed) of a
 * story already validated by `storyInputSchema`.
 */
export function analyzeReadStory(story: ParsedStory, read: readonly ReadArticle[]): StoryAnalysis {
  const notes: string[] = [];
  const articles = read.map((r) => r.prepared);
  for (const article of articles) {
    if (article.segmented.sentences.length === 0) {
      notes.push(`${article.input.id}: no article text left after cleaning.`);
    }
  }
  if (articles.length < 2) notes.push("Only one article: there is nothing to compare it with.");
  const facts = alignFacts(articles);
  const { reuse, pairs } = findReuse(articles);
  const quotes = read.flatMap((r) => r.quotes);
  const quoteGroups = groupQuotes(quotes, articles);
  // Actors, blame, voice and word choice; fills quotes' speakerActor and facts' voice.
  const attribution = analyzeAttribution(articles, quotes, story.actors, facts);
  return {
    version: 1,
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
