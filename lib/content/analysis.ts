import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  type ArticleInput,
  analyzeStory,
  type StoryAnalysis,
  type StoryInput,
  storyAnalysisSchema,
} from "@/lib/analysis";
import { getStory } from "./index";
import type { Story } from "./types";

/** The engine's input for one loaded article. */
export function toArticleInput(article: Story["articles"][number]): ArticleInput {
  return {
    id: article.slug,
    outlet: article.outlet.name,
    outletSlug: article.outlet.slug,
    title: article.title,
    published: article.published,
    byline: article.byline,
    raw: article.raw,
  };
}

/** The engine's input for a loaded story. */
export function toStoryInput(story: Story): StoryInput {
  return {
    slug: story.slug,
    title: story.title,
    date: story.date,
    articles: story.articles.map(toArticleInput),
    actors: story.actors,
    eventTerms: story.eventTerms,
  };
}

const CACHE_DIR = path.join(process.cwd(), ".next", "cache", "parallax-analysis");

let engineHash: string | null = null;

/** A hash of the engine's source, so a changed engine never serves a stale cached analysis. */
function getEngineHash(): string {
  if (engineHash) return engineHash;
  const hash = createHash("sha256");
  const dir = path.join(process.cwd(), "lib", "analysis");
  const walk = (folder: string): void => {
    if (!fs.existsSync(folder)) return;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        hash.update(entry.name).update(fs.readFileSync(full));
      }
    }
  };
  walk(dir);
  engineHash = hash.digest("hex").slice(0, 16);
  return engineHash;
}

const memory = new Map<string, StoryAnalysis>();

/**
 * Analyse a story, cached by a hash of its content and of the engine, in
 * memory and on disk (build workers share the disk cache), so the pages that
 * show one story never repeat the work.
 */
export function analyzeStoryCached(story: Story): StoryAnalysis {
  const input = toStoryInput(story);
  const key = createHash("sha256").update(getEngineHash()).update(JSON.stringify(input)).digest("hex").slice(0, 24);
  const hit = memory.get(key);
  if (hit) return hit;
  const file = path.join(CACHE_DIR, `${story.slug}-${key}.json`);
  if (fs.existsSync(file)) {
    const parsed = storyAnalysisSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    if (parsed.success) {
      memory.set(key, parsed.data);
      return parsed.data;
    }
  }
  const analysis = analyzeStory(input);
  memory.set(key, analysis);
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename, so a parallel build worker never reads half a file.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(analysis));
    fs.renameSync(temp, file);
  } catch {
    // A read-only disk only costs speed; the analysis itself is in memory.
  }
  return analysis;
}

/** The analysis of a curated story, or null for an unknown slug. */
export function getStoryAnalysis(slug: string): StoryAnalysis | null {
  const story = getStory(slug);
  return story ? analyzeStoryCached(story) : null;
}
