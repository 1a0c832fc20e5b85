import type { PreparedArticle } from "./article";
import type { Reuse, ReusePair } from "./schema";

/** Placeholder until text-reuse detection lands. */
export function findReuse(_articles: PreparedArticle[]): { reuse: Reuse[]; pairs: ReusePair[] } {
  return { reuse: [], pairs: [] };
}
