import { Fragment } from "react";
import { EvidenceLink } from "@/components/evidence/evidence-link";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import type { StoryAnalysis } from "@/lib/analysis";
import { plural } from "@/lib/format";
import { type TermCount, type WordChoiceRow, wordChoiceTable } from "@/lib/views/word-choice";
import { evidenceJsonHref } from "@/lib/views/evidence";
import { pageOf } from "@/lib/views/outlet-window";
import { Pager } from "@/components/ui/pager";

/** Rows per page when the table pages (a story of many outlets). */
const WORD_ROWS_PER_PAGE = 10;

/** "Iran ×3, Tehran, claimed (assertive verb)": one text node per cell, as the table is large. */
function termList(terms: TermCount[]): string {
  return terms
    .map(
      (t) => `${t.term}${t.count > 1 ? ` ×${t.count}` : ""}${t.category ? ` (${t.category})` : ""}`,
    )
    .join(", ");
}

const groups: { id: WordChoiceRow["group"]; label: string }[] = [
  { id: "actor", label: "Names for the same actor" },
  { id: "event", label: "Words for the same event" },
  { id: "verbs", label: "How each outlet attributes what sources say" },
  { id: "marked", label: "Loaded, hedging or assertive words (from published lexicons)" },
];

/**
 * Story page: for each actor or event several outlets name, the words each
 * uses; then attribution verbs and marked words per outlet. Each cell and
 * row name opens its sentences: in the panel below, or without JavaScript on
 * the figure's evidence page (no sentences are inlined: this table is large).
 */
export function WordChoice({
  storyHref,
  analysis,
  page = 1,
  pageHref,
}: {
  storyHref: string;
  analysis: StoryAnalysis;
  /** With `pageHref`, the rows page through (a story of many outlets names many things). */
  page?: number;
  pageHref?: (page: number) => string;
}) {
  const view = wordChoiceTable(analysis);
  const articles = analysis.articles;
  // Paged (one page of outlets shown): only the rows those outlets have words in.
  const rows =
    view.kind === "data"
      ? view.rows.filter((row) => !pageHref || row.cells.some((cell) => cell.terms.length > 0))
      : [];
  const paged = pageHref ? pageOf(rows, page, WORD_ROWS_PER_PAGE) : null;
  const shownRows = paged?.items ?? rows;
  return (
    <section id="word-choice" aria-labelledby="word-choice-heading" className="mb-12">
      <h2 id="word-choice-heading" className="mb-1 text-xl font-semibold">
        The words each outlet chooses
      </h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        The same people and events, named differently: each cell lists an outlet&apos;s words (×2
        when used twice). Click a cell to read its sentences with the words marked, or a row&apos;s
        name to read all of them.
      </p>
      {view.kind === "empty" ? (
        <p className="rounded border border-rule bg-white p-4 text-muted">{view.message}</p>
      ) : (
        <>
          <div
            role="region"
            aria-labelledby="word-choice-heading"
            tabIndex={0}
            className="card overflow-x-auto"
          >
            <table className="ev-t w-full min-w-[48rem] border-collapse text-left text-sm">
              <caption className="sr-only">
                Words each outlet uses: one row per actor or event, then attribution verbs and
                marked words; one column per outlet
              </caption>
              <thead>
                <tr className="border-b border-rule">
                  <th scope="col" className="w-48">
                    What is named
                  </th>
                  {articles.map((article) => (
                    <th key={article.id} scope="col" className="text-xs">
                      {article.outlet}
                    </th>
                  ))}
                </tr>
              </thead>
              {groups.map((group) => {
                const rows = shownRows.filter((row) => row.group === group.id);
                if (rows.length === 0) return null;
                return (
                  <tbody key={group.id} className="border-b border-rule align-top">
                    <tr className="bg-stone-50">
                      <th
                        scope="colgroup"
                        colSpan={articles.length + 1}
                        className="text-xs font-semibold uppercase tracking-wide text-muted"
                      >
                        {group.label}
                      </th>
                    </tr>
                    {rows.map((row) => (
                      <tr key={row.key} data-row={row.id} className="border-t border-rule/60">
                        <th scope="row" className="text-left font-normal">
                          <EvidenceLink storyHref={storyHref} evidenceKey={row.key}>
                            <span className="font-medium">{row.label}</span>
                          </EvidenceLink>{" "}
                          <span className="meta whitespace-nowrap">
                            {`(${plural(row.items.length, "passage")})`}
                          </span>
                        </th>
                        {row.cells.map((cell) => {
                          return (
                            <td key={cell.key} data-outlet={cell.article}>
                              {cell.terms.length === 0 ? (
                                <span className="text-muted">
                                  <span aria-hidden="true">–</span>
                                  <span className="sr-only">none</span>
                                </span>
                              ) : (
                                <EvidenceLink storyHref={storyHref} evidenceKey={cell.key}>
                                  {termList(cell.terms)}
                                </EvidenceLink>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
          {paged && pageHref && (
            <Pager
              label="Pages of word choices"
              page={paged.page}
              pages={paged.pages}
              href={pageHref}
            />
          )}
          {view.lexicons.length > 0 && (
            <p className="meta mt-2 max-w-3xl">
              Marked words:{" "}
              {view.lexicons.map((l, i) => (
                <Fragment key={l.category}>
                  {i > 0 && "; "}
                  {l.category} from {l.lexicon}
                </Fragment>
              ))}
              . A marked word is a cue to read closely, not proof of bias.
            </p>
          )}
          <EvidencePanel
            scope="w"
            source="word-choice"
            storyHref={storyHref}
            src={evidenceJsonHref(storyHref)}
          />
        </>
      )}
    </section>
  );
}
