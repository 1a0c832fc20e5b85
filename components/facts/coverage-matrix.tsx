import Link from "next/link";
import type { ArticleAnalysis, Fact } from "@/lib/analysis";
import { plural } from "@/lib/format";
import { FactVersions } from "./fact-versions";
import { PlacementMark } from "./placement";

function outletsReporting(fact: Fact): number {
  return fact.coverage.filter((c) => c.placement !== "absent").length;
}

/**
 * Facts × outlets: where each outlet placed each fact (lede, body, buried) or
 * that it left it out. Each row opens the fact's sentences with word diffs.
 */
export function CoverageMatrix({
  storyHref,
  facts,
  articles,
}: {
  storyHref: string;
  facts: Fact[];
  articles: ArticleAnalysis[];
}) {
  const shared = facts.filter((fact) => outletsReporting(fact) >= 2);
  const single = facts.filter((fact) => outletsReporting(fact) < 2);
  return (
    <section aria-labelledby="coverage-heading" className="mb-12">
      <h2 id="coverage-heading" className="mb-1 text-xl font-semibold">
        Which outlet reports which fact
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        {plural(shared.length, "fact")} reported by two or more outlets, in story order; outlets by
        publication date, then name. ● lede (the opening), ◐ body, ○ buried (second half), – not
        reported. Open a fact to read each outlet&apos;s sentence, word by word.
      </p>
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
          <table className="w-full border-separate border-spacing-0 text-sm">
            <caption className="sr-only">
              Facts by outlet: for each fact, whether each outlet reports it in the lede, the body,
              buried, or not at all. Outlets by publication date, then name.
            </caption>
            <thead>
              <tr className="text-left">
                <th
                  scope="col"
                  className="sticky left-0 top-0 z-20 border-b border-rule bg-white p-2 font-semibold"
                >
                  Fact
                </th>
                {articles.map((article) => (
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
              {shared.map((fact) => (
                <tr key={fact.id} id={fact.id} className="group align-top">
                  <th
                    scope="row"
                    className="sticky left-0 z-[5] w-[45%] min-w-[9.5rem] border-b border-rule bg-white p-2 text-left font-normal group-last:border-0 md:min-w-[16rem]"
                  >
                    <details>
                      <summary className="cursor-pointer font-medium">{fact.label}</summary>
                      <div className="mt-3">
                        <div className="max-md:hidden">
                          <FactVersions fact={fact} articles={articles} />
                        </div>
                        <Link
                          href={`${storyHref}/facts/${fact.id}`}
                          className="mt-2 inline-block text-accent underline"
                        >
                          Compare this fact across outlets
                        </Link>
                      </div>
                    </details>
                  </th>
                  {articles.map((article) => {
                    const coverage = fact.coverage.find((c) => c.article === article.id);
                    return (
                      <td
                        key={article.id}
                        className="border-b border-rule p-2 text-center group-last:border-0"
                      >
                        <PlacementMark placement={coverage?.placement ?? "absent"} compact />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {single.length > 0 && (
        <details className="mt-4 rounded-lg border border-rule bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {plural(single.length, "fact")} only one outlet reports
          </summary>
          <ul className="mt-3 space-y-2 text-sm">
            {single.map((fact) => {
              const member = fact.members[0];
              const article = articles.find((a) => a.id === member?.article);
              const coverage = fact.coverage.find((c) => c.article === member?.article);
              return (
                <li key={fact.id} id={fact.id}>
                  <span className="font-semibold">{article?.outlet}</span>{" "}
                  {coverage && <PlacementMark placement={coverage.placement} />}{" "}
                  <span className="font-serif">
                    {member ? article?.sentences[member.sentence]?.text : ""}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
