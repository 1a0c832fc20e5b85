import type { OutletType, Provenance, StoryActor, StoryEventTerms, StoryQuestion } from "./schemas";
import type { ContentProblem } from "./problems";

/** An outlet profile from `content/outlets/<slug>.md`. */
export interface Outlet {
  slug: string;
  name: string;
  aliases: string[];
  domain: string | null;
  country: string | null;
  type: OutletType;
  identified: boolean;
  ownership: string;
  references: { claim: string; url: string }[];
  /** The profile text (Markdown body). */
  profile: string;
  file: string;
}

/** How an article names its outlet: a profile when one exists, else the plain name. */
export interface OutletRef {
  slug: string | null;
  name: string;
  type: OutletType;
}

/** One outlet's article about a story, with its text exactly as received. */
export interface Article {
  slug: string;
  storySlug: string;
  file: string;
  outlet: OutletRef;
  title: string | null;
  published: string | null;
  url: string | null;
  byline: string | null;
  provenance: Provenance;
  /** The article text exactly as received, page chrome included. */
  raw: string;
}

export interface Story {
  slug: string;
  file: string;
  title: string;
  date: string;
  tags: string[];
  actors: StoryActor[];
  questions: StoryQuestion[];
  /** The story's own words for kinds of event (frontmatter `eventTerms`). */
  eventTerms: StoryEventTerms[];
  /** One-paragraph neutral summary (Markdown body). */
  summary: string;
  /** The summary's first sentence, for lists. */
  summaryLine: string;
  articles: Article[];
}

export interface Content {
  outlets: Outlet[];
  stories: Story[];
  warnings: ContentProblem[];
}

export interface ContentCheck {
  content: Content;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}
