import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AutoSubmit } from "@/components/compare/auto-submit";
import { DiffLegend } from "@/components/diff/diff-text";
import { FactVersions } from "@/components/facts/fact-versions";
import { MatchLegend, WhyAligned } from "@/components/facts/why-aligned";
import { Breadcrumbs, storyCrumbs } from "@/components/ui/breadcrumbs";
import { CopyLink } from "@/components/ui/copy-link";
import { HowSure } from "@/components/ui/how-sure";
import { Notes } from "@/components/ui/notes";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { OutletCombobox } from "@/components/ui/outlet-combobox";
import { OutletDatalist } from "@/components/ui/outlet-datalist";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";
import { resolveArticle } from "@/lib/views/resolve-outlet";
import { maybeArticles, omittingArticles, reportingArticles } from "@/lib/views/fact-coverage";
import { inPublicationOrder } from "@/lib/views/outlet-order";
import { OUTLETS_PER_PAGE, readPageParam } from "@/lib/views/outlet-window";
import { type RawSearchParams, readParam, toQuery } from "@/lib/views/search-params";

interface Props {
  params: Promise<{ collection: string; slug: string; id: string }>;
  searchParams: Promise<RawSearchParams>;
}

// Metadata and page share one request: look up once.
const load = cache(async ({ params }: Pick<Props, "params">) => {
  const { collection, slug, id } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded || loaded.state === "pending") return loaded;
  const fact = loaded.analysis.facts.find((f) => f.id === id);
  return fact ? { ...loaded, fact } : null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  if (data.state === "pending") return pendingMetadata(data.story, "Fact");
  return storyMetadata(data.story, {
    title: `${data.fact.label} — ${data.story.title}`,
    description: `One fact of “${data.story.title}” as each outlet reported it, word by word.`,
    alternates: { canonical: `${data.story.href}/facts/${data.fact.id}` },
  });
}

export default async function FactPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  if (data.state === "pending") return <StillAnalysing story={data.story} view="Fact" />;
  const { story } = data;
  // Outlets in publication order, then by name, as on the overview.
  const analysis = inPublicationOrder(data.analysis);
  const fact = analysis.facts.find((f) => f.id === data.fact.id) ?? data.fact;
  const notes: string[] = [];
  const raw = await props.searchParams;
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  const reporting = reportingArticles(fact).filter((id) => byId.has(id));
  const reportingArticlesList = reporting.flatMap((id) => byId.get(id) ?? []);
  const asked = readParam(raw, "base", notes);
  const found = asked ? resolveArticle(asked, reportingArticlesList) : undefined;
  const base = found ?? reporting[0];
  if (asked && !found)
    notes.push(`“${asked.slice(0, 60)}” does not report this fact, so it cannot be the base.`);
  const versions = readPageParam(raw, "page", notes);
  const omitting = omittingArticles(
    fact,
    analysis.articles.map((a) => a.id),
  );
  const maybe = maybeArticles(
    fact,
    analysis.articles.map((a) => a.id),
  );
  const path = `${story.href}/facts/${fact.id}`;
  const many = analysis.articles.length > OUTLETS_PER_PAGE;
  const href = (page: number) =>
    `${path}${toQuery([
      ["base", base !== reporting[0] && base],
      ["page", page > 1 && String(page)],
    ])}`;
  return (
    <>
      <Breadcrumbs items={storyCrumbs(story, "Fact")} />
      <header className="mb-4">
        <p className="text-sm font-medium uppercase tracking-wide text-muted">
          One fact across outlets
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold leading-tight">{fact.label}</h1>
        <p className="mt-2 text-muted">
          Reported by {reporting.length} of {analysis.articles.length} outlets
          {omitting.length > 0 &&
            (many ? (
              <>; left out by {omitting.length} (listed below)</>
            ) : (
              <>; left out by {omitting.map((id) => byId.get(id)?.outlet).join(", ")}</>
            ))}
          {maybe.length > 0 && <>; maybe in other words by {maybe.length} (below)</>}.
        </p>
      </header>
      <Notes notes={notes} />
      <HowSure topic="facts" />
      <form
        method="get"
        action={path}
        className="no-print my-4 flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
      >
        {many ? (
          <>
            <OutletDatalist
              id="fact-outlets"
              options={reportingArticlesList.map((a) => ({ id: a.id, name: a.outlet }))}
            />
            <OutletCombobox
              name="base"
              label="Compare every version with"
              options={reportingArticlesList.map((a) => ({ id: a.id, name: a.outlet }))}
              initial={byId.get(base ?? "")?.outlet ?? ""}
              listId="fact-outlets"
            />
          </>
        ) : (
          <label className="flex flex-col text-sm">
            <span className="mb-1 font-medium">Compare every version with</span>
            <select
              name="base"
              defaultValue={base}
              className="rounded border border-rule bg-white px-2 py-1.5"
            >
              {reporting.map((id) => (
                <option key={id} value={id}>
                  {byId.get(id)?.outlet}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="submit"
          className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white"
        >
          Show
        </button>
        <AutoSubmit />
        <CopyLink href={`${path}${toQuery([["base", base]])}`} />
      </form>
      <DiffLegend />
      <MatchLegend />
      <div className="mt-3">
        <FactVersions
          fact={fact}
          articles={analysis.articles}
          base={base}
          page={versions}
          pageHref={href}
        />
      </div>
      <WhyAligned
        fact={fact}
        articles={analysis.articles}
        limit={many ? PAIRS_SHOWN_MANY : PAIRS_SHOWN}
      />
      <p className="mt-6 text-sm">
        <Link href={`${story.href}#coverage-heading`} className="text-accent underline">
          All facts of this story
        </Link>
      </p>
    </>
  );
}

/** The matches listed: enough to see why, never hundreds (the page stays under 350 KB). */
const PAIRS_SHOWN = 40;
const PAIRS_SHOWN_MANY = 8;
