import Link from "next/link";
import { PlacementMark } from "@/components/facts/placement";
import { plural } from "@/lib/format";
import type { ArticleFactsView } from "@/lib/views/article-facts";
import { compareHref } from "@/lib/views/compare";

/** From an article to the compare view: each other outlet, most facts in common first. */
export function CompareWith({
  storyHref,
  article,
  partners,
}: {
  storyHref: string;
  article: string;
  partners: ArticleFactsView["partners"];
}) {
  if (partners.length === 0) return null;
  return (
    <nav aria-label="Compare this article" className="no-print mt-4 text-sm">
      <p className="font-medium">Compare it side by side with</p>
      <ul className="mt-1 flex flex-wrap gap-2">
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link
              href={compareHref(storyHref, {
                articles: [article, partner.id],
                collapse: false,
                fact: null,
              })}
              className="inline-block rounded border border-rule bg-white px-3 py-1.5 hover:border-accent hover:text-accent"
            >
              {partner.outlet}{" "}
              <span className="text-muted">({plural(partner.shared, "fact")} in common)</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The facts an article reports (each to its page and its paragraph), and those it leaves out. */
export function ArticleFactList({
  storyHref,
  outlets,
  view,
}: {
  storyHref: string;
  outlets: number;
  view: ArticleFactsView;
}) {
  const factHref = (id: string) => `${storyHref}/facts/${id}`;
  return (
    <section aria-labelledby="article-facts-heading" className="mt-12 border-t border-rule pt-6">
      <h2 id="article-facts-heading" className="text-xl font-semibold">
        The facts in this article
      </h2>
      {view.reported.length === 0 ? (
        <p className="mt-2 text-muted">
          None of its sentences lines up with another outlet&apos;s, so it reports no fact the
          others share.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            {plural(view.reported.length, "fact")}, in the order the article gives them. Open one to
            read every outlet&apos;s version, word by word.
          </p>
          <ol className="mt-3 space-y-2" data-testid="article-facts">
            {view.reported.map((fact) => (
              <li key={fact.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <PlacementMark placement={fact.placement} />
                <Link href={factHref(fact.id)} className="text-accent underline">
                  {fact.label}
                </Link>
                <span className="meta">
                  {fact.paragraph !== null ? (
                    <>
                      <a href={`#p-${fact.paragraph}`} className="underline">
                        paragraph {fact.paragraph + 1}
                      </a>
                      {" · "}
                    </>
                  ) : null}
                  {fact.reporting === 1
                    ? "only this outlet"
                    : `reported by ${fact.reporting} of ${outlets} outlets`}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {view.maybe.length > 0 ? (
        <details className="mt-4 rounded-lg border border-dashed border-muted bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {plural(view.maybe.length, "fact")} other outlets report that this one may give in other
            words
          </summary>
          <p className="mt-2 text-sm text-muted">
            A sentence of this article is close to each, but not lined up with it for sure: read it
            before saying the article leaves the fact out.
          </p>
          <ul className="mt-3 space-y-1 text-sm">
            {view.maybe.map((fact) => (
              <li key={fact.id}>
                <PlacementMark placement="maybe" compact />{" "}
                <Link href={factHref(fact.id)} className="text-accent underline">
                  {fact.label}
                </Link>{" "}
                <span className="meta">
                  {fact.paragraph !== null && (
                    <>
                      (closest:{" "}
                      <a href={`#p-${fact.paragraph}`} className="underline">
                        paragraph {fact.paragraph + 1}
                      </a>
                      )
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {view.omitted.length > 0 ? (
        <details className="mt-4 rounded-lg border border-rule bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {plural(view.omitted.length, "fact")} other outlets report and this one leaves out
          </summary>
          <ul className="mt-3 space-y-1 text-sm">
            {view.omitted.map((fact) => (
              <li key={fact.id}>
                <Link href={factHref(fact.id)} className="text-accent underline">
                  {fact.label}
                </Link>{" "}
                <span className="meta">
                  ({fact.reporting === 1 ? "1 outlet" : `${fact.reporting} outlets`})
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
