import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-title";
import type { UserStoryArticle } from "@/lib/store";
import type { PendingStory } from "@/lib/stories/types";
import { StoryProgress } from "./story-progress";
import { UserStorySummary } from "./user-story-summary";

/**
 * A user story's page while it waits, is analysed, or failed: each step of the analysis (refreshing
 * itself until it is done, when the page becomes the story's overview) and the articles as sent.
 */
export function ProgressPage({
  story,
  articles,
}: {
  story: PendingStory;
  articles: UserStoryArticle[];
}) {
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: story.title }]} />
      <PageTitle
        kicker="Your comparison · unlisted"
        lead="Only people with this page's link can see it. Share the link with your class or colleagues."
      >
        {story.title}
      </PageTitle>
      <StoryProgress status={story.status} />
      <UserStorySummary articles={articles} />
    </>
  );
}
