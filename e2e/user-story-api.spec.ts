import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const story = {
  title: "Council closes the river bridge",
  articles: [
    {
      outlet: "Riverside Herald",
      title: "Bridge shut for a month",
      published: "2026-11-02",
      text: "The council closed the river bridge on Monday. Mayor Jane Smith said repairs would take a month. Residents blamed the council for years of neglect.",
    },
    {
      outlet: "Valley <em>Times</em>",
      text: "Officials shut the river bridge on Monday. The mayor said the bridge was unsafe. Critics accused the council of ignoring warnings from engineers.",
    },
  ],
};

test.describe("a story sent through the API", () => {
  test("is analysed off the request path, its page follows the progress, and DELETE removes it", async ({
    page,
    request,
  }) => {
    const created = await request.post("/api/stories", { data: story });
    expect(created.status()).toBe(201);
    const { id, url, token } = (await created.json()) as { id: string; url: string; token: string };
    expect(url).toBe(`/s/${id}`);

    const status = await request.get(`/api/stories/${id}`);
    expect(status.status()).toBe(200);
    expect(["queued", "running", "done"]).toContain(
      ((await status.json()) as { status: string }).status,
    );

    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    // The page refreshes itself while the worker runs (no reload here), and once the analysis is
    // done it is the story's overview, as a curated story's (user-story-views.spec.ts goes further).
    await expect(page.getByTestId("lineup").locator("[data-article]")).toHaveCount(2, {
      timeout: 90_000,
    });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
    await expect(page.getByRole("heading", { name: "Analysing…" })).toHaveCount(0);
    // What a person typed is text, never markup.
    await expect(page.getByText("Valley <em>Times</em>").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${url}/edit?token=${token}`);
    await expect(page.getByTestId("edit-link")).toContainText(`${url}/edit?token=${token}`);
    await expectNoSeriousA11yViolations(page);

    expect((await request.delete(`/api/stories/${id}`)).status()).toBe(401);
    const wrong = await request.delete(`/api/stories/${id}`, {
      headers: { authorization: "Bearer not-the-token" },
    });
    expect(wrong.status()).toBe(403);
    const deleted = await request.delete(`/api/stories/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(deleted.status()).toBe(204);
    expect((await request.get(`/api/stories/${id}`)).status()).toBe(404);
    expect((await page.goto(url))?.status()).toBe(404);
  });

  test("a failed analysis shows why on the story's page", async ({ page, request }) => {
    // Both articles are links, and this branch cannot fetch links yet (or the addresses are refused):
    // fewer than two articles can be read, so the analysis fails with the links' errors.
    const created = await request.post("/api/stories", {
      data: {
        title: "Links only",
        articles: [
          { outlet: "A", url: "http://127.0.0.1:9/a" },
          { outlet: "B", url: "http://127.0.0.1:9/b" },
        ],
      },
    });
    expect(created.status()).toBe(201);
    const { url } = (await created.json()) as { url: string };
    await page.goto(url);
    await expect(page.getByRole("heading", { name: "The analysis failed" })).toBeVisible({
      timeout: 90_000,
    });
    await expect(page.getByTestId("story-error")).toContainText(
      "Only 0 of 2 articles could be read",
    );
    await expect(page.getByTestId("story-error")).toContainText("A: The link could not be read");
  });

  test("refuses bad input with the field and a message", async ({ request }) => {
    const one = await request.post("/api/stories", {
      data: { ...story, articles: story.articles.slice(0, 1) },
    });
    expect(one.status()).toBe(400);
    expect(await one.json()).toEqual({
      error: { field: "articles", message: "needs at least 2 articles" },
    });
    expect((await request.get("/api/stories/doesnotexist00")).status()).toBe(404);
    expect((await request.put("/api/stories")).status()).toBe(405);
  });
});

test.describe("the edit page without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("removes and adds an article, then deletes the story", async ({ page, request }) => {
    const created = await request.post("/api/stories", {
      data: {
        ...story,
        articles: [...story.articles, { outlet: "Hill Gazette", text: "The bridge closed." }],
      },
    });
    const { id, url, token } = (await created.json()) as { id: string; url: string; token: string };
    await page.goto(`${url}/edit?token=${token}`);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");

    await page.getByRole("button", { name: "Remove the article from Hill Gazette" }).click();
    await expect(page.getByText("The article was removed.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Articles (2)" })).toBeVisible();

    await page.getByLabel("Outlet").fill("Harbour Post");
    await page
      .getByLabel("Text", { exact: true })
      .fill("The harbour bridge was closed by the council.");
    await page.getByRole("button", { name: "Add and analyse again" }).click();
    await expect(page.getByText("The article was added.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Articles (3)" })).toBeVisible();
    const status = (await (await request.get(`/api/stories/${id}`)).json()) as { status: string };
    expect(["queued", "running", "done"]).toContain(status.status);

    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Delete the comparison" }).click();
    // (The browser keeps the previous address's #fragment across the redirect.)
    await expect(page).toHaveURL(/\/s\/deleted(#.*)?$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The comparison was deleted");
    expect((await request.get(`/api/stories/${id}`)).status()).toBe(404);
  });

  test("a wrong edit link changes nothing", async ({ page, request }) => {
    const created = await request.post("/api/stories", { data: story });
    const { url } = (await created.json()) as { url: string };
    await page.goto(`${url}/edit?token=wrong`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This edit link is not valid");
    await expect(page.locator("main").getByRole("button")).toHaveCount(0);
  });
});
