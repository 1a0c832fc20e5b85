import type { StoryAnalysis } from "@/lib/analysis";
import type { Article, Provenance, Story } from "@/lib/content";
import type { UserStoryStatus } from "@/lib/store";
import type { Collection } from "./href";

/**
 * One article as the story's pages show it, whichever collection it comes from. `provenance` is null
 * when nobody said where the text comes from (a user story): the pages say so rather than guess.
 */
export interface StoryArticleView extends Pick<
  Article,
  "slug" | "outlet" | "title" | "published" | "url" | "byline" | "raw"
> {
  provenance: Provenance | null;
}

/** An article a person sent that is not in the analysis (its link could not be read). */
export interface LeftOutArticle {
  outlet: string;
  url: string | null;
  reason: string;
}

/** A story as its pages see it: source-neutral (content/ or the store). */
export interface StoryView extends Pick<Story, "slug" | "title" | "tags" | "actors" | "questions"> {
  collection: Collection;
  /** "/stories/<slug>" or "/s/<id>": every link inside the story starts here. */
  href: string;
  /** See storyKey: what classroom tokens and caches are keyed by. */
  key: string;
  /** Whether search engines and lists may show it (curated: yes; user stories: no). */
  listed: boolean;
  /**
   * The event's date (YYYY-MM-DD): a curated story's own; for a user story the one it was given,
   * else its earliest article's publication date, else null (unknown, never guessed).
   */
  date: string | null;
  /** A neutral paragraph on the event, or null when none was given. */
  summary: string | null;
  /** One line for lists, descriptions and link previews (never empty). */
  summaryLine: string;
  articles: StoryArticleView[];
  leftOut: LeftOutArticle[];
}

/** A story whose analysis is not there (yet): queued, running, or failed. */
export interface PendingStory {
  collection: Collection;
  slug: string;
  href: string;
  title: string;
  status: UserStoryStatus;
}

export type LoadedStory =
  | {
      state: "ready";
      story: StoryView;
      analysis: StoryAnalysis;
      /** Changes whenever the analysis does (for caches of what is drawn from it). */
      version: string;
    }
  | { state: "pending"; story: PendingStory };
