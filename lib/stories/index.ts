/**
 * lib/stories: one story, whichever collection it lives in (curated content/ or people's own stories
 * in the store), as the pages of app/[collection]/[slug] see it.
 */
export { COLLECTIONS, type Collection, isCollection, storyHref, storyKey } from "./href";
export { loadStory, loadStoryFrom } from "./load";
export { pendingMetadata, storyMetadata } from "./metadata";
export { provenanceLabel, UNKNOWN_PROVENANCE } from "./provenance";
export type {
  LeftOutArticle,
  LoadedStory,
  PendingStory,
  StoryArticleView,
  StoryView,
} from "./types";
export { storyFileHeaders, unavailable } from "./responses";
