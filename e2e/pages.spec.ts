import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const STORY = "/stories/basra-consulate-2018";

test.describe("home", () => {
  test("lists the stories with date, outlet count and a summary line @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Parallax/);
    const card = page.getByRole("listitem").filter({ hasText: "US closes its consulate in Basra" });
    await expect(card).toContainText("28 September 2018");
    await expect(card).toContainText("5 outlets");
    await expect(card).toContainText("ordered departure");
    await card.getByRole("link").click();
    await expect(page).toHaveURL(STORY);
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("story page", () => {
  test("shows the five outlets with names, types, headlines and provenance @phone", async ({
    page,
  }) => {
    await page.goto(STORY);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "US closes its consulate in Basra, citing threats from Iran",
    );
    const lineup = page.getByTestId("lineup");
    const cards = lineup.locator("[data-article]");
    await expect(cards).toHaveCount(5);
    const expectations: [string, RegExp[]][] = [
      ["press-tv", [/Press TV/, /State broadcaster/, /Original/, /citing ‘security concerns’/]],
      [
        "epoch-times",
        [
          /The Epoch Times/,
          /Reuters copy/,
          /US Pulls Diplomats From Iraqi City/,
          /30 September 2018/,
        ],
      ],
      [
        "wsj-via-eifa",
        [
          /European Iraqi Freedom Association/,
          /Advocacy group/,
          /WSJ reprint/,
          /U\.S\. to Close Consulate/,
        ],
      ],
      [
        "us-site-wsj-relay",
        [/Unidentified US website/, /Relays WSJ/, /Headline not captured/, /Date unknown/],
      ],
      ["news-site-wire-cnn", [/Unidentified news site/, /Wire copy/, /USA blames Iran/]],
    ];
    for (const [slug, patterns] of expectations) {
      const card = page.locator(`[data-article="${slug}"]`);
      for (const pattern of patterns) await expect(card).toContainText(pattern);
    }
    // The Reuters byline is a byline, not article text.
    await expect(page.locator('[data-article="epoch-times"] [data-testid="byline"]')).toContainText(
      "Phil Stewart and Lesley Wroughton",
    );
    await expectNoSeriousA11yViolations(page);
  });

  test("orders outlets by publication date, then name (not by file name), in the lineup and the fact table", async ({
    page,
    request,
  }) => {
    const analysis = (await (await request.get(`${STORY}/export/analysis.json`)).json()) as {
      articles: { id: string; outlet: string; published: string | null }[];
    };
    const expected = [...analysis.articles]
      .sort(
        (a, b) =>
          Number(a.published === null) - Number(b.published === null) ||
          (a.published ?? "").localeCompare(b.published ?? "") ||
          a.outlet.localeCompare(b.outlet),
      )
      .map((a) => a.id);
    // The seed story's files sort differently: the order is the dates', not the file names'.
    expect(expected).not.toEqual(analysis.articles.map((a) => a.id).sort());
    await page.goto(STORY);
    const lineup = await page
      .getByTestId("lineup")
      .locator("[data-article]")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-article")));
    expect(lineup).toEqual(expected);
    const headers = await page.locator('[data-testid="coverage-scroll"] thead th').allInnerTexts();
    expect(headers.slice(1)).toEqual(
      expected.map((id) => analysis.articles.find((a) => a.id === id)?.outlet),
    );
  });

  test("on a phone the fact table keeps its header row and fact column in view while it scrolls @phone", async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "on a wide screen every outlet fits");
    await page.goto(STORY);
    const box = page.getByTestId("coverage-scroll");
    await box.scrollIntoViewIfNeeded();
    await expect(box).toHaveAttribute("tabindex", "0");
    const header = box.locator("thead th").nth(1);
    const factCell = box.locator("tbody th").nth(6);
    await factCell.scrollIntoViewIfNeeded();
    const before = {
      header: await header.boundingBox(),
      fact: await factCell.boundingBox(),
      box: await box.boundingBox(),
    };
    // Scroll the table down and to the right, as a reader's thumb would.
    await box.evaluate((el) => el.scrollTo({ top: 400, left: 400 }));
    const after = { header: await header.boundingBox(), fact: await factCell.boundingBox() };
    const scrolled = await box.evaluate((el) => [el.scrollTop, el.scrollLeft]);
    // Five outlets do not fit a phone's width, nor the facts its height: the box scrolls both ways.
    expect(scrolled[0]).toBeGreaterThan(0);
    expect(scrolled[1]).toBeGreaterThan(0);
    // The header stays at the top of the box, the fact column at its left edge.
    expect(after.header?.y).toBeCloseTo(before.box?.y ?? NaN, -1);
    expect(after.fact?.x).toBeCloseTo(before.fact?.x ?? NaN, 0);
    await expectNoSeriousA11yViolations(page);
  });

  test("has no horizontal scrolling on a phone @phone", async ({ page }) => {
    await page.goto(STORY);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("article page", () => {
  test("shows the cleaned Epoch Times article and lists the removed chrome on request", async ({
    page,
  }) => {
    await page.goto(`${STORY}/epoch-times`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "US Pulls Diplomats From Iraqi City, Citing Threats From Iran",
    );
    const body = page.locator("#main article");
    await expect(body).toContainText("WASHINGTON/NEW YORK—The United States announced on Sept. 28");
    await expect(page.getByTestId("byline")).toContainText("Phil Stewart and Lesley Wroughton");
    const text = page.locator("#main article .font-serif.text-lg");
    await expect(text).not.toContainText("Watch Next");
    await expect(text).not.toContainText("Locals Call for End to Iranian Influence in Iraq");
    await expect(text).not.toContainText("By Phil Stewart");

    const removed = page.getByTestId("removed-list");
    await expect(removed.locator("ul")).toBeHidden();
    await removed.locator("summary").click();
    await expect(removed.locator("ul")).toBeVisible();
    await expect(removed).toContainText("Watch Next:");
    await expect(removed).toContainText("Locals Call for End to Iranian Influence in Iraq");
    await expect(removed).toContainText("Inserted headline");
    await expectNoSeriousA11yViolations(page);
  });

  test("links to its facts and to compare, and counts one removed piece as one @phone", async ({
    page,
  }) => {
    await page.goto(`${STORY}/press-tv`);
    await expect(page.getByText("This piece was taken out before analysis.")).toBeVisible();
    await expect(page.getByText("Show the removed piece and why")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(/These 1 pieces|the 1 removed pieces/);
    const compare = page.getByRole("navigation", { name: "Compare this article" });
    const links = compare.getByRole("link");
    await expect(links).toHaveCount(4);
    for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute("href"))))
      expect(href).toMatch(/\/compare\?a=press-tv&b=[a-z-]+$/);
    const facts = page.getByTestId("article-facts").locator("li");
    expect(await facts.count()).toBeGreaterThan(3);
    await facts.first().locator('a[href*="#p-"]').click();
    await expect(page).toHaveURL(/#p-\d+$/);
    await facts.first().locator('a[href*="/facts/"]').click();
    await expect(page).toHaveURL(/\/facts\/fact-\d+$/);
    await expect(page.locator('li[data-outlet="press-tv"]')).toBeVisible();
    await page.goto(`${STORY}/press-tv`);
    await links.first().click();
    await expect(page).toHaveURL(/\/compare\?a=press-tv&b=/);
    await expect(page.getByLabel("Base outlet")).toHaveValue("press-tv");
  });

  test("lists the EIFA header and promos and the other site's 'Other news' as removed @phone", async ({
    page,
  }) => {
    await page.goto(`${STORY}/wsj-via-eifa`);
    const removed = page.getByTestId("removed-list");
    await removed.locator("summary").click();
    for (const chrome of [
      "English Arabic",
      "Item not found",
      "New EIFA Report",
      "Exclusive: Biography and record",
    ]) {
      await expect(removed).toContainText(chrome);
    }
    await expect(page.locator("#main article p#p-0")).toContainText(
      "WASHINGTON—The State Department",
    );

    await page.goto(`${STORY}/news-site-wire-cnn`);
    await page.getByTestId("removed-list").locator("summary").click();
    await expect(page.getByTestId("removed-list")).toContainText("Other news");
  });
});

test.describe("outlets", () => {
  test("the outlet list and a profile with references and appearances @phone", async ({ page }) => {
    await page.goto("/outlets");
    await expect(page.getByRole("link", { name: "Press TV" })).toBeVisible();
    await page.getByRole("link", { name: "Press TV" }).click();
    await expect(page).toHaveURL("/outlets/press-tv");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press TV");
    await expect(page.getByText("State broadcaster").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "en.wikipedia.org" }).first()).toHaveAttribute(
      "href",
      /wikipedia/,
    );
    await expect(
      page.getByRole("link", {
        name: "US closes its consulate in Basra, citing threats from Iran",
      }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("an unidentified outlet says so, and a source outlet lists the articles that carry it", async ({
    page,
  }) => {
    await page.goto("/outlets/unidentified-us-website");
    await expect(page.getByText("Unidentified outlet")).toBeVisible();
    await expect(page.getByText(/could not be identified/)).toBeVisible();
    await page.goto("/outlets/reuters");
    await expect(page.getByText("Source of The Epoch Times's article")).toBeVisible();
  });
});

test.describe("not found", () => {
  for (const url of ["/stories/nope", "/outlets/%00", `${STORY}/nope`, "/nope/at/all"]) {
    test(`${url} gives the helpful 404 page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
      await expect(page.getByRole("link", { name: "All stories" })).toBeVisible();
      await expect(page).toHaveTitle("Page not found · Parallax");
    });
  }

  test("the 404 page is accessible", async ({ page }) => {
    await page.goto("/stories/nope");
    await expectNoSeriousA11yViolations(page);
  });
});

test("the about page explains the method", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How Parallax works");
  // The measured accuracy, held-out column and date included, with the command behind each figure.
  const accuracy = page.getByRole("table", { name: /Measured accuracy/ });
  await expect(accuracy.getByRole("columnheader", { name: "Never tuned on" })).toBeVisible();
  await expect(accuracy.locator("tbody tr")).toHaveCount(7);
  await expect(accuracy).toContainText("npx tsx eval/blame.ts --split report");
  await expect(page.locator("#accuracy")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
