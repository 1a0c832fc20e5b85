import { FilterForm } from "@/components/ui/filter-form";
import { OneOutletField } from "@/components/ui/outlet-field";
import type { ArticleAnalysis } from "@/lib/analysis";
import { UNCERTAIN_PARAM } from "@/lib/views/certainty-link";

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
  return (
    <FilterForm
      action={action}
      margin="mb-4"
      hidden={includeUncertain ? [[UNCERTAIN_PARAM, "1"]] : []}
      submit="Show"
    >
      <OneOutletField
        label="Show the statements of"
        articles={articles}
        selected={selected}
        listId="blame-outlets"
      />
    </FilterForm>
  );
}
