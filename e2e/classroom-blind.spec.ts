import { expect, type Page, test } from "@playwright/test";
import { ALL_STEPS, getAnalysis, LESSON, startClass, stepUrl } from "./classroom-helpers";
import {
  articleMeta,
  identifyingTerms,
  outletProfiles,
  scan,
  SOURCE_PHRASES,
} from "./classroom-leaks";

/** Letter → headline, as the blind reading shows it. */
async function blindOrder(page: Page, seed: string | null): Promise<[string, string][]> {
  await page.goto(seed ? `${LESSON}?seed=${seed}` : LESSON);
  return page
    .locator("article[data-letter]")
    .evaluateAll((els) =>
      els.map(
        (el) =>
          [
            el.getAttribute("data-letter") ?? "",
            el.querySelector('[data-testid="blind-headline"]')?.textContent?.trim() ?? "",
          ] as [string, string],
      ),
    );
}

/** Letter → article id, as the reveal (or the key) shows it. */
async function revealed(page: Page, url: string): Promise<[string, string][]> {
  await page.goto(url);
  return page
    .locator('[data-testid="reveal"] > li')
    .evaluateAll((els) =>
      els.map(
        (el) =>
          [el.getAttribute("data-letter") ?? "", el.getAttribute("data-article") ?? ""] as [
            string,
            string,
          ],
      ),
    );
}

test.describe("classroom: blind reading", () => {
  test("the source whitelist is minimal: each phrase is another outlet cited as a source, word for word", async () => {
    const names = outletProfiles.flatMap((o) => [o.name, ...o.aliases]);
    for (const { article, phrase } of SOURCE_PHRASES) {
      const meta = articleMeta.find((a) => a.slug === article);
      // The captured text has non-breaking spaces in places; the cleaned text (and the page) has plain ones.
      expect(meta?.content.replace(/\s+/g, " ")).toContain(phrase);
      const cited = outletProfiles.find((o) =>
        [o.name, ...o.aliases].some((n) => phrase.includes(n)),
      );
      expect(cited, phrase).toBeDefined();
      // A citation of ANOTHER outlet: neither the publisher nor (for reprints and wire copy) the text's origin.
      expect(meta?.data.outlet).not.toBe(cited?.slug);
      expect(
        ["reprint", "wire"].includes(String(meta?.data.provenance?.kind)) &&
          meta?.data.provenance?.source === cited?.slug,
      ).toBe(false);
      expect(names.some((n) => phrase.includes(n))).toBe(true);
    }
  });

  for (const step of ALL_STEPS) {
    test(`step “${step}”: no outlet's own name, alias, slug, byline, URL or date in the served HTML, the DOM, the title or the metadata`, async ({
      page,
    }) => {
      const analysis = await getAnalysis(page);
      const terms = identifyingTerms(analysis);
      const response = await page.request.get(stepUrl(step));
      expect(response.status()).toBe(200);
      const html = await response.text();
      const served = scan(html, terms);
      expect(served.leaks).toEqual([]);
      // No way to the teacher's pages, nor out of the lesson to the site's own (named) pages.
      expect(html).not.toContain("/classroom/key");
      expect(html).not.toContain("/classroom/teach");
      expect(html).not.toMatch(/href="\/(outlets|about)?"/);
      expect(html).not.toContain('data-testid="answer"');

      await page.goto(stepUrl(step));
      const dom = scan(await page.content(), terms);
      expect(dom.leaks).toEqual([]);
      expect(scan(await page.title(), terms).leaks).toEqual([]);
      const meta = await page
        .locator("head meta, head link")
        .evaluateAll((els) => els.map((el) => el.outerHTML).join("\n"));
      expect(scan(meta, terms).leaks).toEqual([]);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        "content",
        /^Classroom: /,
      );
      await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);

      if (step === "read" || step === "worksheet") {
        // Every whitelisted phrase is needed where the texts are shown: the whitelist is minimal.
        expect([...served.used].sort()).toEqual(SOURCE_PHRASES.map((s) => s.phrase).sort());
        await expect(page.locator("article[data-letter]")).toHaveCount(analysis.articles.length);
      }
    });
  }

  test("self-references are redacted on the server; cited sources stay", async ({ page }) => {
    const html = await (await page.request.get(stepUrl("read"))).text();
    expect(html).toMatch(/\[Outlet [A-E]\] – The US State Department has announced/);
    expect(html).toContain(
      "a senior administration official told The Wall Street Journal on Friday",
    );
    expect(html).toContain("told CNN");
    expect(html).not.toMatch(/WASHINGTON(\/NEW YORK)?—/);
    expect(html).not.toMatch(/Watch Next|Item not found|Other news|New EIFA Report/);
  });

  test("a class's reveal and key match its blind order; classes differ; the same code, the same order", async ({
    page,
    request,
  }) => {
    const analysis = await getAnalysis(page);
    const orders = new Set<string>();
    for (let i = 0; i < 4; i += 1) {
      const lesson = await startClass(request);
      const blind = await blindOrder(page, lesson.seed);
      expect(await blindOrder(page, lesson.seed)).toEqual(blind);
      const reveal = await revealed(page, lesson.reveal);
      expect(reveal.map(([letter]) => letter)).toEqual(blind.map(([letter]) => letter));
      for (const [letter, id] of reveal) {
        const article = analysis.articles.find((a) => a.id === id);
        expect(article, letter).toBeDefined();
        const headline = blind.find(([l]) => l === letter)?.[1];
        expect(headline).toBe(article?.title ?? "No headline was captured.");
      }
      expect(await revealed(page, lesson.key)).toEqual(reveal);
      orders.add(reveal.map(([, id]) => id).join(","));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  test("without a code the view is deterministic; students can join a class but not start one", async ({
    page,
  }) => {
    expect(await blindOrder(page, null)).toEqual(await blindOrder(page, null));
    const html = await (await page.request.get(LESSON)).text();
    expect(html).not.toMatch(/Start a (new )?class/);
    await page.goto(LESSON);
    await expect(page.getByLabel("Have a class code?")).toBeVisible();
  });

  test("bad values fall back with a visible note, never an error page", async ({ page }) => {
    const response = await page.goto(`${LESSON}?step=answers&seed=%3Cscript%3E&guess-a=tabloid`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("url-notes")).toContainText("no step");
    await expect(page.getByTestId("url-notes")).toContainText("not a class code");
    await expect(page.locator("article[data-letter]").first()).toBeVisible();
  });

  test("keyboard: join a class by code, then keep guesses; nothing checks them before the reveal", async ({
    page,
  }) => {
    await page.goto(LESSON);
    await page.getByLabel("Have a class code?").focus();
    await page.keyboard.type("K3F9");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?seed=K3F9$/i);
    await expect(page.getByTestId("class-code")).toHaveText("K3F9");
    await page.getByLabel("Outlet A is a…").selectOption("newspaper");
    await page.getByRole("button", { name: "Keep my guesses" }).press("Enter");
    await expect(page).toHaveURL(/guess-a=newspaper/);
    await expect(page).not.toHaveURL(/step=reveal/);
    await expect(page.getByLabel("Outlet A is a…")).toHaveValue("newspaper");
    await expect(page.getByRole("status").filter({ hasText: "kept" })).toBeVisible();
    await expect(page.getByTestId("guess")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Lesson steps" })).not.toContainText(
      "Reveal",
    );
  });
});
