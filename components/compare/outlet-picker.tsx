import type { ArticleAnalysis } from "@/lib/analysis";
import { FilterForm } from "@/components/ui/filter-form";
import { OutletDatalist } from "@/components/ui/outlet-datalist";
import { OutletField, outletOptions } from "@/components/ui/outlet-field";
import { OUTLET_KEYS } from "@/lib/views/compare";

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
  // One list for every field (the same object, so the page carries it once).
  const { options, search } = outletOptions(articles);
  return (
    <FilterForm action={action} submit="Compare">
      {search && <OutletDatalist id="compare-outlets" options={options} />}
      {OUTLET_KEYS.slice(0, slots).map((key, index) => (
        <OutletField
          key={key}
          name={key}
          label={index === 0 ? "Base outlet" : `Outlet ${index + 1}`}
          options={options}
          selected={selected[index]}
          listId={search ? "compare-outlets" : undefined}
          empty={index >= 2 ? "(none)" : undefined}
          placeholder={index >= 2 ? "(none)" : "Type an outlet's name"}
        />
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="collapse" value="1" defaultChecked={collapse} />
        Hide facts worded identically
      </label>
    </FilterForm>
  );
}
