import { segment, type StoryAnalysis } from "@/lib/analysis";
import { matchOutlet, type Outlet, storyActorSchema } from "@/lib/content";
import { plural } from "@/lib/format";
import type { UserStoryArticle, UserStoryRecord } from "@/lib/store";
import { storyHref, storyKey } from "./href";
import type { StoryView } from "./types";

/**
 * A person's own story (the store) as its pages see it. An outlet whose name (or an alias) matches a
 * curated profile gets that profile, as in a content folder; any other is shown by the name given
 * ("No profile yet"). Names are kept as the person typed them, since the analysis uses them too.
 * Nobody said where the texts come from, so provenance is unknown (null), never assumed original.
 */
export function userView(
  record: UserStoryRecord,
  articles: UserStoryArticle[],
  analysis: StoryAnalysis,
  outlets: Outlet[],
): StoryView {
  const analysed = new Set(analysis.articles.map((a) => a.id));
  const shown = articles.filter((article) => analysed.has(article.slug) && article.raw !== null);
  const actors = storyActorSchema.array().safeParse(safeJson(record.actors));
  const summary = record.summary?.trim() || null;
  const outletCount = new Set(shown.map((a) => a.outlet.trim().toLowerCase())).size;
  return {
    collection: "s",
    slug: record.id,
    href: storyHref("s", record.id),
    key: storyKey("s", record.id),
    listed: record.listed,
    title: record.title,
    date: record.date ?? earliest(shown.map((article) => article.published)),
    tags: [],
    actors: actors.success ? actors.data : [],
    questions: [],
    summary,
    summaryLine:
      (summary ? segment(summary).sentences[0]?.text : undefined) ??
      `${plural(outletCount, "outlet")} compared: facts, quotes, who blames whom.`,
    articles: shown.map((article) => {
      const profile = matchOutlet(article.outlet, outlets);
      return {
        slug: article.slug,
        outlet: profile
          ? { slug: profile.slug, name: article.outlet, type: profile.type }
          : { slug: null, name: article.outlet, type: "unknown" },
        title: article.title,
        published: article.published,
        url: article.sourceUrl,
        byline: article.byline,
        provenance: null,
        raw: article.raw ?? "",
      };
    }),
    leftOut: articles
      .filter((article) => !analysed.has(article.slug) || article.raw === null)
      .map((article) => ({
        outlet: article.outlet,
        url: article.sourceUrl,
        reason: article.error ?? "Its text could not be read.",
      })),
  };
}

function earliest(dates: (string | null)[]): string | null {
  return dates.filter((date): date is string => date !== null).sort()[0] ?? null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}
