import type { Page } from "@playwright/test";

export const SLUG = "basra-consulate-2018";
export const STORY = `/stories/${SLUG}`;
export const LESSON = `${STORY}/classroom`;
export const SEED = "k3f9";
/** The blind steps; the reveal names outlets by design. */
export const BLIND_STEPS = ["read", "spot", "discuss", "worksheet"] as const;
export const ALL_STEPS = [...BLIND_STEPS, "reveal"] as const;

export const stepUrl = (step: string, seed: string | null = SEED) =>
  `${LESSON}?${new URLSearchParams([...(seed ? [["seed", seed]] : []), ["step", step]]).toString()}`;

interface ArticleJson {
  id: string;
  outlet: string;
  outletSlug: string | null;
  title: string | null;
  published: string | null;
  byline: string | null;
}
export interface Analysis {
  articles: ArticleJson[];
  facts: { id: string; coverage: { article: string; placement: string; voice: string | null }[] }[];
  wordChoice: { id: string; terms: { article: string; term: string }[] }[];
  blame: {
    id: string;
    article: string;
    voice: string;
    kind: string;
    accused: { actor: string | null };
  }[];
  voices: { article: string; name: string; quotes: number }[];
  quotes: { id: string; article: string }[];
  quoteGroups: { id: string; altered: boolean; variants: { quote: string; status: string }[] }[];
}

export async function getAnalysis(page: Page): Promise<Analysis> {
  const response = await page.request.get(`${STORY}/export/analysis.json`);
  return (await response.json()) as Analysis;
}
