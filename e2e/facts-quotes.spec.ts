import { expect, type Locator, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const STORY = "/stories/basra-consulate-2018";

/** Choose an option as a mouse or finger does: the select is pressed first (a pointer choice submits). */
async function pick(select: Locator, option: string | { label: string }) {
  await select.click();
  await select.selectOption(option);
}

test.describe("fact and quote pages", () => {
  test("a fact across outlets, with a base the reader picks @phone", async ({ page }) => {
    await page.goto(STORY);
    const first = page.locator("#coverage-heading ~ div table tbody tr").first();
    // Each fact's label links to its page (every outlet's sentence, word by word).
    await first.locator('a[href*="/facts/"]').first().click();
    await expect(page).toHaveURL(/\/facts\/fact-\d+$/);
    await expect(page.getByText(/Reported by \d of 5 outlets/)).toBeVisible();
    const options = await page
      .getByLabel("Compare every version with")
      .locator("option")
      .allInnerTexts();
    const last = options.at(-1) ?? "";
    await pick(page.getByLabel("Compare every version with"), { label: last });
    await expect(page).toHaveURL(/\?base=/);
    const base = page
      .locator("li[data-outlet]")
      .filter({ has: page.getByText("base version", { exact: true }) });
    await expect(base).toHaveCount(1);
    await expect(base).toContainText(last);
    await expectNoSeriousA11yViolations(page);
  });

  test("an outlet with a sentence close to a fact reads 'maybe', with that sentence, never 'not reported' @phone", async ({
    page,
  }) => {
    await page.goto(STORY);
    // The closure fact: three outlets line up; Press TV and The Epoch Times say it in other words.
    const row = page
      .locator("#coverage-heading ~ div table tbody tr")
      .filter({ hasText: "decided to close the U.S. post" });
    await expect(row.locator("td.pm-maybe")).toHaveCount(2);
    await expect(row.locator("td.pm-maybe").first()).toHaveText("Maybe, in other words");
    await row.locator('a[href*="/facts/"]').first().click();
    const maybe = page.locator("[data-maybe]");
    await expect(maybe).toContainText("Maybe reported in other words by 2 outlets");
    await expect(maybe).toContainText("The Epoch Times");
    await expect(maybe).toContainText("Press TV");
    // Neither is listed as leaving the fact out.
    await expect(page.locator("[data-omitted]", { hasText: "Press TV" })).toHaveCount(0);
    await expect(page.getByText(/maybe in other words by 2 \(below\)/)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("an unknown base falls back with a note", async ({ page }) => {
    await page.goto(STORY);
    const href = await page
      .locator("#coverage-heading ~ div table tbody tr")
      .first()
      .locator('a[href*="/facts/"]')
      .getAttribute("href");
    await page.goto(`${href}?base=nope`);
    await expect(page.getByTestId("url-notes")).toContainText("cannot be the base");
  });

  test("quotes grouped across outlets, altered first @phone", async ({ page }) => {
    await page.goto(`${STORY}/quotes`);
    const groups = page.locator("#groups-heading ~ div > article");
    expect(await groups.count()).toBeGreaterThanOrEqual(3);
    await expect(groups.first()).toContainText("Altered between outlets");
    await expect(page.getByText("Bottom line, if we are attacked").first()).toBeVisible();
    await expect(page.locator("#scare-heading")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("exports are served at stable URLs", async ({ request }) => {
    const json = await request.get(`${STORY}/export/analysis.json`);
    expect(json.headers()["content-type"]).toContain("application/json");
    const analysis = (await json.json()) as { articles: unknown[]; facts: unknown[] };
    expect(analysis.articles).toHaveLength(5);
    for (const file of ["facts.csv", "quotes.csv", "blame.csv"]) {
      const response = await request.get(`${STORY}/export/${file}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/csv");
      // A UTF-8 byte-order mark first, so spreadsheets read curly quotes and dashes right.
      expect([...(await response.body()).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    }
    expect((await request.get(`${STORY}/export/secrets.txt`)).status()).toBe(404);
  });
});
