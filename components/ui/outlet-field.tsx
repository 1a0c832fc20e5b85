import type { ArticleAnalysis } from "@/lib/analysis";
import { OUTLETS_PER_PAGE } from "@/lib/views/outlet-window";
import { type ComboOption, OutletCombobox } from "./outlet-combobox";
import { OutletDatalist } from "./outlet-datalist";

/**
 * One outlet chosen in a filter form: a select while the outlets are few, a search field that filters
 * as you type (a combobox; without JavaScript a text field with the datalist `listId` as suggestions)
 * when they are many. `empty` is the choice of none (and the search field's placeholder); without it
 * an outlet must be chosen.
 */
export function OutletField({
  name,
  label,
  options,
  selected,
  listId,
  empty,
  placeholder = empty,
}: {
  name: string;
  label: string;
  /** The outlets, one list for every field of a form (the same object, so the page carries it once). */
  options: ComboOption[];
  /** The chosen outlet's id. */
  selected: string | null | undefined;
  /** The datalist of names for a search field; without it, a select. */
  listId?: string;
  empty?: string;
  placeholder?: string;
}) {
  if (listId !== undefined) {
    return (
      <OutletCombobox
        name={name}
        label={label}
        options={options}
        initial={options.find((o) => o.id === selected)?.name ?? ""}
        listId={listId}
        placeholder={placeholder}
      />
    );
  }
  return (
    <label className="flex flex-col text-sm">
      <span className="mb-1 font-medium">{label}</span>
      <select
        name={name}
        defaultValue={selected ?? ""}
        className="rounded border border-rule bg-white px-2 py-1.5"
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Whether a form's outlets are many enough to be searched, and their names for the fields. */
export function outletOptions(articles: ArticleAnalysis[]): {
  options: ComboOption[];
  search: boolean;
} {
  return {
    options: articles.map((article) => ({ id: article.id, name: article.outlet })),
    search: articles.length > OUTLETS_PER_PAGE,
  };
}

/** One outlet or all of them (the default): the outlet filter of the blame and quote pages. */
export function OneOutletField({
  label,
  articles,
  selected,
  listId,
}: {
  label: string;
  articles: ArticleAnalysis[];
  selected: string | null;
  /** The id of the names' datalist, unique on the page. */
  listId: string;
}) {
  const { options, search } = outletOptions(articles);
  return (
    <>
      {search && <OutletDatalist id={listId} options={options} />}
      <OutletField
        name="outlet"
        label={label}
        options={options}
        selected={selected}
        listId={search ? listId : undefined}
        empty="All outlets"
      />
    </>
  );
}
