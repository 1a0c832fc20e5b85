import Link from "next/link";
import { DiffOrText } from "@/components/diff/diff-or-text";
import { PlacementMark } from "@/components/facts/placement";
import type { ArticleAnalysis } from "@/lib/analysis";
import type { CompareRow } from "@/lib/views/compare";

const columns: Record<number, string> = {
  2: "md:grid-cols-2",
  3: "md:grid-cols-3",
  4: "md:grid-cols-2 xl:grid-cols-4",
};

/**
 * One row per fact, in story order: each outlet's sentence, diffed word by
 * word against the base outlet; "maybe, in other words" with its closest sentence where an
 * outlet has one close to the fact, "not reported" where it has none.
 * On a phone the cells stack as cards, each named by its outlet. A fact only
 * one selected outlet reports gets a compact row (the page stays light).
 */
export function CompareRows({
  storyHref,
  rows,
  articles,
  highlight,
}: {
  storyHref: string;
  rows: CompareRow[];
  articles: ArticleAnalysis[];
  highlight: string | null;
}) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const base = byId.get(rows[0]?.cells[0]?.article ?? "");
  const outletsWith = (row: CompareRow, placement: "absent" | "maybe") =>
    row.cells
      .filter((c) => c.placement === placement)
      .map((c) => byId.get(c.article)?.outlet)
      .join(", ");
  const absentFrom = (row: CompareRow) => outletsWith(row, "absent");
  // "maybe in other words in X": an outlet with a sentence close to the fact is never said to leave it out.
  const maybeNote = (row: CompareRow) => {
    const names = outletsWith(row, "maybe");
    return names ? `maybe in other words in ${names}` : "";
  };
  return (
    <ol className="space-y-3">
      {rows.map((row) => {
        const present = row.cells.filter((c) => c.text !== null);
        const ring = highlight === row.fact.id ? " ring-2 ring-accent/40" : "";
        if (present.length === 1 && present[0]) {
          const cell = present[0];
          return (
            <li
              key={row.fact.id}
              id={row.fact.id}
              tabIndex={-1}
              data-difference="true"
              className={`card render-lazy scroll-mt-4 p-3 [--render-estimate:7rem]${ring}`}
            >
              <p className="meta mb-1">
                <span className="font-semibold text-ink">
                  Only in {byId.get(cell.article)?.outlet}
                </span>{" "}
                <PlacementMark placement={cell.placement} />
                {[absentFrom(row) && `not reported by ${absentFrom(row)}`, maybeNote(row)]
                  .filter(Boolean)
                  .map((note) => ` · ${note}`)
                  .join("")}
              </p>
              <p className="prose-serif">{cell.text}</p>
            </li>
          );
        }
        return (
          <li
            key={row.fact.id}
            id={row.fact.id}
            tabIndex={-1}
            data-difference={row.identical ? "false" : "true"}
            className={`card render-lazy scroll-mt-4 p-4 [--render-estimate:20rem]${ring}`}
          >
            <div className="mb-3 flex flex-wrap items-center gap-2">
              <h3 className="font-semibold">
                <Link
                  href={`${storyHref}/facts/${row.fact.id}`}
                  className="text-ink hover:text-accent"
                >
                  {row.fact.label}
                </Link>
              </h3>
              {row.identical && (
                <span className="meta rounded bg-stone-100 px-1.5">Same words</span>
              )}
              {row.omitted && (
                <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-900">
                  Not reported by {absentFrom(row)}
                </span>
              )}
              {maybeNote(row) && (
                <span className="rounded border border-dashed border-muted px-1.5 text-xs">
                  Maybe in other words in {outletsWith(row, "maybe")}
                </span>
              )}
              {row.placementGap && (
                <span className="rounded bg-cb-blue/10 px-1.5 text-xs text-cb-blue">
                  Lede in one, buried or absent in another
                </span>
              )}
            </div>
            <div className={`grid gap-3 ${columns[row.cells.length] ?? "md:grid-cols-2"}`}>
              {row.cells.map((cell, index) => (
                <div key={cell.article} className="cell">
                  <p className="meta mb-1 flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-ink">{byId.get(cell.article)?.outlet}</span>
                    <PlacementMark placement={cell.placement} />
                    {index === 0 && <span className="uppercase tracking-wide">base</span>}
                  </p>
                  {cell.maybe ? (
                    // The outlet's closest sentence, not diffed: it was not lined up with the base.
                    <div className="text-sm">
                      <p className="italic text-muted">
                        Not lined up for sure; its closest sentence (similarity{" "}
                        {cell.maybe.score.toFixed(2)}):
                      </p>
                      <p className="prose-serif mt-1 border-l-2 border-dashed border-rule pl-2">
                        {cell.maybe.text}
                      </p>
                    </div>
                  ) : cell.text === null ? (
                    <p className="text-sm italic text-muted">Not reported</p>
                  ) : (
                    <DiffOrText
                      text={cell.text}
                      diff={cell.diff}
                      baseName={index > 0 ? base?.outlet : undefined}
                    />
                  )}
                </div>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
