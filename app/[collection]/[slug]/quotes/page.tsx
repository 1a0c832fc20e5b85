import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteFilter } from "@/components/quotes/quote-filter";
import { QuoteGroupCard } from "@/components/quotes/quote-group-card";
import { ScareQuotes, SingleQuotes } from "@/components/quotes/quote-lists";
import { StoryNav } from "@/components/story/story-nav";
import { HowSure } from "@/components/ui/how-sure";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { PageTitle } from "@/components/ui/page-title";
import { Pager } from "@/components/ui/pager";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { type QuotesQuery, quotesHref, quotesView } from "@/lib/views/quotes-page";
import type { RawSearchParams } from "@/lib/views/search-params";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound(); // so the 404 page keeps its own title
  if (loaded.state === "pending") return pendingMetadata(loaded.story, "Quotes");
  const { story } = loaded;
  return storyMetadata(story, {
    title: `Quotes — ${story.title}`,
    description: `Every quote in the coverage of “${story.title}”, grouped across outlets, altered ones first.`,
    alternates: { canonical: `${story.href}/quotes` },
  });
}

export default async function QuotesPage({ params, searchParams }: Props) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound();
  if (loaded.state === "pending") return <StillAnalysing story={loaded.story} view="Quotes" />;
  const { story, analysis } = loaded;
  const view = quotesView(analysis, await searchParams);
  const { query, groups, single, scare } = view;
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const href = (patch: Partial<QuotesQuery>, hash: string) =>
    quotesHref(story.href, { ...query, ...patch }, hash);
  // One outlet chosen: each group shows its printing against the longest one.
  const only = (base: string) => {
    const baseArticle = quotes.get(base)?.article;
    return query.outlet === null
      ? undefined
      : [...new Set([baseArticle ?? query.outlet, query.outlet])];
  };
  const filtered = query.outlet !== null || query.speaker !== null;
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Quotes")} />
      <PageTitle
        kicker="Quotes"
        lead="Who is quoted, and whether the words stay the same from one outlet to the next."
      >
        {story.title}
      </PageTitle>
      <StoryNav storyHref={story.href} current="quotes" />
      <Notes notes={view.notes} />
      <HowSure topic="quotes" />
      <QuoteFilter
        storyHref={story.href}
        articles={analysis.articles}
        speakers={view.speakers}
        query={query}
      />
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="scroll-mt-4 text-xl font-semibold">
          Printed by more than one outlet ({groups.total})
        </h2>
        <p className="mb-3 text-sm text-muted">
          Altered quotes first, then the most printed. Each version is compared with the longest
          printing{filtered ? "; only quotes matching the filter are listed" : ""}.
        </p>
        {groups.total === 0 ? (
          <p className="rounded border border-rule bg-white p-4 text-muted">
            {filtered
              ? "No quote matching the filter appears in more than one outlet."
              : "No quote appears in more than one outlet."}
          </p>
        ) : (
          <>
            <Pager
              label="Pages of shared quotes"
              page={groups.page}
              pages={groups.pages}
              href={(page) => href({ page }, "#groups-heading")}
            />
            <div className="space-y-3">
              {groups.items.map((group) => (
                <QuoteGroupCard
                  key={group.id}
                  group={group}
                  quotes={quotes}
                  articles={analysis.articles}
                  only={only(group.base)}
                  moreHint="choose an outlet above to see its own printing."
                />
              ))}
            </div>
            <Pager
              label="Pages of shared quotes, again"
              page={groups.page}
              pages={groups.pages}
              href={(page) => href({ page }, "#groups-heading")}
            />
          </>
        )}
      </section>
      <section aria-labelledby="single-heading" className="mt-10">
        <h2 id="single-heading" className="scroll-mt-4 text-xl font-semibold">
          Printed by one outlet only ({single.total})
        </h2>
        <SingleQuotes quotes={single.items} articles={analysis.articles} />
        <Pager
          label="Pages of quotes printed once"
          page={single.page}
          pages={single.pages}
          href={(page) => href({ single: page }, "#single-heading")}
        />
      </section>
      <section aria-labelledby="scare-heading" className="mt-10">
        <h2 id="scare-heading" className="scroll-mt-4 text-xl font-semibold">
          Words held at a distance ({scare.total})
        </h2>
        <p className="mb-3 text-sm text-muted">
          Scare quotes: a word or phrase in quotation marks with no one named as saying it, which
          signals doubt or distance.
        </p>
        {scare.total === 0 ? (
          <p className="text-muted">None found.</p>
        ) : (
          <>
            <ScareQuotes quotes={scare.items} articles={analysis.articles} />
            <Pager
              label="Pages of scare quotes"
              page={scare.page}
              pages={scare.pages}
              href={(page) => href({ scare: page }, "#scare-heading")}
            />
          </>
        )}
      </section>
    </>
  );
}
