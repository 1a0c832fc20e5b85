import { FilterForm } from "@/components/ui/filter-form";
import { OneOutletField } from "@/components/ui/outlet-field";
import type { ArticleAnalysis } from "@/lib/analysis";
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
  const filtered = query.outlet !== null || query.speaker !== null;
  return (
    <FilterForm
      action={`${storyHref}/quotes`}
      label="Quotes"
      margin="mb-6"
      submit="Show quotes"
      reset={filtered ? { href: `${storyHref}/quotes`, label: "All quotes" } : null}
    >
      <OneOutletField
        label="Outlet"
        articles={articles}
        selected={query.outlet}
        listId="quote-outlets"
      />
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
    </FilterForm>
  );
}
