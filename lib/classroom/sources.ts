import type { StoryAnalysis } from "@/lib/analysis";
import type { Outlet, Story } from "@/lib/content/types";
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
  story: Story,
  outlets: Outlet[],
): BlindSource[] {
  const bySlug = new Map(outlets.map((o) => [o.slug, o]));
  return analysis.articles.map((article) => {
    const meta = story.articles.find((a) => a.slug === article.id);
    const profile = article.outletSlug ? bySlug.get(article.outletSlug) : undefined;
    const sourceRef = meta?.provenance.source;
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
      provenance: { kind: meta?.provenance.kind ?? "original", source },
    };
  });
}

/** Article id → the outlet's display name, for the key and the reveal ("(EIFA)" suffixes dropped). */
export function outletNames(analysis: StoryAnalysis): Map<string, string> {
  return new Map(analysis.articles.map((a) => [a.id, a.outlet.replace(/\s*\([^)]*\)\s*$/, "")]));
}
