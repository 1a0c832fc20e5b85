import Link from "next/link";
import { AutoSubmit } from "@/components/compare/auto-submit";
import { OutletCombobox } from "@/components/ui/outlet-combobox";
import { OutletDatalist } from "@/components/ui/outlet-datalist";
import type { ArticleAnalysis } from "@/lib/analysis";
import { OUTLETS_PER_PAGE } from "@/lib/views/outlet-window";
import type { QuotesQuery } from "@/lib/views/quotes-page";

/**
 * Which quotes the page shows: one outlet's (a select for a few outlets, a search field that filters
 * as you type for many) and a speaker's (part of the name, with the story's speakers suggested). A
 * plain GET form: it works without JavaScript, and a new filter starts again at the first pages.
 */
export function QuoteFilter({
  storyHref,
  articles,
  speakers,
  query,
}: {
  storyHref: string;
  articles: ArticleAnalysis[];
  speakers: string[];
  query: QuotesQuery;
}) {
  const search = articles.length > OUTLETS_PER_PAGE;
  const options = articles.map((article) => ({ id: article.id, name: article.outlet }));
  const filtered = query.outlet !== null || query.speaker !== null;
  return (
    <form
      action={`${storyHref}/quotes`}
      method="get"
      role="search"
      aria-label="Quotes"
      className="no-print mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
    >
      {search ? (
        <>
          <OutletDatalist id="quote-outlets" options={options} />
          <OutletCombobox
            name="outlet"
            label="Outlet"
            options={options}
            initial={articles.find((a) => a.id === query.outlet)?.outlet ?? ""}
            listId="quote-outlets"
            placeholder="All outlets"
          />
        </>
      ) : (
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">Outlet</span>
          <select
            name="outlet"
            defaultValue={query.outlet ?? ""}
            className="rounded border border-rule bg-white px-2 py-1.5"
          >
            <option value="">All outlets</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.outlet}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex min-w-0 flex-col text-sm">
        <span className="mb-1 font-medium">Speaker&apos;s name contains</span>
        <input
          type="search"
          name="speaker"
          defaultValue={query.speaker ?? ""}
          list="quote-speakers"
          maxLength={80}
          autoComplete="off"
          className="w-full min-w-0 rounded border border-rule bg-white px-2 py-1.5 sm:w-56"
        />
      </label>
      <datalist id="quote-speakers">
        {speakers.map((speaker) => (
          <option key={speaker} value={speaker} />
        ))}
      </datalist>
      <button
        type="submit"
        className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90"
      >
        Show quotes
      </button>
      {filtered && (
        <Link href={`${storyHref}/quotes`} className="py-1.5 text-sm text-accent underline">
          All quotes
        </Link>
      )}
      <AutoSubmit />
    </form>
  );
}
