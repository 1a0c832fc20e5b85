import { alignFacts, findReuse } from "./align";
import { findQuotes, groupQuotes } from "./quotes";
import { analyzeAttribution } from "./relations";
import { prepareArticle } from "./text";

import { type StoryAnalysis, type StoryInput, storyInputSchema } from "./schema";

/**
 * Analyse one story: clean and segment each article, align facts across
 * articles, find reused text and quotes. Pure and deterministic: the same
 * input always gives the same output.
 */
export function analyzeStory(input: StoryInput): StoryAnalysis {
  const story = storyInputSchema.parse(input);
  const notes: string[] = [];
  const articles = story.articles.map(prepareArticle);
  for (const article of articles) {
    if (article.segmented.sentences.length === 0) {
      notes.push(`${article.input.id}: no article text left after cleaning.`);
    }
  }
  if (articles.length < 2) notes.push("Only one article: there is nothing to compare it with.");
  const facts = alignFacts(articles);
  const { reuse, pairs } = findReuse(articles);
  const quotes = articles.flatMap(findQuotes);
  const quoteGroups = groupQuotes(quotes, articles);
  // Actors, blame, voice and word choice; fills quotes' speakerActor and facts' voice.
  const attribution = analyzeAttribution(articles, quotes, story.actors, facts, story.eventTerms);
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
