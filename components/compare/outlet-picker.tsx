import type { ArticleAnalysis } from "@/lib/analysis";
import { OUTLET_KEYS } from "@/lib/views/compare";
import { AutoSubmit } from "./auto-submit";

/**
 * Choose the outlets to compare: a plain GET form, so it works without
 * JavaScript; with JavaScript it submits on change.
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
  return (
    <form
      action={action}
      method="get"
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-rule bg-white p-4"
    >
      {OUTLET_KEYS.slice(0, slots).map((key, index) => (
        <label key={key} className="flex flex-col text-sm">
          <span className="mb-1 font-medium">
            {index === 0 ? "Base outlet" : `Outlet ${index + 1}`}
          </span>
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
      ))}
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
