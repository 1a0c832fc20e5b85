import { AutoSubmit } from "@/components/compare/auto-submit";
import { OutletCombobox } from "@/components/ui/outlet-combobox";
import { OutletDatalist } from "@/components/ui/outlet-datalist";
import type { ArticleAnalysis } from "@/lib/analysis";
import { OUTLETS_PER_PAGE } from "@/lib/views/outlet-window";

/**
 * Choose one outlet's relations: a plain GET form (works without JavaScript; submits on change with
 * it). A few outlets are a select; many are a search field that filters as you type (empty: all).
 */
export function NetworkFilter({
  action,
  articles,
  selected,
  includeUncertain = false,
}: {
  action: string;
  articles: ArticleAnalysis[];
  selected: string | null;
  /** Keep the reader's choice of blame relations (?uncertain=1) when choosing an outlet. */
  includeUncertain?: boolean;
}) {
  const search = articles.length > OUTLETS_PER_PAGE;
  const options = articles.map((article) => ({ id: article.id, name: article.outlet }));
  return (
    <form
      action={action}
      method="get"
      className="no-print mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
    >
      {includeUncertain && <input type="hidden" name="uncertain" value="1" />}
      {search ? (
        <>
          <OutletDatalist id="blame-outlets" options={options} />
          <OutletCombobox
            name="outlet"
            label="Show the statements of"
            options={options}
            initial={articles.find((a) => a.id === selected)?.outlet ?? ""}
            listId="blame-outlets"
            placeholder="All outlets"
          />
        </>
      ) : (
        <label className="flex flex-col text-sm">
          <span className="mb-1 font-medium">Show the statements of</span>
          <select
            name="outlet"
            defaultValue={selected ?? ""}
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
      <button
        type="submit"
        className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90"
      >
        Show
      </button>
      <AutoSubmit />
    </form>
  );
}
