import { expect, type Locator, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const STORY = "/stories/basra-consulate-2018";

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return rows;
}

/** Choose an option as a mouse or finger does: the select is pressed first (a pointer choice submits). */
async function pick(select: Locator, option: string | { label: string }) {
  await select.click();
  await select.selectOption(option);
}

/** What a reader sees of a compare view: the chosen outlets, headlines and the fact rows. */
async function viewState(page: Page) {
  return {
    selects: await page
      .locator("form select")
      .evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value)),
    headlines: await page.getByRole("list", { name: "Headlines" }).innerText(),
    rows: await page
      .locator("#facts-heading ~ ol > li")
      .evaluateAll((els) => els.map((el) => el.id)),
    collapse: await page.getByLabel("Hide facts worded identically").isChecked(),
  };
}

test.describe("compare page", () => {
  test("choosing outlets updates the URL; the copied link reproduces the view in a fresh browser", async ({
    page,
    browser,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${STORY}/compare`);
    await pick(page.getByLabel("Base outlet"), "press-tv");
    await expect(page).toHaveURL(/a=press-tv/);
    await expect(page.getByLabel("Base outlet")).toBeFocused();
    await pick(page.getByLabel("Outlet 2"), "wsj-via-eifa");
    await expect(page).toHaveURL(/b=wsj-via-eifa/);
    await pick(page.getByLabel("Outlet 3"), "epoch-times");
    await expect(page).toHaveURL(/c=epoch-times/);
    await page.getByLabel("Hide facts worded identically").check();
    await expect(page).toHaveURL(/collapse=1/);
    await page.getByRole("button", { name: "Next difference →" }).click();
    await expect(page).toHaveURL(/#fact-\d+$/);

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /\/compare\?a=press-tv&b=wsj-via-eifa&c=epoch-times&collapse=1#fact-\d+$/,
    );

    const before = await viewState(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(copied);
    expect(await viewState(other)).toEqual(before);
    const hash = new URL(copied).hash;
    await expect(other.locator(hash)).toBeInViewport();
    await fresh.close();
  });

  test("reads without JavaScript: headlines, diff marks, not-reported cells and quotes are in the served HTML", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${STORY}/compare?a=press-tv&b=news-site-wire-cnn`);
    await expect(page.getByRole("list", { name: "Headlines" })).toContainText(
      "USA blames Iran as it readies to shut Iraq consulate",
    );
    await expect(page.locator("ins.diff-ins, del.diff-del").first()).toBeAttached();
    await expect(page.getByText("Not reported").first()).toBeVisible();
    await expect(page.locator("#quotes-heading")).toBeVisible();
    // The outlet picker still works: it is a plain GET form.
    await page.getByLabel("Outlet 2").selectOption("epoch-times");
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/b=epoch-times/);
    await context.close();
  });

  test("shows the altered Pompeo quote with both printings", async ({ page }) => {
    await page.goto(`${STORY}/compare?a=press-tv&b=news-site-wire-cnn`);
    const card = page
      .locator("article")
      .filter({ hasText: "relocation of diplomatic personnel" })
      .first();
    await expect(card).toContainText("Altered");
    await expect(card.locator('[data-outlet="press-tv"]')).toBeVisible();
    await expect(card.locator('[data-outlet="news-site-wire-cnn"]')).toBeVisible();
  });

  for (const [name, query] of [
    ["an unknown outlet and an empty value", "?a=nope&b="],
    ["a very long value", `?a=${"x".repeat(300)}&b=press-tv`],
    ["repeated keys", "?a=press-tv&a=epoch-times&b=wsj-via-eifa"],
    ["markup in a value", "?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=press-tv"],
  ] as const) {
    test(`malformed parameters (${name}) show the fallback note, never an error page`, async ({
      page,
    }) => {
      const response = await page.goto(`${STORY}/compare${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("url-notes")).toBeVisible();
      await expect(page.locator("form select").first()).toBeVisible();
      expect(await page.locator("form select").count()).toBeGreaterThanOrEqual(2);
    });
  }

  test("keyboard: arrow keys browse a select without reloading; Enter applies it and focus stays", async ({
    page,
  }) => {
    await page.goto(`${STORY}/compare?a=press-tv&b=wsj-via-eifa`);
    const picker = page.getByLabel("Outlet 2");
    await picker.focus();
    const loads: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "document") loads.push(request.url());
    });
    // Outlets are listed by date: from the EIFA reprint, the next two are The Epoch Times and Press TV.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const browsed = await picker.inputValue();
    expect(browsed).toBe("epoch-times");
    // Give a (wrong) submission time to happen: none does, focus and place are kept.
    await page.waitForTimeout(1500);
    expect(loads).toEqual([]);
    await expect(page).toHaveURL(/b=wsj-via-eifa/);
    await expect(picker).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`b=${browsed}`));
    expect(loads).toHaveLength(1);
    await expect(page.getByLabel("Outlet 2")).toHaveValue(browsed);
    await expect(page.getByLabel("Outlet 2")).toBeFocused();
  });

  test("the facts download holds the chosen outlets only, in column order, and opens with a byte-order mark", async ({
    page,
    request,
  }) => {
    await page.goto(`${STORY}/compare?a=press-tv&b=epoch-times`);
    const link = page.getByRole("link", { name: "Download these outlets' facts (CSV)" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toBe(`${STORY}/compare/facts.csv?a=press-tv&b=epoch-times`);
    const response = await request.get(href);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toContain("attachment");
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.toString("utf8").slice(1));
    expect(rows[0]).toEqual([
      "fact",
      "label",
      "article",
      "outlet",
      "placement",
      "paragraph",
      "voice",
      "sentence",
    ]);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    const articles = rows.slice(1).map((row) => row[2]);
    expect(articles.length).toBeGreaterThan(4);
    expect(new Set(articles)).toEqual(new Set(["press-tv", "epoch-times"]));
    // Per fact: the base outlet's row first.
    expect(articles.filter((_, i) => i % 2 === 0).every((a) => a === "press-tv")).toBe(true);
    // Curly quotes and dashes survive (UTF-8).
    expect(body.toString("utf8")).toMatch(/[“”’–—]/);
  });

  test("keyboard only: pick outlets, jump between differences, copy the link", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${STORY}/compare?a=press-tv&b=wsj-via-eifa`);
    const picker = page.getByLabel("Outlet 2");
    await picker.focus();
    await expect(picker).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page).toHaveURL(/collapse=1/);
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await page.keyboard.press("j");
    await expect(page).toHaveURL(/#fact-\d+$/);
    const first = page.url();
    await page.keyboard.press("j");
    await expect(page).not.toHaveURL(first);
    await page.getByRole("button", { name: "Copy link" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Link copied")).toBeVisible();
  });

  test("is accessible and has no horizontal scrolling on a phone @phone", async ({
    page,
  }, testInfo) => {
    await page.goto(`${STORY}/compare?a=press-tv&b=wsj-via-eifa&c=epoch-times`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await page.screenshot({
      path: testInfo.outputPath(`compare-${testInfo.project.name}.png`),
      fullPage: false,
    });
  });

  test("the link preview image is a 1200×630 PNG and the page points to it", async ({
    page,
    request,
  }) => {
    await page.goto(`${STORY}/compare?a=press-tv&b=epoch-times`);
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/compare\/og\?a=press-tv&b=epoch-times/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      "content",
      "summary_large_image",
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /\/compare\?a=press-tv&b=epoch-times$/,
    );
    const response = await request.get(
      new URL(image ?? "", "http://x").pathname + new URL(image ?? "", "http://x").search,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
