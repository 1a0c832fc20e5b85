import { HowSure } from "@/components/ui/how-sure";
import Link from "next/link";
import type { ArticleAnalysis, Fact } from "@/lib/analysis";
import { Pager } from "@/components/ui/pager";
import { plural } from "@/lib/format";
import {
  byReach,
  coverageIn,
  markIn,
  maybeCoverage,
  reportCount,
  reportedCoverage,
} from "@/lib/views/fact-coverage";
import { FACTS_PER_PAGE, pageOf } from "@/lib/views/outlet-window";
import { PlacementCell, PlacementMark } from "./placement";

/**
 * Facts × outlets: where each outlet placed each fact (lede, body, buried) or that it left it out,
 * the facts most outlets report first. The columns are the outlets the overview shows (one page of
 * them in a large story) and the rows page through. Each fact links to its page, where every
 * outlet's sentence is, word by word: inlined here, they made the page grow with the outlets.
 */
export function CoverageMatrix({
  storyHref,
  facts,
  articles,
  shown,
  factPage,
  pageHref,
}: {
  storyHref: string;
  facts: Fact[];
  /** Every article of the story, in the page's order. */
  articles: ArticleAnalysis[];
  /** The outlets (columns) shown: all of them, or one page. */
  shown: ArticleAnalysis[];
  /** The page of facts asked for, from 1. */
  factPage: number;
  pageHref: (page: number) => string;
}) {
  const ranked = byReach(facts);
  const shared = ranked.filter((fact) => reportCount(fact) >= 2);
  const shownIds = new Set(shown.map((a) => a.id));
  // A fact only one outlet reports is listed under that outlet when it is shown.
  const single = facts.filter((fact) => {
    if (reportCount(fact) !== 1) return false;
    const article = reportedCoverage(fact)[0]?.article;
    return article !== undefined && shownIds.has(article);
  });
  const singleTotal = facts.filter((fact) => reportCount(fact) === 1).length;
  const rows = pageOf(shared, factPage, FACTS_PER_PAGE);
  const total = articles.length;
  return (
    <section aria-labelledby="coverage-heading" className="mb-12">
      <h2 id="coverage-heading" className="mb-1 text-xl font-semibold">
        Which outlet reports which fact
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {plural(shared.length, "fact")} reported by two or more outlets, those most outlets report
        first; outlets by publication date, then name. ● lede (the opening), ◐ body, ○ buried
        (second half), ? maybe, in other words (a sentence close to it, not close enough to be
        sure), – not reported. Open a fact to read each outlet&apos;s sentence, word by word.
        {rows.pages > 1 &&
          ` Facts ${rows.offset + 1}–${rows.offset + rows.items.length} of ${shared.length}.`}
      </p>
      <HowSure topic="facts" />
      {shared.length === 0 ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">
          No fact is reported by more than one outlet: the articles share no sentences close enough
          to line up.
        </p>
      ) : (
        // On a phone the outlets do not all fit: the table scrolls inside its own box, both ways,
        // with the header row and the fact column pinned, so a mark is never read without them.
        // The box takes keyboard focus, so arrow keys scroll it too.
        <div
          className="coverage-scroll overflow-auto rounded-lg border border-rule bg-white max-md:max-h-[75svh]"
          tabIndex={0}
          role="region"
          aria-labelledby="coverage-heading"
          data-testid="coverage-scroll"
        >
          <table className="cov-t w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">
              Facts by outlet: for each fact, whether each outlet reports it in the lede, the body,
              buried, maybe in other words, or not at all. Outlets by publication date, then name.
            </caption>
            <thead>
              <tr className="text-left">
                <th
                  scope="col"
                  className="sticky left-0 top-0 z-20 border-b border-rule bg-white p-2 font-semibold"
                >
                  Fact
                </th>
                {shown.map((article) => (
                  <th
                    key={article.id}
                    scope="col"
                    className="sticky top-0 z-10 min-w-[4.75rem] border-b border-rule bg-white p-2 text-center align-bottom text-xs font-semibold"
                  >
                    {article.outlet}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.items.map((fact) => (
                // Row and cell styles are in app/globals.css (.cov-t), not repeated on each row.
                <tr key={fact.id} id={fact.id}>
                  <th scope="row">
                    <FactHeader storyHref={storyHref} fact={fact} total={total} />
                  </th>
                  {shown.map((article) => (
                    <PlacementCell key={article.id} placement={markIn(fact, article.id)} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Pages of facts" page={rows.page} pages={rows.pages} href={(n) => pageHref(n)} />
      {single.length > 0 && (
        <details className="mt-4 rounded-lg border border-rule bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {plural(single.length, "fact")} only one outlet reports
            {single.length < singleTotal && ` (of these outlets; ${singleTotal} in all)`}
          </summary>
          <ul className="mt-3 space-y-2 text-sm">
            {single.map((fact) => {
              const member = reportedCoverage(fact)[0];
              const article = articles.find((a) => a.id === member?.article);
              const coverage = member ? coverageIn(fact, member.article) : null;
              return (
                <li key={fact.id} id={fact.id}>
                  <span className="font-semibold">{article?.outlet}</span>{" "}
                  {coverage && <PlacementMark placement={coverage.placement} />}{" "}
                  <span className="font-serif">
                    {member ? article?.sentences[member.sentence]?.text : ""}
                  </span>
                  {maybeCoverage(fact).length > 0 && (
                    // Not "only" for sure: other outlets have a sentence close to it.
                    <span className="meta">
                      {" "}
                      <PlacementMark placement="maybe" compact /> maybe also, in other words, in{" "}
                      {maybeNames(fact, articles)} (
                      <Link
                        href={`${storyHref}/facts/${fact.id}`}
                        prefetch={false}
                        className="underline"
                      >
                        compare
                      </Link>
                      )
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A fact's label, linking to its page (every outlet's sentence, word by word), and its reach. */
function FactHeader({ storyHref, fact, total }: { storyHref: string; fact: Fact; total: number }) {
  return (
    <>
      <Link
        href={`${storyHref}/facts/${fact.id}`}
        prefetch={false}
        className="font-medium text-accent underline"
      >
        {fact.label}
      </Link>
      <span className="meta block">{`${reportCount(fact)} of ${total} outlets`}</span>
    </>
  );
}

/** Outlets that may also report a fact: named when few, counted when many (a page of 300 outlets stays light). */
function maybeNames(fact: Fact, articles: ArticleAnalysis[]): string {
  const maybe = maybeCoverage(fact);
  if (maybe.length > 2) return `${maybe.length} outlets`;
  return maybe.map((m) => articles.find((a) => a.id === m.article)?.outlet ?? m.article).join(", ");
}
