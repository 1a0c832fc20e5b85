import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { article, expectNoSideways, fillArticle, TEXTS } from "./new-story-helpers";

test.describe("new comparison: the form", () => {
  test("is linked from the header and the home page, and fits a phone @phone", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Start a new comparison" }).click();
    await expect(page).toHaveURL("/new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("New comparison");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "New comparison" })
      .click();
    await expect(page).toHaveURL("/new");
    await expect(page.locator("[data-article]")).toHaveCount(3);
    await expectNoSideways(page);
    await expectNoSeriousA11yViolations(page);
  });

  test("suggests known outlets", async ({ page }) => {
    await page.goto("/new");
    const list = await article(page, 0).getByLabel("Outlet", { exact: true }).getAttribute("list");
    const options = page.locator(`datalist[id="${list}"] option`);
    await expect(options.first()).toBeAttached();
    const values = await options.evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLOptionElement).value),
    );
    expect(values).toContain("Press TV");
    expect(values).toContain("The Epoch Times");
  });

  test("sends three pasted articles as JSON to /api/stories and goes to the edit link", async ({
    page,
  }) => {
    let sent: unknown = null;
    await page.route("**/api/stories", async (route) => {
      sent = route.request().postDataJSON();
      await route.fulfill({
        status: 201,
        contentType: "application/json",
        body: JSON.stringify({ id: "k3v9x2m7q1", url: "/s/k3v9x2m7q1", token: "secret-token" }),
      });
    });
    await page.goto("/new");
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
    await fillArticle(page, 2, { outlet: "Press TV", text: TEXTS[2] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(page).toHaveURL("/s/k3v9x2m7q1/edit?token=secret-token");
    expect(sent).toEqual({
      title: "Riverside footbridge closed",
      articles: [
        { outlet: "Daily Example", text: TEXTS[0], published: "2024-05-14" },
        { outlet: "Riverside Herald", text: TEXTS[1], title: "Bridge shut" },
        { outlet: "Press TV", text: TEXTS[2] },
      ],
    });
  });

  test("an article with an outlet but no text is marked, announced and focused", async ({
    page,
  }) => {
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { outlet: "Daily Example", text: TEXTS[0] });
    await fillArticle(page, 1, { outlet: "Riverside Herald" });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    const text = article(page, 1).getByLabel("Text", { exact: true });
    await expect(text).toBeFocused();
    await expect(text).toHaveAttribute("aria-invalid", "true");
    await expect(text).toHaveAccessibleDescription(
      /This article needs the article's text or a link to it/,
    );
    await expect(page.getByRole("status").filter({ hasText: "There is a problem" })).toBeAttached();
    await expect(page.getByRole("group", { name: "There is a problem" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("one article is not a comparison", async ({ page }) => {
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { outlet: "Daily Example", text: TEXTS[0] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    await expect(page.getByText("The comparison needs at least 2 articles").first()).toBeVisible();
    await expect(page.locator('[id$="-articles-error"]')).toBeFocused();
  });

  test("takes at most 20 articles, and removing one moves focus to 'Add another article'", async ({
    page,
  }) => {
    await page.goto("/new");
    const add = page.getByRole("button", { name: "Add another article" });
    for (let count = 3; count < 20; count++) await add.click();
    await expect(page.locator("[data-article]")).toHaveCount(20);
    await expect(article(page, 19).getByLabel("Outlet", { exact: true })).toBeFocused();
    await expect(add).toBeDisabled();
    await expect(add).toHaveAccessibleDescription("A comparison takes at most 20 articles.");
    await page.getByRole("button", { name: "Remove article 20" }).click();
    await expect(page.locator("[data-article]")).toHaveCount(19);
    await expect(add).toBeEnabled();
    await expect(add).toBeFocused();
  });

  test("an article over 20,000 words is refused next to its text", async ({ page }) => {
    await page.goto("/new");
    await page.getByLabel("Title of the comparison").fill("Footbridge");
    await fillArticle(page, 0, { outlet: "Daily Example", text: "word ".repeat(20_001) });
    await fillArticle(page, 1, { outlet: "Riverside Herald", text: TEXTS[1] });
    await page.getByRole("button", { name: "Analyse the articles" }).click();
    const text = article(page, 0).getByLabel("Text", { exact: true });
    await expect(text).toBeFocused();
    await expect(text).toHaveAccessibleDescription(/Text is longer than 20,000 words/);
  });

  test("a binary file is refused with a message, shown as text even when its name looks like markup", async ({
    page,
  }) => {
    await page.goto("/new");
    const upload = article(page, 0).getByLabel("Or upload a file (optional)");
    await upload.setInputFiles({
      name: "photo.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    await expect(upload).toHaveAttribute("aria-invalid", "true");
    await expect(upload).toHaveAccessibleDescription(/“photo\.txt” is a PNG image, not text/);
    const markup = "<img src=x onerror=alert(1)>.docx";
    await article(page, 1)
      .getByLabel("Or upload a file (optional)")
      .setInputFiles({
        name: markup,
        mimeType: "application/octet-stream",
        buffer: Buffer.from("x"),
      });
    await expect(
      article(page, 1).getByText(`“${markup}” is not a file Parallax reads`),
    ).toBeVisible();
    await expect(page.locator("img[src=x]")).toHaveCount(0);
  });

  test("a text file fills the article's text", async ({ page }) => {
    await page.goto("/new");
    await article(page, 2)
      .getByLabel("Or upload a file (optional)")
      .setInputFiles({
        name: "herald.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          `---\noutlet: press-tv\ntitle: Bridge shut\npublished: 2024-05-13\n---\n\n${TEXTS[2]}\n`,
        ),
      });
    const box = article(page, 2);
    await expect(box.getByLabel("Text", { exact: true })).toHaveValue(TEXTS[2]);
    await expect(box.getByLabel("Outlet", { exact: true })).toHaveValue("Press TV");
    await expect(box.getByLabel("Headline (optional)")).toHaveValue("Bridge shut");
    await expect(box.getByLabel("Date (optional)")).toHaveValue("2024-05-13");
  });
});
