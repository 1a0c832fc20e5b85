import type { Story } from "@/lib/content/types";
import { storyHref, storyKey } from "./href";
import type { StoryView } from "./types";

/** A curated story (content/stories/<slug>) as its pages see it: listed, every article analysed. */
export function curatedView(story: Story): StoryView {
  return {
    collection: "stories",
    slug: story.slug,
    href: storyHref("stories", story.slug),
    key: storyKey("stories", story.slug),
    listed: true,
    title: story.title,
    date: story.date,
    tags: story.tags,
    actors: story.actors,
    questions: story.questions,
    summary: story.summary,
    summaryLine: story.summaryLine,
    articles: story.articles.map((article) => ({
      slug: article.slug,
      outlet: article.outlet,
      title: article.title,
      published: article.published,
      url: article.url,
      byline: article.byline,
      provenance: article.provenance,
      raw: article.raw,
    })),
    leftOut: [],
  };
}
