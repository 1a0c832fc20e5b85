import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CompareRows } from "@/components/compare/compare-rows";
import { DifferenceNav } from "@/components/compare/difference-nav";
import { Headlines } from "@/components/compare/headlines";
import { OutletPicker } from "@/components/compare/outlet-picker";
import { SummaryStrip } from "@/components/compare/summary-strip";
import { DiffLegend } from "@/components/diff/diff-text";
import { QuoteGroupCard } from "@/components/quotes/quote-group-card";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { CopyLink } from "@/components/ui/copy-link";
import { HowSure } from "@/components/ui/how-sure";
import { Notes } from "@/components/ui/notes";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import {
  compareCounts,
  compareCsvHref,
  compareHref,
  compareRows,
  parseCompareSelection,
} from "@/lib/views/compare";
import { inPublicationOrder } from "@/lib/views/outlet-order";
import type { RawSearchParams } from "@/lib/views/search-params";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

// Metadata and page share one request: parse and look up once.
const load = cache(async ({ params, searchParams }: Props) => {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded || loaded.state === "pending") return loaded;
  const { story } = loaded;
  // The picker lists outlets by publication date, then name.
  const analysis = inPublicationOrder(loaded.analysis);
  const selection = parseCompareSelection(await searchParams, analysis);
  const articles = selection.articles
    .map((id) => analysis.articles.find((a) => a.id === id))
    .filter((a) => a !== undefined);
  return { state: loaded.state, story, analysis, selection, articles };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  if (data.state === "pending") return pendingMetadata(data.story, "Compare");
  const names = data.articles.map((a) => a.outlet).join(" vs ");
  const href = compareHref(data.story.href, data.selection);
  const image = href.replace("/compare", "/compare/og");
  return storyMetadata(data.story, {
    title: `${names}: ${data.story.title}`,
    description: `How ${names} reported “${data.story.title}”, fact by fact and word by word.`,
    alternates: { canonical: href },
    openGraph: {
      title: `${names}: ${data.story.title}`,
      url: href,
      images: [{ url: image, width: 1200, height: 630 }],
    },
    twitter: { card: "summary_large_image", images: [image] },
  });
}

export default async function ComparePage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  if (data.state === "pending") return <StillAnalysing story={data.story} view="Compare" />;
  const { story, analysis, selection, articles } = data;
  const allRows = compareRows(analysis, selection.articles);
  const rows = selection.collapse ? allRows.filter((row) => !row.identical) : allRows;
  const hidden = allRows.length - rows.length;
  const counts = compareCounts(allRows, selection.articles);
  const href = compareHref(story.href, selection);
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const groups = analysis.quoteGroups
    .filter(
      (group) =>
        group.quotes.filter((id) => selection.articles.includes(quotes.get(id)?.article ?? ""))
          .length >= 1,
    )
    .sort((a, b) => Number(b.altered) - Number(a.altered));
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Compare")} />
      <header className="mb-4">
        <h1 className="font-serif text-3xl font-bold leading-tight">Compare outlets</h1>
        <p className="mt-1 text-muted">{story.title}</p>
      </header>
      <StoryNav storyHref={story.href} current="compare" />
      <Notes notes={selection.notes} />
      <HowSure topic="facts" />
      <OutletPicker
        action={`${story.href}/compare`}
        articles={analysis.articles}
        selected={selection.articles}
        collapse={selection.collapse}
      />
      <div className="no-print my-4 flex flex-wrap items-center gap-3">
        <CopyLink href={href} />
        <DifferenceNav count={allRows.filter((r) => !r.identical).length} />
        {/* A file, not a page: a plain link, so the router never prefetches it as one. */}
        <a
          href={compareCsvHref(story.href, selection.articles)}
          className="text-sm text-accent underline"
          download
        >
          Download these outlets&apos; facts (CSV)
        </a>
      </div>
      <Headlines articles={articles} />
      <SummaryStrip analysis={analysis} selected={selection.articles} counts={counts} />
      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="text-xl font-semibold">
          Fact by fact
        </h2>
        <div className="mb-3 mt-1 flex flex-wrap items-center justify-between gap-2">
          <DiffLegend />
          {hidden > 0 ? (
            <Link
              href={compareHref(story.href, { ...selection, collapse: false })}
              className="text-sm text-accent underline"
            >
              Show {hidden} identically worded fact{hidden === 1 ? "" : "s"}
            </Link>
          ) : selection.collapse ? null : (
            <Link
              href={compareHref(story.href, { ...selection, collapse: true })}
              className="text-sm text-accent underline"
            >
              Hide identically worded facts
            </Link>
          )}
        </div>
        {rows.length === 0 ? (
          <p className="rounded border border-rule bg-white p-4 text-muted">
            These outlets report no fact in common wording to show.
          </p>
        ) : (
          <CompareRows
            storyHref={story.href}
            rows={rows}
            articles={analysis.articles}
            highlight={selection.fact}
          />
        )}
      </section>
      <section aria-labelledby="quotes-heading" className="mt-10">
        <h2 id="quotes-heading" className="text-xl font-semibold">
          The same quotes
        </h2>
        <p className="mb-3 text-sm text-muted">
          Quotes printed by more than one outlet, altered ones first.{" "}
          <Link href={`${story.href}/quotes`} className="text-accent underline">
            All quotes
          </Link>
        </p>
        {groups.length === 0 ? (
          <p className="rounded border border-rule bg-white p-4 text-muted">
            None of these outlets prints a quote that another outlet also prints.
          </p>
        ) : (
          <div className="space-y-3">
            {groups.map((group) => (
              <div key={group.id} className="render-lazy [--render-estimate:16rem]">
                <QuoteGroupCard
                  group={group}
                  quotes={quotes}
                  articles={analysis.articles}
                  only={selection.articles}
                />
              </div>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
