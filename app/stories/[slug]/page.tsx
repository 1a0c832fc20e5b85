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
import { WordChoice } from "@/components/word-choice/word-choice-table";
import { getStories, getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { formatDate } from "@/lib/format";
import { inPublicationOrder } from "@/lib/views/outlet-order";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getStories().map((story) => ({ slug: story.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const story = getStory(slug);
  if (!story) notFound(); // so the 404 page keeps its own title
  return {
    title: story.title,
    description: story.summaryLine,
    alternates: { canonical: `/stories/${story.slug}` },
  };
}

export default async function StoryPage({ params }: Props) {
  const { slug } = await params;
  const story = getStory(slug);
  const stored = getStoryAnalysis(slug);
  if (!story || !stored) notFound();
  // Outlets in publication order, then by name, on every part of the page.
  const analysis = inPublicationOrder(stored);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Stories" }, { label: story.title }]} />
      <PageTitle
        kicker={<time dateTime={story.date}>{formatDate(story.date)}</time>}
        lead={story.summary}
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
      <StoryNav slug={story.slug} current="overview" />
      <Lineup story={story} articles={analysis.articles} />
      {/* Below the fold on a phone: laid out only as the reader scrolls near (globals.css). */}
      <div className="render-lazy [--render-estimate:120rem]">
        <CoverageMatrix
          storySlug={story.slug}
          facts={analysis.facts}
          articles={analysis.articles}
        />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <BlameByOutlet storySlug={story.slug} analysis={analysis} />
      </div>
      <div className="render-lazy [--render-estimate:50rem]">
        <VoicesByOutlet storySlug={story.slug} analysis={analysis} />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <WordChoice storySlug={story.slug} analysis={analysis} />
        <Downloads slug={story.slug} />
      </div>
    </>
  );
}
