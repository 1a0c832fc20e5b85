import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EdgeList } from "@/components/blame/edge-list";
import { NetworkFilter } from "@/components/blame/network-filter";
import { NetworkGraph } from "@/components/blame/network-graph";
import { NetworkHighlight } from "@/components/blame/network-highlight";
import { StoryNav } from "@/components/story/story-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Notes } from "@/components/ui/notes";
import { getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { plural } from "@/lib/format";
import { NO_BLAME } from "@/lib/views/blame-by-outlet";
import { networkHref, parseNetworkFilter } from "@/lib/views/network";
import { blamePanels } from "@/lib/views/network-panels";
import { inPublicationOrder } from "@/lib/views/outlet-order";
import type { RawSearchParams } from "@/lib/views/search-params";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<RawSearchParams>;
}

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const story = getStory(slug);
  const stored = getStoryAnalysis(slug);
  if (!story || !stored) return null;
  const analysis = inPublicationOrder(stored);
  const filter = parseNetworkFilter(await searchParams, analysis);
  const outlet = analysis.articles.find((a) => a.id === filter.article) ?? null;
  return { story, analysis, filter, outlet };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  const who = data.outlet ? ` in ${data.outlet.outlet}` : "";
  return {
    title: `Who blames whom${who}: ${data.story.title}`,
    description: `Every blame statement${who} in “${data.story.title}”: who blames whom, in whose voice, with the sentences.`,
    alternates: { canonical: networkHref(data.story.slug, data.filter.article) },
  };
}

export default async function BlamePage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { story, analysis, filter, outlet } = data;
  const panels = blamePanels(analysis, filter.article);
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: `/stories/${story.slug}`, label: story.title },
          { label: "Who blames whom" },
        ]}
      />
      <header className="mb-4">
        <h1 className="font-serif text-3xl font-bold leading-tight">Who blames whom</h1>
        <p className="mt-1 text-muted">{story.title}</p>
      </header>
      <StoryNav slug={story.slug} current="blame" />
      <Notes notes={filter.notes} />
      {analysis.blame.length === 0 ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">{NO_BLAME}</p>
      ) : (
        <>
          <NetworkFilter
            action={`/stories/${story.slug}/blame`}
            articles={analysis.articles}
            selected={filter.article}
          />
          <p className="mb-4 max-w-3xl text-sm text-muted" data-testid="network-summary">
            {outlet ? `${outlet.outlet}: ` : "All outlets: "}
            {plural(panels.statements, "statement")} of blame or denial between{" "}
            {plural(panels.parties, "party", "parties")}. Accusers are shown as the articles name
            them: “Unattributed” when an article names no one, “The outlet itself” when the claim is
            the outlet&apos;s own. Per outlet and side, see the{" "}
            <Link href={`/stories/${story.slug}#blame`} className="text-accent underline">
              blame chart on the story page
            </Link>
            .
          </p>
          {panels.statements === 0 ? (
            <p className="rounded border border-rule bg-white p-4 text-muted">
              No one is blamed for anything in {outlet?.outlet ?? "this outlet"}&apos;s article.
            </p>
          ) : (
            <>
              <NetworkGraph
                data={panels}
                title={
                  outlet
                    ? `Who blames whom in ${outlet.outlet}`
                    : "Who blames whom, outlet by outlet"
                }
              />
              <EdgeList storySlug={story.slug} data={panels} />
              <NetworkHighlight />
            </>
          )}
        </>
      )}
    </>
  );
}
