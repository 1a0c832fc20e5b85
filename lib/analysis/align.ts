import type { PreparedArticle } from "./article";
import type { Fact } from "./schema";

/** Placeholder until alignment lands. */
export function alignFacts(_articles: PreparedArticle[]): Fact[] {
  return [];
}
