import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-title";
import { StoryProgress } from "@/components/user-story/story-progress";
import { UserStorySummary } from "@/components/user-story/user-story-summary";
import { getUserStoryAnalysis, getUserStoryArticles, getUserStoryStatus } from "@/lib/store";

// A person's own story, read from the store on every request (its analysis may finish any moment).
export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const status = await getUserStoryStatus((await params).id);
  return {
    title: status?.title ?? "Comparison not found",
    // Unlisted: only people with the link find it, never a search engine.
    robots: { index: false, follow: false },
  };
}

export default async function UserStoryPage({ params }: Props) {
  const { id } = await params;
  const status = await getUserStoryStatus(id);
  if (!status) notFound();
  const [articles, stored] = await Promise.all([
    getUserStoryArticles(id),
    status.status === "done" ? getUserStoryAnalysis(id) : null,
  ]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: status.title }]} />
      <PageTitle
        kicker="Your comparison · unlisted"
        lead="Only people with this page's link can see it. Share the link with your class or colleagues."
      >
        {status.title}
      </PageTitle>
      <StoryProgress status={status} />
      <UserStorySummary articles={articles} analysis={stored?.analysis ?? null} />
    </>
  );
}
