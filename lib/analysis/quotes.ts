import type { PreparedArticle } from "./article";
import type { Quote, QuoteGroup } from "./schema";

/** Placeholder until quote detection lands. */
export function findQuotes(_article: PreparedArticle): Quote[] {
  return [];
}

/** Placeholder until quote grouping lands. */
export function groupQuotes(_quotes: Quote[], _articles: PreparedArticle[]): QuoteGroup[] {
  return [];
}
