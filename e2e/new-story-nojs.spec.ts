import { expect, test } from "@playwright/test";
import { article, expectNoSideways, fillArticle, TEXTS } from "./new-story-helpers";

test.describe("new comparison without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the paste flow posts the form's fields to /api/stories @phone", async ({ page }) => {
    const seen = { fields: new URLSearchParams(), contentType: "" };
    await page.route("**/api/stories", async (route) => {
      seen.fields = new URLSearchParams(route.request().postData() ?? "");
      seen.contentType = (await route.request().headerValue("content-type")) ?? "";
      // The store answers 303 to the story; this branch has no store, so the request itself is checked.
      await route.fulfill({ status: 200, contentType: "text/html", body: "<p>received</p>" });
    });
    await page.goto("/new");
    await expectNoSideways(page);
    await expect(page.getByRole("button", { name: "Fetch the text" })).toHaveCount(0);
    await expect(page.getByLabel("Or upload a file (optional)")).toHaveCount(0);
    await page.getByLabel("Title of the comparison").fill("Riverside footbridge closed");
    await fillArticle(page, 0, {
      outlet: "Daily Example",
      text: TEXTS[0],
      published: "2024-05-14",
    });
    await fillArticle(page, 1, {
      outlet: "Riverside Herald",
      text: TEXTS[1],
      title: "Bridge shut",
    });
    await fillArticle(page, 2, { outlet: "Press TV", url: "https://news.example.com/bridge" });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(page.getByText("received")).toBeVisible();
    expect(seen.contentType).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(seen.fields.entries())).toEqual({
      title: "Riverside footbridge closed",
      "articles[0][outlet]": "Daily Example",
      "articles[0][published]": "2024-05-14",
      "articles[0][title]": "",
      "articles[0][url]": "",
      "articles[0][text]": TEXTS[0],
      "articles[1][outlet]": "Riverside Herald",
      "articles[1][published]": "",
      "articles[1][title]": "Bridge shut",
      "articles[1][url]": "",
      "articles[1][text]": TEXTS[1],
      "articles[2][outlet]": "Press TV",
      "articles[2][published]": "",
      "articles[2][title]": "",
      "articles[2][url]": "https://news.example.com/bridge",
      "articles[2][text]": "",
    });
  });

  test("offers the form again with more empty articles", async ({ page }) => {
    await page.goto("/new");
    await page.getByRole("link", { name: "10 empty articles" }).click();
    await expect(page).toHaveURL("/new?articles=10");
    await expect(page.locator("[data-article]")).toHaveCount(10);
    await expect(article(page, 9).getByLabel("Outlet", { exact: true })).toHaveAttribute(
      "name",
      "articles[9][outlet]",
    );
    await page.goto("/new?articles=500");
    await expect(page.locator("[data-article]")).toHaveCount(3);
  });
});
