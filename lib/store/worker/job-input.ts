import type { StoryInput } from "@/lib/analysis";
import type { UserStoryArticle } from "../articles";
import type { StoryActorInput } from "../stories";

/**
 * The engine's input for a stored story: the articles that have text (a link that could not be read is
 * left out), in the order given. The story's date is its own (an imported folder's), else its earliest
 * article's, else the day it was made.
 */
export function toStoryInput(
  story: { id: string; title: string; actors: string; date: string | null; created_at: string },
  articles: UserStoryArticle[],
): StoryInput {
  const readable = articles.filter((article) => article.raw?.trim());
  const dates = readable
    .map((article) => article.published)
    .filter((date): date is string => Boolean(date))
    .sort();
  return {
    slug: story.id,
    title: story.title,
    date: story.date ?? dates[0] ?? story.created_at.slice(0, 10),
    articles: readable.map((article) => ({
      id: article.slug,
      outlet: article.outlet,
      outletSlug: null,
      title: article.title,
      published: article.published,
      byline: article.byline,
      raw: article.raw ?? "",
    })),
    actors: JSON.parse(story.actors) as StoryActorInput[],
  };
}
