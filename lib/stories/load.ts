import { cache } from "react";
import { getOutlets, getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { readAnalysis } from "@/lib/store/analyses";
import { getStoryArticles } from "@/lib/store/articles";
import { getStoreDb, type StoreDb } from "@/lib/store/db/open";
import { getStoryRecord, getStoryStatus, type UserStoryStatus } from "@/lib/store/stories";
import { curatedView } from "./curated";
import { isCollection, storyHref } from "./href";
import type { LoadedStory } from "./types";
import { userView } from "./user";

/**
 * A story by its route (`collection`, `slug`), from content/ or from the store, with its analysis:
 * "ready", or "pending" for a user story still in the queue, being analysed, or failed. Null when
 * there is no such story (an unknown collection or slug, or a deleted story), which pages turn into
 * a 404. Nothing is kept between requests here: curated analyses are cached by lib/content, and a
 * user story's decoded analysis by the store's small cache, which checks the stored version first.
 */
export async function loadStoryFrom(
  collection: string,
  slug: string,
  store: () => Promise<StoreDb>,
): Promise<LoadedStory | null> {
  if (!isCollection(collection)) return null;
  if (collection === "stories") {
    const story = getStory(slug);
    const analysis = story ? getStoryAnalysis(slug) : null;
    if (!story || !analysis) return null;
    // Curated content changes only with a new build, which starts a new process.
    return { state: "ready", story: curatedView(story), analysis, version: "content" };
  }
  const db = await store();
  const pending = (status: UserStoryStatus): LoadedStory => ({
    state: "pending",
    story: { collection, slug, href: storyHref(collection, slug), title: status.title, status },
  });
  const status = await getStoryStatus(db, slug);
  if (!status) return null;
  if (status.status !== "done") return pending(status);
  const [record, articles, stored] = await Promise.all([
    getStoryRecord(db, slug),
    getStoryArticles(db, slug),
    readAnalysis(db, slug),
  ]);
  if (!record) return null; // deleted a moment ago
  if (!stored) {
    // Changed a moment ago: its new analysis is queued.
    const now = await getStoryStatus(db, slug);
    return now ? pending(now) : null;
  }
  return {
    state: "ready",
    story: userView(record, articles, stored.analysis, getOutlets()),
    analysis: stored.analysis,
    version: `${stored.createdAt} ${stored.engineVersion}`,
  };
}

/** loadStoryFrom on the process's store; metadata and page of one request share a single load. */
export const loadStory = cache((collection: string, slug: string): Promise<LoadedStory | null> =>
  loadStoryFrom(collection, slug, getStoreDb),
);
