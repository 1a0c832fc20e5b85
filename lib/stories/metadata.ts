import type { Metadata } from "next";
import type { PendingStory } from "./types";

/** Unlisted stories (people's own) are never indexed nor followed, whatever the page. */
const UNLISTED: NonNullable<Metadata["robots"]> = { index: false, follow: false };

/** A story page's metadata, with `robots` forced to noindex when the story is unlisted. */
export function storyMetadata(story: { listed: boolean }, metadata: Metadata): Metadata {
  return story.listed ? metadata : { ...metadata, robots: UNLISTED };
}

/** The metadata of a page whose story is still being analysed (or failed): a title, never indexed. */
export function pendingMetadata(story: PendingStory, view?: string): Metadata {
  return {
    title: view ? `${view}: ${story.title}` : story.title,
    robots: UNLISTED,
  };
}
