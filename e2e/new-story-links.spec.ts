import { expect, test } from "@playwright/test";
import { BODY } from "../lib/ingest/fixtures/pages";
import { startFixtureServer, type FixtureServer } from "../lib/ingest/fixtures/server";
import { article, fillArticle, TEXTS } from "./new-story-helpers";

// Pages served on 127.0.0.1; the e2e server runs with PARALLAX_ALLOW_PRIVATE_URLS=1 (playwright.config.ts).
let fixtures: FixtureServer;
let closedOrigin: string;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
  const closed = await startFixtureServer({});
  closedOrigin = closed.origin;
  await closed.close();
});
test.afterAll(() => fixtures.close());

test.describe("new comparison: links", () => {
  test("a fetched link shows its text, outlet and date for checking, and the corrected text is sent", async ({
    page,
  }) => {
    const seen: { body: { articles: Record<string, string>[] } | null } = { body: null };
    await page.route("**/api/stories", async (route) => {
      seen.body = route.request().postDataJSON() as typeof seen.body;
      await route.fulfill({
        status: 201,
        contentType: "application/json",
        body: JSON.stringify({ id: "p8d2k4w9z0", url: "/s/p8d2k4w9z0", token: "t0ken" }),
      });
    });
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { url: `${fixtures.origin}/article` });
    await article(page, 0).getByRole("button", { name: "Fetch the text" }).click();
    const box = article(page, 0);
    await expect(box.getByLabel("Text", { exact: true })).toHaveValue(BODY.join("\n\n"));
    await expect(box.getByLabel("Outlet", { exact: true })).toHaveValue("Daily Example");
    await expect(box.getByLabel("Date (optional)")).toHaveValue("2024-05-14");
    await expect(box.getByLabel("Headline (optional)")).toHaveValue(
      "Council closes Riverside footbridge over safety fears",
    );
    await expect(box.getByRole("status").first()).toHaveText(
      /^Read 101 words from 127\.0\.0\.1:\d+, with its outlet, headline, date where those were empty\. Check the text below and correct it if needed\.$/,
    );
    const corrected = `${BODY[0]}\n\n${BODY[1]}`;
    await box.getByLabel("Text", { exact: true }).fill(corrected);
    await fillArticle(page, 1, { outlet: "Riverside Herald", text: TEXTS[1] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(page).toHaveURL("/s/p8d2k4w9z0/edit?token=t0ken");
    expect(seen.body?.articles[0]).toMatchObject({
      outlet: "Daily Example",
      text: corrected,
      url: `${fixtures.origin}/article`,
      published: "2024-05-14",
    });
  });

  test("on Analyse, unread links are read first; an unreachable one is marked and the others are kept", async ({
    page,
  }) => {
    let requests = 0;
    await page.route("**/api/stories", async (route) => {
      requests++;
      await route.fulfill({
        status: 201,
        contentType: "application/json",
        body: JSON.stringify({ id: "q7c3n5v1x8", url: "/s/q7c3n5v1x8", token: "t" }),
      });
    });
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { outlet: "Daily Example", text: TEXTS[0] });
    await fillArticle(page, 1, { url: `${fixtures.origin}/second-article` });
    await fillArticle(page, 2, { outlet: "Gone Daily", url: `${closedOrigin}/story` });
    await page.getByRole("button", { name: "Analyse the articles" }).click();

    const unreachable = article(page, 2).getByLabel("Link to the article (optional)");
    await expect(unreachable).toBeFocused();
    await expect(unreachable).toHaveAttribute("aria-invalid", "true");
    await expect(unreachable).toHaveAccessibleDescription(
      /Could not reach 127\.0\.0\.1:\d+: the connection was refused/,
    );
    await expect(article(page, 1).getByLabel("Text", { exact: true })).toHaveValue(
      BODY.join("\n\n"),
    );
    await expect(article(page, 1).getByLabel("Outlet", { exact: true })).toHaveValue(
      "Riverside Herald",
    );
    await expect(article(page, 0).getByLabel("Text", { exact: true })).toHaveValue(TEXTS[0]);
    await expect(article(page, 2).getByLabel("Outlet", { exact: true })).toHaveValue("Gone Daily");
    expect(requests).toBe(0);

    // Pressing Analyse again does not send a story with an article that cannot be read.
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(unreachable).toBeFocused();
    expect(requests).toBe(0);

    // Pasting the text instead lets it through.
    await fillArticle(page, 2, { text: TEXTS[2] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(page).toHaveURL("/s/q7c3n5v1x8/edit?token=t");
    expect(requests).toBe(1);
  });

  test("a link to something other than a web page is refused with the reason", async ({ page }) => {
    await page.goto("/new");
    await fillArticle(page, 0, { url: `${fixtures.origin}/pdf` });
    await article(page, 0).getByRole("button", { name: "Fetch the text" }).click();
    const link = article(page, 0).getByLabel("Link to the article (optional)");
    await expect(link).toHaveAccessibleDescription(
      /a file of type “application\/pdf”, not a web page or text/,
    );
    await expect(article(page, 0).getByLabel("Text", { exact: true })).toHaveValue("");
  });

  test("a store error is put next to the field it names", async ({ page }) => {
    await page.route("**/api/stories", (route) =>
      route.fulfill({
        status: 400,
        contentType: "application/json",
        body: JSON.stringify({
          error: { field: "articles.1.text", message: "is longer than 20,000 words" },
        }),
      }),
    );
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { outlet: "Daily Example", text: TEXTS[0] });
    // Article 2 is left blank and skipped: the store's article 1 is the form's article 3.
    await fillArticle(page, 2, { outlet: "Riverside Herald", text: TEXTS[1] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    const text = article(page, 2).getByLabel("Text", { exact: true });
    await expect(text).toBeFocused();
    await expect(text).toHaveAccessibleDescription(/Text is longer than 20,000 words/);
  });
});
