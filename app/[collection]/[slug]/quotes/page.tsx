import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuoteGroupCard } from "@/components/quotes/quote-group-card";
import { StoryNav } from "@/components/story/story-nav";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-title";
import { StillAnalysing } from "@/components/user-story/still-analysing";
import { plural } from "@/lib/format";
import { loadStory, pendingMetadata, storyMetadata } from "@/lib/stories";

interface Props {
  params: Promise<{ collection: string; slug: string }>;
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

const kindLabels = {
  direct: "Direct quote",
  partial: "Partial quote",
  scare: "Scare quote",
} as const;

export default async function QuotesPage({ params }: Props) {
  const { collection, slug } = await params;
  const loaded = await loadStory(collection, slug);
  if (!loaded) notFound();
  if (loaded.state === "pending") return <StillAnalysing story={loaded.story} view="Quotes" />;
  const { story, analysis } = loaded;
  const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
  const grouped = new Set(analysis.quoteGroups.flatMap((g) => g.quotes));
  const groups = [...analysis.quoteGroups].sort((a, b) => Number(b.altered) - Number(a.altered));
  const single = analysis.quotes.filter((q) => !grouped.has(q.id) && q.kind !== "scare");
  const scare = analysis.quotes.filter((q) => q.kind === "scare");
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Stories" },
          { href: story.href, label: story.title },
          { label: "Quotes" },
        ]}
      />
      <PageTitle
        kicker="Quotes"
        lead="Who is quoted, and whether the words stay the same from one outlet to the next."
      >
        {story.title}
      </PageTitle>
      <StoryNav storyHref={story.href} current="quotes" />
      <section aria-labelledby="groups-heading">
        <h2 id="groups-heading" className="text-xl font-semibold">
          Printed by more than one outlet ({groups.length})
        </h2>
        <p className="mb-3 text-sm text-muted">
          Altered quotes first. Each version is compared with the longest printing.
        </p>
        {groups.length === 0 ? (
          <p className="rounded border border-rule bg-white p-4 text-muted">
            No quote appears in more than one outlet.
          </p>
        ) : (
          <div className="space-y-3">
            {groups.map((group) => (
              <QuoteGroupCard
                key={group.id}
                group={group}
                quotes={quotes}
                articles={analysis.articles}
              />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="single-heading" className="mt-10">
        <h2 id="single-heading" className="text-xl font-semibold">
          Printed by one outlet only ({single.length})
        </h2>
        {analysis.articles.map((article) => {
          const own = single.filter((q) => q.article === article.id);
          if (own.length === 0) return null;
          return (
            <div key={article.id} className="mt-4">
              <h3 className="font-semibold">
                {article.outlet}{" "}
                <span className="text-sm font-normal text-muted">
                  ({plural(own.length, "quote")})
                </span>
              </h3>
              <ul className="mt-2 space-y-2">
                {own.map((quote) => (
                  <li
                    key={quote.id}
                    id={quote.id}
                    className="rounded border border-rule bg-white p-3"
                  >
                    <p className="mb-1 flex flex-wrap gap-2 text-xs">
                      <Badge tone="muted">{kindLabels[quote.kind]}</Badge>
                      <span className="text-muted">
                        {quote.speaker ? `Attributed to ${quote.speaker}` : "No speaker named"}
                      </span>
                    </p>
                    <blockquote className="font-serif leading-relaxed">“{quote.text}”</blockquote>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="scare-heading" className="mt-10">
        <h2 id="scare-heading" className="text-xl font-semibold">
          Words held at a distance ({scare.length})
        </h2>
        <p className="mb-3 text-sm text-muted">
          Scare quotes: a word or phrase in quotation marks with no one named as saying it, which
          signals doubt or distance.
        </p>
        {scare.length === 0 ? (
          <p className="text-muted">None found.</p>
        ) : (
          <ul className="space-y-2">
            {scare.map((quote) => {
              const article = analysis.articles.find((a) => a.id === quote.article);
              return (
                <li key={quote.id} className="rounded border border-rule bg-white p-3 text-sm">
                  <span className="font-semibold">{article?.outlet}:</span> “{quote.text}” —{" "}
                  <span className="font-serif text-muted">
                    {article?.sentences[quote.sentence]?.text}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
