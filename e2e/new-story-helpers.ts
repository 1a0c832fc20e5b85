import { expect, type Locator, type Page } from "@playwright/test";

/** Helpers for the "New comparison" specs. */
export const article = (page: Page, index: number): Locator =>
  page.locator(`[data-article="${index}"]`);

export async function fillArticle(
  page: Page,
  index: number,
  fields: { outlet?: string; text?: string; url?: string; title?: string; published?: string },
): Promise<void> {
  const box = article(page, index);
  if (fields.outlet !== undefined)
    await box.getByLabel("Outlet", { exact: true }).fill(fields.outlet);
  if (fields.title !== undefined) await box.getByLabel("Headline (optional)").fill(fields.title);
  if (fields.published !== undefined)
    await box.getByLabel("Date (optional)").fill(fields.published);
  if (fields.url !== undefined)
    await box.getByLabel("Link to the article (optional)").fill(fields.url);
  if (fields.text !== undefined) await box.getByLabel("Text", { exact: true }).fill(fields.text);
}

/** The page never scrolls sideways (phones included). */
export async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

export const TEXTS: [string, string, string] = [
  "The council closed the Riverside footbridge on Tuesday after engineers found cracks.",
  "Engineers found cracks in two piers, and the mayor closed the footbridge.",
  "Residents must now walk a mile downstream, the opposition leader complained.",
];
