import { expect, type APIRequestContext, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

/*
 * A story sent through the API is the whole of Parallax at /s/<id>: every view of a curated story,
 * from the same pages, unlisted and noindex, until it is deleted and every view is gone.
 */

const story = {
  title: "Island ferry halted after engine fire",
  articles: [
    {
      outlet: "Northfield Courier",
      title: "Ferry service halted after engine fire",
      published: "2027-03-14",
      text: 'The harbour authority suspended the island ferry service on Sunday after a fire broke out in the engine room of the Northfield ferry. No passengers were hurt. Harbour master Ana Lopez said the ferry would stay in dock for at least two weeks. "Safety comes first," Lopez said. The ferry workers\' union blamed the operator for cutting maintenance budgets.',
    },
    {
      outlet: "Reuters",
      title: "Island ferry suspended after fire",
      published: "2027-03-14",
      text: 'The island ferry service was suspended on Sunday after a fire in the engine room of the Northfield ferry, the harbour authority said. Harbour master Ana Lopez said the ferry would remain in dock for at least two weeks. "Safety comes first," she said. The operator denied that it had cut maintenance budgets.',
    },
    {
      outlet: "Lakeside Daily",
      published: "2027-03-15",
      text: "Islanders were left stranded on Sunday when the ferry service was halted after an engine fire. Shop owners accused the harbour authority of failing to plan for emergencies. The harbour master said the ferry would stay in dock for at least two weeks.",
    },
  ],
};
const OUTLETS = ["Northfield Courier", "Reuters", "Lakeside Daily"];
const SLUGS = ["northfield-courier", "reuters", "lakeside-daily"];

/** Create a story and wait until the worker has analysed it. */
async function createAnalysed(request: APIRequestContext) {
  const created = await request.post("/api/stories", { data: story });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as { id: string; url: string; token: string };
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/stories/${body.id}`)).json()) as { status: string })
          .status,
      { timeout: 110_000, intervals: [500, 1000] },
    )
    .toBe("done");
  return body;
}

async function expectUnlisted(page: Page, response: Awaited<ReturnType<Page["goto"]>>) {
  expect(response?.status()).toBe(200);
  expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // Every link of the story stays under /s/<id>: none leads to a curated story's address.
  expect(await page.locator('main a[href^="/stories/"]').count()).toBe(0);
}

test.describe("a user story's views at /s/<id>", () => {
  test.describe.configure({ mode: "serial" });
  let id = "";
  let url = "";
  let token = "";

  test.beforeAll(async ({ request }) => {
    test.setTimeout(150_000);
    ({ id, url, token } = await createAnalysed(request));
  });

  test("the overview: lineup, coverage, blame, voices and downloads, unlisted and noindex", async ({
    page,
  }) => {
    await expectUnlisted(page, await page.goto(url));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`${url}$`),
    );
    await expect(page.getByTestId("user-story-note")).toContainText("unlisted");
    const cards = page.getByTestId("lineup").locator("[data-article]");
    await expect(cards).toHaveCount(3);
    // A name that matches a curated outlet gets its profile; the others have none yet.
    const reuters = page.locator('[data-article="reuters"]');
    await expect(reuters.getByRole("link", { name: "Reuters", exact: true })).toHaveAttribute(
      "href",
      "/outlets/reuters",
    );
    await expect(reuters).toContainText("Origin not stated");
    await expect(page.locator('[data-article="lakeside-daily"]')).toContainText("No profile yet");
    await expect(page.locator('[data-article="lakeside-daily"]')).toContainText(
      "Headline not captured",
    );
    await expect(page.getByRole("navigation", { name: "Views of this story" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Full analysis (JSON)" })).toHaveAttribute(
      "href",
      `${url}/export/analysis.json`,
    );
    // Whom each outlet quotes: no source of this story has a side, so the harbour master is a
    // series and a table row of her own, by name, not one "Unknown" for everyone.
    const voices = page.locator("#voices");
    await expect(voices.getByRole("list", { name: /^Colours:/ })).toContainText("Ana Lopez");
    await expect(voices.locator('tbody[data-outlet="reuters"]')).toContainText("Ana Lopez");
    await expect(voices).not.toContainText("Unknown");
    await expectNoSeriousA11yViolations(page);
  });

  test("the edit page says today's engine made the analysis, with nothing to re-analyse", async ({
    page,
  }) => {
    await page.goto(`${url}/edit?token=${token}`);
    await expect(page.getByTestId("analysis-age")).toContainText("with today's engine");
    await expect(page.getByRole("button", { name: "Re-analyse as it is" })).toHaveCount(0);
  });

  test("compare with two outlets chosen, its CSV and its preview card", async ({ page }) => {
    const response = await page.goto(`${url}/compare?a=reuters&b=lakeside-daily`);
    await expectUnlisted(page, response);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare outlets");
    await expect(page).toHaveTitle(/Reuters vs Lakeside Daily/);
    const csv = page.getByRole("link", { name: /Download these outlets/ });
    await expect(csv).toHaveAttribute(
      "href",
      `${url}/compare/facts.csv?a=reuters&b=lakeside-daily`,
    );
    const file = await page.request.get(`${url}/compare/facts.csv?a=reuters&b=lakeside-daily`);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toContain("text/csv");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toContain(`${url}/compare/og?a=reuters&b=lakeside-daily`);
    const card = await page.request.get(image ?? "");
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect(card.headers()["cache-control"]).toBe("private, no-store");
    await expectNoSeriousA11yViolations(page);
  });

  test("a fact page and the quotes", async ({ page }) => {
    await page.goto(url);
    const fact = page.locator(`a[href^="${url}/facts/"]`).first();
    const href = await fact.getAttribute("href");
    await page.goto(href ?? "");
    await expect(page).toHaveURL(new RegExp(`${url}/facts/[\\w-]+`));
    await expect(page.getByText(/Reported by \d of 3 outlets/)).toBeVisible();
    await expect(page.getByRole("link", { name: story.title })).toHaveAttribute("href", url);

    await expectUnlisted(page, await page.goto(`${url}/quotes`));
    await expect(
      page.getByRole("heading", { name: /Printed by more than one outlet/ }),
    ).toBeVisible();
    await expect(page.getByText("Safety comes first").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("who blames whom, its evidence file, and an article", async ({ page }) => {
    await expectUnlisted(page, await page.goto(`${url}/blame`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who blames whom");
    const evidence = await page.request.get(`${url}/blame/evidence.json`);
    expect(evidence.status()).toBe(200);
    expect(
      Object.keys(((await evidence.json()) as { groups: object }).groups).length,
    ).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto(url);
    await page.getByRole("link", { name: "Read Northfield Courier's article" }).click();
    await expect(page).toHaveURL(`${url}/northfield-courier`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ferry service halted after engine fire",
    );
    await expect(page.getByText("No passengers were hurt.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Compare this article" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("exports: the analysis as JSON and the tables as CSV, kept out of shared caches", async ({
    request,
  }) => {
    const json = await request.get(`${url}/export/analysis.json`);
    expect(json.status()).toBe(200);
    expect(json.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(json.headers()["cache-control"]).toBe("private, no-store");
    const analysis = (await json.json()) as { story: { slug: string }; articles: { id: string }[] };
    expect(analysis.story.slug).toBe(id);
    expect(analysis.articles.map((a) => a.id).sort()).toEqual([...SLUGS].sort());
    for (const file of ["facts.csv", "quotes.csv", "blame.csv"]) {
      const csv = await request.get(`${url}/export/${file}`);
      expect(csv.status(), file).toBe(200);
      expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const preview = await request.get(`${url}/opengraph-image`);
    expect(preview.status()).toBe(200);
    expect(preview.headers()["content-type"]).toBe("image/png");
  });

  test("the classroom: blind student page, a class started from /teach, the key, the reveal", async ({
    page,
  }) => {
    await expectUnlisted(page, await page.goto(`${url}/classroom`));
    // Lesson-safe: no site navigation, and no outlet named anywhere in the page.
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await expect(page.locator('header a[href="/"]')).toHaveCount(0);
    const html = (await page.content()).toLowerCase();
    for (const name of [...OUTLETS, ...SLUGS]) expect(html, name).not.toContain(name.toLowerCase());
    await expect(page.getByRole("heading", { name: "Outlet A" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${url}/classroom/teach`);
    await page.getByTestId("start-class").click();
    await expect(page).toHaveURL(new RegExp(`${url}/classroom/key\\?seed=\\w+&t=[\\w-]+$`));
    await expect(page.getByTestId("teacher-panel")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Who is who" })).toBeVisible();
    for (const name of OUTLETS) await expect(page.locator("main")).toContainText(name);
    await expectNoSeriousA11yViolations(page);
    const key = page.url();

    await page.getByTestId("open-reveal").click();
    await expect(page).toHaveURL(new RegExp(`${url}/classroom\\?seed=\\w+&step=reveal&r=[\\w-]+$`));
    await expect(page.getByText(/Who was behind each letter/)).toBeVisible();
    for (const name of OUTLETS) await expect(page.locator("main")).toContainText(name);

    // The token is this story's: changed by one character it opens nothing.
    const forged = key.replace(/t=([\w-])/, (_, c: string) => `t=${c === "A" ? "B" : "A"}`);
    await page.goto(forged);
    await expect(page.getByTestId("key-locked")).toBeVisible();
  });

  test("deleted: every view and file answers 404", async ({ page, request }) => {
    const deleted = await request.delete(`/api/stories/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deleted.status()).toBe(204);
    const paths = [
      "",
      "/compare?a=reuters&b=lakeside-daily",
      "/compare/facts.csv?a=reuters&b=lakeside-daily",
      "/compare/og?a=reuters&b=lakeside-daily",
      "/facts/fact-1",
      "/quotes",
      "/blame",
      "/blame/evidence.json",
      "/northfield-courier",
      "/export/analysis.json",
      "/export/facts.csv",
      "/classroom",
      "/classroom/teach",
      "/classroom/key?seed=abc&t=x",
      "/opengraph-image",
    ];
    for (const path of paths) {
      expect((await request.get(`${url}${path}`)).status(), path).toBe(404);
    }
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  });
});

test.describe("a user story whose analysis failed", () => {
  test("its views say so (the student page without links), its files answer 404", async ({
    page,
    request,
  }) => {
    const created = await request.post("/api/stories", {
      data: {
        title: "Unreachable links",
        articles: [
          { outlet: "A", url: "http://127.0.0.1:9/a" },
          { outlet: "B", url: "http://127.0.0.1:9/b" },
        ],
      },
    });
    const { id, url } = (await created.json()) as { id: string; url: string };
    await expect
      .poll(
        async () =>
          ((await (await request.get(`/api/stories/${id}`)).json()) as { status: string }).status,
        { timeout: 90_000 },
      )
      .toBe("failed");
    await expectUnlisted(page, await page.goto(`${url}/compare`));
    await expect(page.getByTestId("still-analysing")).toContainText("The analysis failed");
    await page.getByRole("link", { name: "See why" }).click();
    await expect(page).toHaveURL(url);
    await expect(page.getByTestId("story-error")).toContainText("could be read");

    await page.goto(`${url}/classroom`);
    await expect(page.getByTestId("still-analysing")).toContainText("The analysis failed");
    await expect(page.locator("main a")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);

    const file = await request.get(`${url}/export/analysis.json`);
    expect(file.status()).toBe(404);
    expect(await file.text()).toContain("failed");
  });
});
