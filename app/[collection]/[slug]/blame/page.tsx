import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EdgeList } from "@/components/blame/edge-list";
import { NetworkFilter } from "@/components/blame/network-filter";
import { NetworkGraph } from "@/components/blame/network-graph";
import { NetworkHighlight } from "@/components/blame/network-highlight";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { Pager } from "@/components/ui/pager";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { plural } from "@/lib/format";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { NO_BLAME, noBlameIn } from "@/lib/views/blame-by-outlet";
import { blameTotals, networkHref, parseNetworkFilter } from "@/lib/views/network";
import { blamePanels } from "@/lib/views/network-panels";
import { OUTLETS_PER_PAGE, pageOf, readPageParam } from "@/lib/views/outlet-window";
import { HowSure } from "@/components/ui/how-sure";
import { UncertainSwitch } from "@/components/blame/uncertain-switch";
import { readCertainty } from "@/lib/views/certainty";
import { keepCertainty } from "@/lib/views/certainty-link";
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
  const raw = await searchParams;
  // Confident relations only, unless the reader included the uncertain ones (?uncertain=1).
  const blame = readCertainty(raw, loaded.analysis);
  const analysis = inPublicationOrder(blame.analysis);
  const filter = parseNetworkFilter(raw, analysis);
  const outlet = analysis.articles.find((a) => a.id === filter.article) ?? null;
  return {
    state: loaded.state,
    story: loaded.story,
    analysis,
    filter,
    outlet,
    raw,
    blame,
  };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  if (data.state === "pending") return pendingMetadata(data.story, "Who blames whom");
  const who = data.outlet ? ` in ${data.outlet.outlet}` : "";
  return storyMetadata(data.story, {
    title: `Who blames whom${who}: ${data.story.title}`,
    description: `Every blame statement${who} in “${data.story.title}”: who blames whom, in whose voice, with the sentences.`,
    alternates: { canonical: networkHref(data.story.href, data.filter.article) },
  });
}

export default async function BlamePage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  if (data.state === "pending") return <StillAnalysing story={data.story} view="Who blames whom" />;
  const { story, analysis, filter, outlet, raw, blame } = data;
  const { includeUncertain } = blame.certainty;
  const here = `${story.href}/blame`;
  // Many outlets: all of them are counted, but pictures and lists are drawn a page at a time, for
  // the outlets that blame anyone at all (one outlet's view needs no paging).
  const many = analysis.articles.length > OUTLETS_PER_PAGE && filter.article === null;
  const notes = [...filter.notes, ...blame.notes];
  const blaming = new Set(analysis.blame.map((r) => r.article));
  const paged = many
    ? pageOf(
        analysis.articles.filter((a) => blaming.has(a.id)),
        readPageParam(raw, "page", notes),
        PANELS_PER_PAGE,
      )
    : null;
  const panels = blamePanels(
    paged ? { ...analysis, articles: paged.items } : analysis,
    filter.article,
  );
  const totals = paged ? blameTotals(analysis) : panels;
  const pager = paged && (
    <Pager
      label="Pages of outlets"
      page={paged.page}
      pages={paged.pages}
      href={(page) =>
        keepCertainty(
          `${networkHref(story.href, null)}${page > 1 ? `?page=${page}` : ""}`,
          includeUncertain,
        )
      }
    />
  );
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Who blames whom")} />
      <header className="mb-4">
        <h1 className="font-serif text-3xl font-bold leading-tight">Who blames whom</h1>
        <p className="mt-1 text-muted">{story.title}</p>
      </header>
      <StoryNav storyHref={story.href} current="blame" />
      <Notes notes={notes} />
      <HowSure topic="blame" />
      <UncertainSwitch {...blame.switchAt(here)} />
      {analysis.blame.length === 0 ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">{NO_BLAME}</p>
      ) : (
        <>
          <NetworkFilter
            action={`${story.href}/blame`}
            articles={analysis.articles}
            selected={filter.article}
            includeUncertain={includeUncertain}
          />
          <p className="mb-4 max-w-3xl text-sm text-muted" data-testid="network-summary">
            {outlet ? `${outlet.outlet}: ` : "All outlets: "}
            {plural(totals.statements, "statement")} of blame or denial between{" "}
            {plural(totals.parties, "party", "parties")}
            {paged &&
              `, in ${plural(blaming.size, "outlet")}; outlets ${paged.offset + 1}–${paged.offset + paged.items.length} are drawn here`}
            . Accusers are shown as the articles name them: “Unattributed” when an article names no
            one, “The outlet itself” when the claim is the outlet&apos;s own. Per outlet and side,
            see the{" "}
            <Link
              href={`${keepCertainty(story.href, includeUncertain)}#blame`}
              className="text-accent underline"
            >
              blame chart on the story page
            </Link>
            .
          </p>
          {panels.statements === 0 ? (
            <p className="rounded border border-rule bg-white p-4 text-muted">
              {noBlameIn(outlet?.outlet ?? "this outlet")}
            </p>
          ) : (
            <>
              {pager}
              <NetworkGraph
                data={panels}
                title={
                  outlet
                    ? `Who blames whom in ${outlet.outlet}`
                    : "Who blames whom, outlet by outlet"
                }
              />
              <EdgeList storyHref={story.href} data={panels} />
              {pager}
              <NetworkHighlight />
            </>
          )}
        </>
      )}
    </>
  );
}

/** Outlets' pictures per page when there are many: each is a graph with its list of statements. */
const PANELS_PER_PAGE = 4;
