import type { StoryAnalysis } from "@/lib/analysis";
import type { Outlet } from "@/lib/content/types";
import type { StoryArticleView } from "@/lib/stories/types";
import type { BlindSource, OutletNames } from "./blind";

function namesOf(outlet: Outlet): OutletNames {
  return { name: outlet.name, aliases: outlet.aliases, domain: outlet.domain };
}

/**
 * What blinding needs for each analysed article: the outlet profile (names,
 * aliases, domain), the article's URL and, for reprints and wire copy, the
 * names of the outlet whose text it carries. Types only: no file access here.
 */
export function blindSources(
  analysis: StoryAnalysis,
  story: { articles: StoryArticleView[] },
  outlets: Outlet[],
): BlindSource[] {
  const bySlug = new Map(outlets.map((o) => [o.slug, o]));
  return analysis.articles.map((article) => {
    const meta = story.articles.find((a) => a.slug === article.id);
    // The story's own record of the outlet first: a user story's analysis has no outlet slugs, but
    // an outlet it names by a profile's name or alias gets that profile's names hidden too.
    const outletSlug = meta?.outlet.slug ?? article.outletSlug;
    const profile = outletSlug ? bySlug.get(outletSlug) : undefined;
    const sourceRef = meta?.provenance?.source;
    const sourceProfile = sourceRef ? bySlug.get(sourceRef) : undefined;
    const source: OutletNames | null = sourceProfile
      ? namesOf(sourceProfile)
      : sourceRef
        ? { name: sourceRef, aliases: [], domain: null }
        : null;
    return {
      article,
      profile: profile ? namesOf(profile) : null,
      url: meta?.url ?? null,
      // Unknown provenance (a user story) is read as the outlet's own: no other outlet's name is hidden.
      provenance: { kind: meta?.provenance?.kind ?? "original", source },
    };
  });
}

/** Article id → the outlet's display name, for the key and the reveal ("(EIFA)" suffixes dropped). */
export function outletNames(analysis: StoryAnalysis): Map<string, string> {
  return new Map(analysis.articles.map((a) => [a.id, a.outlet.replace(/\s*\([^)]*\)\s*$/, "")]));
}
