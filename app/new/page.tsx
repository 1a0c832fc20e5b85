import type { Metadata } from "next";
import { z } from "zod";
import { NewStoryForm } from "@/components/new-story/new-story-form";
import { PageTitle } from "@/components/ui/page-title";
import { getOutlets } from "@/lib/content";
import { NEW_STORY_LIMITS } from "@/lib/store/new-story";

export const metadata: Metadata = {
  title: "New comparison",
  description: "Paste or link the articles that report one event, and get a comparison to share.",
};

/** `?articles=N` starts the form with N empty articles (how a browser without JavaScript gets more). */
const paramsSchema = z.object({
  articles: z.coerce
    .number()
    .int()
    .min(NEW_STORY_LIMITS.minArticles)
    .max(NEW_STORY_LIMITS.maxArticles)
    .catch(3)
    .default(3),
});

export default async function NewComparisonPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { articles } = paramsSchema.parse(await searchParams);
  const outlets = [...new Set(getOutlets().map((outlet) => outlet.name))].sort((a, b) =>
    a.localeCompare(b),
  );
  return (
    <>
      <PageTitle
        kicker="Bring your own story"
        lead={
          <>
            Paste or link the articles several outlets wrote about the same event. Parallax lines
            them up: which facts each reports, how the wording differs, who is quoted and who is
            blamed.
          </>
        }
      >
        New comparison
      </PageTitle>
      <NewStoryForm outlets={outlets} initialCount={articles} />
    </>
  );
}
