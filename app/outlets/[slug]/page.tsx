import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageTitle } from "@/components/ui/page-title";
import { getOutlet, getOutlets, getStoriesForOutlet, outletTypeLabels } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { storyHref } from "@/lib/stories/href";

interface Props {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getOutlets().map((outlet) => ({ slug: outlet.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const outlet = getOutlet(slug);
  if (!outlet) notFound(); // so the 404 page keeps its own title
  return {
    title: outlet.name,
    description: `${outlet.name}: ${outletTypeLabels[outlet.type].toLowerCase()} profile and the stories it appears in.`,
    alternates: { canonical: `/outlets/${outlet.slug}` },
  };
}

export default async function OutletPage({ params }: Props) {
  const { slug } = await params;
  const outlet = getOutlet(slug);
  if (!outlet) notFound();
  const appearances = getStoriesForOutlet(outlet.slug);
  const facts: [string, string | null][] = [
    ["Type", outletTypeLabels[outlet.type]],
    ["Country", outlet.country],
    ["Website", outlet.domain],
    ["Ownership", outlet.ownership],
  ];
  return (
    <>
      <Breadcrumbs items={[{ href: "/outlets", label: "Outlets" }, { label: outlet.name }]} />
      <PageTitle kicker={outlet.identified ? "Outlet profile" : "Unidentified outlet"}>
        {outlet.name}
      </PageTitle>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <p className="max-w-prose text-lg leading-relaxed">{outlet.profile}</p>
          <h2 className="mt-8 text-xl font-semibold">Appears in</h2>
          {appearances.length === 0 ? (
            <p className="mt-2 text-muted">No stories yet.</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {appearances.map(({ story, articles }) => (
                <li key={story.slug} className="rounded-lg border border-rule bg-white p-4">
                  <Link
                    href={storyHref("stories", story.slug)}
                    className="font-semibold text-ink underline decoration-rule hover:text-accent"
                  >
                    {story.title}
                  </Link>
                  <span className="text-sm text-muted"> · {formatDate(story.date)}</span>
                  <ul className="mt-2 space-y-1 text-sm">
                    {articles.map((articleSlug) => {
                      const article = story.articles.find((a) => a.slug === articleSlug);
                      if (!article) return null;
                      const role =
                        article.outlet.slug === outlet.slug
                          ? "Published"
                          : `Source of ${article.outlet.name}'s article`;
                      return (
                        <li key={articleSlug}>
                          <Badge tone="muted">{role}</Badge>{" "}
                          <Link
                            href={`${storyHref("stories", story.slug)}/${articleSlug}`}
                            className="text-accent underline"
                          >
                            {article.title ?? "Headline not captured"}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </div>
        <aside aria-label="Facts and references" className="space-y-6">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-rule bg-white p-4 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-muted">{label}</dt>
                <dd>{value ?? <span className="italic text-muted">Not known</span>}</dd>
              </div>
            ))}
          </dl>
          <div>
            <h2 className="text-base font-semibold">References</h2>
            {outlet.references.length === 0 ? (
              <p className="mt-1 text-sm text-muted">
                None: the outlet could not be identified, so the profile only reports what its text
                reveals.
              </p>
            ) : (
              <ul className="mt-2 space-y-2 text-sm">
                {outlet.references.map((ref) => (
                  <li key={ref.url + ref.claim}>
                    {ref.claim}{" "}
                    <a
                      href={ref.url}
                      className="break-all text-accent underline"
                      rel="noopener noreferrer"
                    >
                      {new URL(ref.url).hostname}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </aside>
      </div>
    </>
  );
}
