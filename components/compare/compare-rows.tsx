import { DiffOrText } from "@/components/diff/diff-or-text";
import { PlacementMark } from "@/components/facts/placement";
import type { ArticleAnalysis } from "@/lib/analysis";
import type { CompareRow } from "@/lib/views/compare";
import Link from "next/link";

const columns: Record<number, string> = {
  2: "md:grid-cols-2",
  3: "md:grid-cols-3",
  4: "md:grid-cols-2 xl:grid-cols-4",
};

/**
 * One row per fact, in story order: each outlet's sentence, diffed word by
 * word against the base outlet; "not reported" where an outlet leaves it out.
 * On a phone the cells stack as cards, each named by its outlet.
 */
export function CompareRows({
  storySlug,
  rows,
  articles,
  highlight,
}: {
  storySlug: string;
  rows: CompareRow[];
  articles: ArticleAnalysis[];
  highlight: string | null;
}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const base = byId.get(rows[0]?.cells[0]?.article ?? "");
  return (
    <ol className="space-y-4">
      {rows.map((row) => {
        const differs = !row.identical;
        const reporters = row.cells.filter((c) => c.text !== null).length;
        return (
          <li
            key={row.fact.id}
            id={row.fact.id}
            tabIndex={-1}
            data-difference={differs ? "true" : "false"}
            className={`scroll-mt-4 rounded-lg border bg-white ${reporters === 1 ? "p-3" : "p-4"} ${highlight === row.fact.id ? "border-accent ring-2 ring-accent/40" : "border-rule"}`}
          >
            <div className={`${reporters === 1 ? "mb-2" : "mb-3"} flex flex-wrap items-center gap-2`}>
              <h3 className={reporters === 1 ? "sr-only" : "font-semibold"}>
                <Link href={`/stories/${storySlug}/facts/${row.fact.id}`} className="text-ink hover:text-accent">
                  {row.fact.label}
                </Link>
              </h3>
              {row.identical && <span className="rounded bg-stone-100 px-1.5 text-xs text-muted">Same words</span>}
              {row.omitted && (
                <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900">
                  {reporters === 1 ? `Only in ${byId.get(row.cells.find((c) => c.text !== null)?.article ?? "")?.outlet}` : "Left out by some"}
                </span>
              )}
              {row.placementGap && (
                <span className="rounded bg-cb-blue/10 px-1.5 text-xs text-cb-blue">Lede in one, buried or absent in another</span>
              )}
              <a href={`#${row.fact.id}`} className="ml-auto text-xs text-muted underline" aria-label={`Link to the fact: ${row.fact.label}`}>
                #
              </a>
            </div>
            <div className={`grid gap-3 ${columns[row.cells.length] ?? "md:grid-cols-2"}`}>
              {row.cells.map((cell, index) => {
                const article = byId.get(cell.article);
                return (
                  <div key={cell.article} className="rounded border border-rule/70 bg-paper p-3">
                    <p className="mb-1 flex flex-wrap items-center gap-2 text-xs">
                      <span className="font-semibold">{article?.outlet}</span>
                      <PlacementMark placement={cell.placement} />
                      {index === 0 && <span className="uppercase tracking-wide text-muted">base</span>}
                    </p>
                    {cell.text === null ? (
                      <p className="text-sm italic text-muted">Not reported</p>
                    ) : (
                      <DiffOrText text={cell.text} diff={cell.diff} baseName={index > 0 ? base?.outlet : undefined} />
                    )}
                  </div>
                );
              })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
