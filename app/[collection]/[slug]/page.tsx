import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlameByOutlet } from "@/components/blame/blame-by-outlet";
import { VoicesByOutlet } from "@/components/blame/voices-by-outlet";
import { CoverageMatrix } from "@/components/facts/coverage-matrix";
import { Downloads } from "@/components/story/downloads";
import { Lineup } from "@/components/story/lineup";
import { OutletFilter } from "@/components/story/outlet-filter";
import { StoryNav } from "@/components/story/story-nav";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { Pager } from "@/components/ui/pager";
import { PageTitle } from "@/components/ui/page-title";
import { ProgressPage } from "@/components/user-story/progress-page";
import { UnlistedNote } from "@/components/user-story/unlisted-note";
import { WordChoice } from "@/components/word-choice/word-choice-table";
import { getStories } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { formatDate } from "@/lib/format";
import { getUserStoryArticles } from "@/lib/store";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { readCertainty } from "@/lib/views/certainty";
import { keepCertainty } from "@/lib/views/certainty-link";
import { inPublicationOrder } from "@/lib/views/outlet-order";
import { overviewWindow } from "@/lib/views/overview";
import { overviewHref } from "@/lib/views/outlet-window";
import type { RawSearchParams } from "@/lib/views/search-params";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
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

export default async function StoryPage({ params, searchParams }: Props) {
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
  const raw = await searchParams;
  // Blame as the reader asked: confident relations only, unless ?uncertain=1.
  const blame = readCertainty(raw, loaded.analysis);
  const { includeUncertain } = blame.certainty;
  // Outlets in publication order, then by name, on every part of the page.
  const analysis = inPublicationOrder(blame.analysis);
  // One page of outlets (all of them in a small story), filtered as the URL says.
  const view = overviewWindow(story, analysis, raw);
  const { query, window, shown } = view;
  // Every link of the page keeps the reader's choice of relations.
  const href = (patch: Partial<typeof query>, hash: string) =>
    `${keepCertainty(overviewHref(story.href, { ...query, ...patch }), includeUncertain)}${hash}`;
  const blameSwitch = blame.switchAt(story.href, "#blame");
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
      <Notes notes={[...view.notes, ...blame.notes]} />
      <Lineup
        story={story}
        articles={shown.articles}
        controls={
          view.paged && (
            <OutletFilter
              storyHref={story.href}
              query={query}
              window={window}
              includeUncertain={includeUncertain}
            />
          )
        }
        pager={
          <Pager
            label="Pages of outlets"
            page={window.page}
            pages={window.pages}
            href={(page) => href({ page }, "#lineup-heading")}
          />
        }
      />
      {/* Below the fold on a phone: laid out only as the reader scrolls near (globals.css). */}
      <div className="render-lazy [--render-estimate:120rem]">
        <CoverageMatrix
          storyHref={story.href}
          facts={analysis.facts}
          articles={analysis.articles}
          shown={shown.articles}
          factPage={query.facts}
          pageHref={(facts) => href({ facts }, "#coverage-heading")}
        />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <BlameByOutlet storyHref={story.href} analysis={shown} certainty={blameSwitch} />
      </div>
      <div className="render-lazy [--render-estimate:50rem]">
        <VoicesByOutlet storyHref={story.href} analysis={shown} />
      </div>
      <div className="render-lazy [--render-estimate:60rem]">
        <WordChoice
          storyHref={story.href}
          analysis={shown}
          page={query.words}
          pageHref={view.paged ? (words) => href({ words }, "#word-choice-heading") : undefined}
        />
        <Downloads storyHref={story.href} />
      </div>
    </>
  );
}
