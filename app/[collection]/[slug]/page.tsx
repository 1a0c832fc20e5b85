import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlameByOutlet } from "@/components/blame/blame-by-outlet";
import { VoicesByOutlet } from "@/components/blame/voices-by-outlet";
import { CoverageMatrix } from "@/components/facts/coverage-matrix";
import { Downloads } from "@/components/story/downloads";
import { Lineup } from "@/components/story/lineup";
import { StoryNav } from "@/components/story/story-nav";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-title";
import { ProgressPage } from "@/components/user-story/progress-page";
import { UnlistedNote } from "@/components/user-story/unlisted-note";
import { WordChoice } from "@/components/word-choice/word-choice-table";
import { getStories } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { formatDate } from "@/lib/format";
import { getUserStoryArticles } from "@/lib/store";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { inPublicationOrder } from "@/lib/views/outlet-order";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
}

/**
 * The curated stories, each analysed here at build time (the analysis is cached on disk by a hash of
 * the content and the engine), so no visitor waits for one. Pages are still rendered per request
 * (app/layout.tsx), and any other story, /s/<id> included, is read when asked for.
 */
export function generateStaticParams() {
  return getStories().map((story) => {
    getStoryAnalysis(story.slug);
    return { collection: "stories", slug: story.slug };
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound(); // so the 404 page keeps its own title
  if (loaded.state === "pending") return pendingMetadata(loaded.story);
  const { story } = loaded;
  return storyMetadata(story, {
    title: story.title,
    description: story.summaryLine,
    alternates: { canonical: story.href },
  });
}

export default async function StoryPage({ params }: Props) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound();
  // A user story still in the queue, being analysed or failed: its progress, refreshing itself.
  if (loaded.state === "pending") {
    return (
      <ProgressPage story={loaded.story} articles={await getUserStoryArticles(loaded.story.slug)} />
    );
  }
  const { story } = loaded;
  // Outlets in publication order, then by name, on every part of the page.
  const analysis = inPublicationOrder(loaded.analysis);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: story.title }]} />
      <PageTitle
        kicker={story.date && <time dateTime={story.date}>{formatDate(story.date)}</time>}
        lead={story.summary ?? undefined}
      >
        {story.title}
      </PageTitle>
      {story.tags.length > 0 && (
        <ul className="-mt-4 mb-8 flex flex-wrap gap-2" aria-label="Tags">
          {story.tags.map((tag) => (
            <li key={tag}>
              <Badge tone="muted">{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
      <UnlistedNote story={story} notes={story.listed ? [] : analysis.notes} />
      <StoryNav storyHref={story.href} current="overview" />
      <Lineup story={story} articles={analysis.articles} />
      {/* Below the fold on a phone: laid out only as the reader scrolls near (globals.css). */}
      <div className="render-lazy [--render-estimate:120rem]">
        <CoverageMatrix
          storyHref={story.href}
          facts={analysis.facts}
          articles={analysis.articles}
        />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <BlameByOutlet storyHref={story.href} analysis={analysis} />
      </div>
      <div className="render-lazy [--render-estimate:50rem]">
        <VoicesByOutlet storyHref={story.href} analysis={analysis} />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <WordChoice storyHref={story.href} analysis={analysis} />
        <Downloads storyHref={story.href} />
      </div>
    </>
  );
}
