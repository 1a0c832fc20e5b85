import type { ArticleAnalysis } from "@/lib/analysis";
import { OutletCombobox } from "@/components/ui/outlet-combobox";
import { OutletDatalist } from "@/components/ui/outlet-datalist";
import { OUTLET_KEYS } from "@/lib/views/compare";
import { OUTLETS_PER_PAGE } from "@/lib/views/outlet-window";
import { AutoSubmit } from "./auto-submit";

/**
 * Choose the outlets to compare: a plain GET form, so it works without JavaScript; with JavaScript
 * a choice submits it. A few outlets are a select each. Many (more than a page of the overview's
 * lineup) are a search each: a combobox that filters the outlets as you type; without JavaScript a
 * text field with the browser's suggestions, the server reading the name typed.
 */
export function OutletPicker({
  action,
  articles,
  selected,
  collapse,
}: {
  action: string;
  articles: ArticleAnalysis[];
  selected: string[];
  collapse: boolean;
}) {
  const slots = Math.min(OUTLET_KEYS.length, Math.max(selected.length + 1, 2), articles.length);
  const search = articles.length > OUTLETS_PER_PAGE;
  // One list for every field (the same object, so the page carries it once).
  const options = articles.map((article) => ({ id: article.id, name: article.outlet }));
  const nameOf = (id: string | undefined) => articles.find((a) => a.id === id)?.outlet ?? "";
  return (
    <form
      action={action}
      method="get"
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
    >
      {search && <OutletDatalist id="compare-outlets" options={options} />}
      {OUTLET_KEYS.slice(0, slots).map((key, index) => {
        const label = index === 0 ? "Base outlet" : `Outlet ${index + 1}`;
        return search ? (
          <OutletCombobox
            key={key}
            name={key}
            label={label}
            options={options}
            initial={nameOf(selected[index])}
            listId="compare-outlets"
            placeholder={index >= 2 ? "(none)" : "Type an outlet's name"}
          />
        ) : (
          <label key={key} className="flex flex-col text-sm">
            <span className="mb-1 font-medium">{label}</span>
            <select
              name={key}
              defaultValue={selected[index] ?? ""}
              className="rounded border border-rule bg-white px-2 py-1.5"
            >
              {index >= 2 && <option value="">(none)</option>}
              {articles.map((article) => (
                <option key={article.id} value={article.id}>
                  {article.outlet}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="collapse" value="1" defaultChecked={collapse} />
        Hide facts worded identically
      </label>
      <button
        type="submit"
        className="rounded bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90"
      >
        Compare
      </button>
      <AutoSubmit />
    </form>
  );
}
