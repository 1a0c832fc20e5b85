import type { ArticleAnalysis } from "@/lib/analysis";
import { searchKey } from "./outlet-window";

/**
 * Find an article by its id, its outlet's slug (`?a=press-tv` works either way), or its outlet's
 * name as typed in the picker's search field (case and accents ignored; a part of a name works when
 * only one outlet's name holds it).
 */
export function resolveArticle(
  value: string,
  articles: readonly Pick<ArticleAnalysis, "id" | "outlet" | "outletSlug">[],
): string | undefined {
  const byKey =
    articles.find((a) => a.id === value)?.id ?? articles.find((a) => a.outletSlug === value)?.id;
  if (byKey) return byKey;
  const wanted = searchKey(value);
  if (wanted === "") return undefined;
  const exact = articles.find((a) => searchKey(a.outlet) === wanted);
  if (exact) return exact.id;
  const partial = articles.filter((a) => searchKey(a.outlet).includes(wanted));
  return partial.length === 1 ? partial[0]?.id : undefined;
}
