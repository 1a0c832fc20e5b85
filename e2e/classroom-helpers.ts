import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const SLUG = "basra-consulate-2018";
export const STORY = `/stories/${SLUG}`;
export const LESSON = `${STORY}/classroom`;
export const SEED = "k3f9";
export const TEACH = `${LESSON}/teach`;
/** The blind steps; the reveal names outlets by design (and opens only with its token). */
export const BLIND_STEPS = ["read", "spot", "discuss", "worksheet"] as const;
/** Every step as a student's link can ask for it: the reveal without a token is locked. */
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

/** A new class as a teacher starts it: its code, its teacher link (the key) and its reveal link. */
export interface TeacherClass {
  seed: string;
  key: string;
  reveal: string;
  student: string;
}

/** Start a class the way a teacher does: the teach page's "Start a class", then the key's reveal link. */
export async function startClass(request: APIRequestContext): Promise<TeacherClass> {
  const teach = await (await request.get(TEACH)).text();
  const key = /href="(\/stories\/[^"]+\/classroom\/key\?seed=([a-z0-9]+)&amp;t=[\w-]+)"/.exec(
    teach,
  );
  expect(key, "the teach page offers a teacher link").not.toBeNull();
  const keyHref = (key?.[1] ?? "").replace(/&amp;/g, "&");
  const seed = key?.[2] ?? "";
  const page = await (await request.get(keyHref)).text();
  const reveal =
    /data-testid="open-reveal"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*data-testid="open-reveal"/.exec(
      page,
    );
  const revealHref = (reveal?.[1] ?? reveal?.[2] ?? "").replace(/&amp;/g, "&");
  expect(revealHref).toMatch(/step=reveal&r=[\w-]+$/);
  return { seed, key: keyHref, reveal: revealHref, student: `${LESSON}?seed=${seed}` };
}
