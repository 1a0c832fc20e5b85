import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const STORY = "/stories/basra-consulate-2018";
const EVIDENCE_FILE = `${STORY}/blame/evidence.json`;

/** recharts loads after the page; give it time on a busy machine. */
const LAZY = { timeout: 20_000 };

/** The bar segments of Press TV's blame chart, once recharts has loaded. */
function pressTvBars(page: Page) {
  return page.locator('#blame [data-chart-outlet="press-tv"] path.recharts-rectangle');
}

test.describe("story page: blame, voices and word choice", () => {
  test("the blame chart loads lazily and its table alternative lists Press TV's relations", async ({
    page,
  }) => {
    await page.goto(STORY);
    const figure = page.locator("#blame figure");
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator("svg.recharts-surface").first()).toBeVisible(LAZY);
    await expect(pressTvBars(page).first()).toBeVisible(LAZY);
    await expect(
      figure.getByRole("heading", { name: "Blame statements by outlet and accused side" }),
    ).toBeVisible();

    const table = figure.getByRole("table");
    await expect(table).not.toBeInViewport();
    await figure.getByLabel("Show the figures as a table, with the sentences").check();
    await expect(table).toBeVisible();
    const pressTv = table.locator('tbody[data-outlet="press-tv"]');
    await expect(pressTv.getByRole("rowheader", { name: "Press TV" })).toBeVisible();
    expect(await pressTv.locator("tr").count()).toBeGreaterThanOrEqual(2);
    await expect(pressTv).toContainText("Iran and allies");
    await expect(pressTv).toContainText("United States");
    // The no-JavaScript path inside the table: a row's sentences in a <details>, cue words marked.
    await pressTv.locator("details summary").first().click();
    await expect(pressTv.locator("details[open] mark.ev-m").first()).toBeVisible();
  });

  test("clicking a bar shows its sentences with the cue marked, fetched once, shareable by URL", async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith(EVIDENCE_FILE)) fetched.push(request.url());
    });
    await page.goto(STORY);
    await page.locator("#blame figure").scrollIntoViewIfNeeded();
    await expect(pressTvBars(page).first()).toBeVisible(LAZY);
    await pressTvBars(page).first().click();
    await expect(page).toHaveURL(/#evidence=b\.press-tv\./);
    const panel = page.getByTestId("evidence-b");
    await expect(panel).toBeVisible();
    // Below the charts, so brought into view, its top first, and focus moved there.
    await expect(panel.getByRole("heading", { level: 3 })).toBeFocused();
    await expect(panel.getByRole("heading", { level: 3 })).toBeInViewport();
    const top = await panel.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await expect(panel.getByRole("heading", { level: 3 })).toContainText("Press TV");
    const cue = panel.locator("mark.ev-m").first();
    await expect(cue).toBeVisible();
    // Marked by more than colour: bold and underlined.
    const style = await cue.evaluate((el) => {
      const css = getComputedStyle(el);
      return { weight: Number(css.fontWeight), line: css.textDecorationLine };
    });
    expect(style.weight).toBeGreaterThanOrEqual(700);
    expect(style.line).toContain("underline");
    await expect(
      panel.locator('a[href*="/stories/basra-consulate-2018/press-tv#p-"]').first(),
    ).toBeVisible();

    await pressTvBars(page).last().click();
    await expect(panel.locator("mark.ev-m").first()).toBeVisible();
    expect(fetched).toHaveLength(1);

    const title = await panel.getByRole("heading", { level: 3 }).innerText();
    await page.reload();
    await expect(page.getByTestId("evidence-b").getByRole("heading", { level: 3 })).toHaveText(
      title,
    );
    await page.getByTestId("evidence-b").getByRole("button", { name: "Close" }).click();
    await expect(page.getByTestId("evidence-b")).toBeHidden();
    expect(new URL(page.url()).hash).toBe("");
  });

  test("keyboard: a figure in the table opens its sentences and takes focus there", async ({
    page,
  }) => {
    await page.goto(STORY);
    const figure = page.locator("#blame figure");
    const link = figure
      .locator('tbody[data-outlet="press-tv"] a[href*="/blame/evidence/b.press-tv."]')
      .first();
    await link.focus();
    // The table alternative shows itself while it has keyboard focus.
    await expect(link).toBeVisible();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("evidence-b");
    await expect(panel.getByRole("heading", { level: 3 })).toBeFocused();
    await expect(panel.locator("mark.ev-m").first()).toBeVisible();
  });

  test("the voices chart opens the quotes behind a bar", async ({ page }) => {
    await page.goto(STORY);
    const figure = page.locator("#voices figure");
    await figure.scrollIntoViewIfNeeded();
    const bars = figure.locator("path.recharts-rectangle");
    await expect(bars.first()).toBeVisible(LAZY);
    await figure.getByText("Words quoted", { exact: true }).first().click();
    await bars.first().click();
    await expect(page).toHaveURL(/#evidence=v\./);
    const panel = page.getByTestId("evidence-v");
    await expect(panel.getByRole("heading", { level: 3 })).toContainText("quoting");
    await expect(panel.locator(".ev-x").first()).toBeVisible();
  });

  test("the word-choice table shows “a group of attackers” for Press TV next to “protesters”", async ({
    page,
  }) => {
    await page.goto(STORY);
    const row = page.locator("#word-choice tbody tr").filter({ hasText: "a group of attackers" });
    await expect(row).toHaveCount(1);
    const pressTv = row.locator('td[data-outlet="press-tv"]');
    await expect(pressTv).toContainText("a group of attackers");
    expect(
      await row
        .locator('td:not([data-outlet="press-tv"])')
        .filter({ hasText: /protesters/i })
        .count(),
    ).toBeGreaterThanOrEqual(1);
    await pressTv.getByRole("link").click();
    await expect(page).toHaveURL(/#evidence=w\.[a-z-]+\.press-tv$/);
    const panel = page.getByTestId("evidence-w");
    await expect(panel.locator("mark.ev-m", { hasText: "a group of attackers" })).toBeVisible();
    await expect(page.locator("#word-choice")).toContainText("Attribution verbs");
    await expect(page.locator("#word-choice")).toContainText(/\((hedge|assertive verb)\)/);
  });

  test("reads without JavaScript: tables instead of charts, figures lead to evidence pages", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(STORY);
    const table = page.locator("#blame figure").getByRole("table");
    await expect(table).toBeVisible();
    await table.locator('tbody[data-outlet="press-tv"] details summary').first().click();
    await expect(table.locator("details[open] mark.ev-m").first()).toBeVisible();
    await table
      .locator('tbody[data-outlet="press-tv"] a[href*="/blame/evidence/"]')
      .first()
      .click();
    await expect(page).toHaveURL(/\/blame\/evidence\/b\.press-tv\./);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Press TV");
    await expect(page.locator("mark.ev-m").first()).toBeVisible();
    await context.close();
  });

  test("keeps the served page light: charts get counts only, sentences come on demand", async ({
    page,
    request,
  }) => {
    const html = await (await request.get(STORY)).text();
    // A sentence only the word-choice evidence would carry (Press TV's sentence with “a group of attackers”) is not inlined.
    expect(html).not.toContain("after a group of attackers set fire to the Iranian consulate");
    await page.goto(STORY);
    const weight = await page.evaluate(() =>
      ["blame", "voices", "word-choice"].map(
        (id) => document.getElementById(id)?.outerHTML.length ?? 0,
      ),
    );
    expect(weight.reduce((sum, n) => sum + n, 0)).toBeLessThan(120_000);
    const evidence = await request.get(EVIDENCE_FILE);
    expect(evidence.headers()["content-type"]).toContain("application/json");
  });

  test("is accessible", async ({ page }) => {
    await page.goto(STORY);
    await page.locator("#blame figure").scrollIntoViewIfNeeded();
    await expect(pressTvBars(page).first()).toBeVisible(LAZY);
    await pressTvBars(page).first().click();
    await expect(page.getByTestId("evidence-b").locator("mark.ev-m").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe("who blames whom", () => {
  const edges = (page: Page) => page.getByTestId("edge-list").locator("li[data-edge-item]");

  test("one picture per outlet, who blames on the left and who is blamed on the right, each arrow in the list", async ({
    page,
  }) => {
    await page.goto(`${STORY}/blame`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who blames whom");
    await expect(page.getByRole("link", { name: "Who blames whom" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const network = page.getByTestId("network");
    const panels = network.locator("[data-panel]");
    await expect(panels).toHaveCount(5);
    // In publication order, like every outlet list of the story.
    expect(
      await panels.evaluateAll((els) => els.slice(0, 2).map((el) => el.getAttribute("data-panel"))),
    ).toEqual(["wsj-via-eifa", "epoch-times"]);
    const pressTv = network.locator('[data-panel="press-tv"]');
    await expect(pressTv.getByRole("heading", { level: 3 })).toContainText("Press TV");
    await expect(pressTv.locator('[data-node="united-states"]').first()).toContainText(
      "United States government",
    );
    await expect(pressTv.locator('[data-node="iran"]').first()).toContainText("Iranian government");
    // Accusers in the left column, the accused in the right one.
    const columns = await pressTv.locator("[data-node]").evaluateAll((els) =>
      els.map((el) => ({
        column: el.getAttribute("data-column"),
        x: el.querySelector("path")?.getBoundingClientRect().x ?? 0,
      })),
    );
    const leftMost = Math.max(...columns.filter((c) => c.column === "from").map((c) => c.x));
    const rightLeast = Math.min(...columns.filter((c) => c.column === "to").map((c) => c.x));
    expect(leftMost).toBeLessThan(rightLeast);
    expect(await network.locator("[data-edge]").count()).toBe(await edges(page).count());

    const first = edges(page).first();
    await first.locator("summary").click();
    await expect(first.locator("mark.ev-m").first()).toBeVisible();
    await expect(first).toContainText(/attributed|own voice|held at a distance/);
    await expect(first).toContainText("signal:");
    await expect(
      first.locator('a[href*="/stories/basra-consulate-2018/"][href*="#p-"]').first(),
    ).toBeVisible();
  });

  test("clicking an arrow opens its entry in the list", async ({ page }) => {
    await page.goto(`${STORY}/blame`);
    const network = page.getByTestId("network");
    await network.scrollIntoViewIfNeeded();
    const target = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>("[data-edge] path:nth-of-type(2)");
      const matrix = path?.getScreenCTM();
      if (!path || !matrix) return null;
      path.scrollIntoView({ block: "center" });
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM() ?? matrix;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
    expect(target).not.toBeNull();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    await expect(page).toHaveURL(/#edge-/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"] details`)).toHaveAttribute("open", "");
    await expect(page.locator(`[data-edge="${id}"]`)).toHaveAttribute("data-active", "");
  });

  test("the outlet filter shows one outlet's picture and arrows, and survives a reload", async ({
    page,
  }) => {
    await page.goto(`${STORY}/blame`);
    const all = await edges(page).count();
    const select = page.getByLabel("Show the statements of");
    await select.click();
    await select.selectOption({ label: "Press TV" });
    await expect(page).toHaveURL(/\?outlet=press-tv$/);
    await expect(page.getByTestId("network-summary")).toContainText("Press TV");
    await expect(page.getByTestId("network").locator("[data-panel]")).toHaveCount(1);
    await expect(page.getByTestId("network").locator('[data-panel="press-tv"]')).toHaveCount(1);
    const pressTv = await edges(page).count();
    expect(pressTv).toBeGreaterThan(0);
    expect(pressTv).toBeLessThan(all);
    await page.reload();
    await expect(page.getByLabel("Show the statements of")).toHaveValue("press-tv");
    await expect(edges(page)).toHaveCount(pressTv);
    await expect(page.getByTestId("edge-list").locator("ol[data-outlet]")).toHaveCount(1);
  });

  test("a bad filter value falls back to all outlets with a visible note", async ({ page }) => {
    await page.goto(`${STORY}/blame`);
    const all = await edges(page).count();
    const response = await page.goto(`${STORY}/blame?outlet=nope`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("url-notes")).toContainText("nope");
    await expect(edges(page)).toHaveCount(all);
    await page.goto(`${STORY}/blame?outlet=%3Cscript%3E`);
    await expect(page.getByTestId("url-notes")).toBeVisible();
  });

  test("on a phone: readable labels, nothing clipped, no sideways-scrolling area @phone", async ({
    page,
  }) => {
    await page.goto(`${STORY}/blame`);
    const network = page.getByTestId("network");
    await network.scrollIntoViewIfNeeded();
    const report = await network.evaluate((root) => {
      const scrollers = Array.from(root.querySelectorAll("*")).filter((el) => {
        const style = getComputedStyle(el);
        return ["auto", "scroll"].includes(style.overflowX) && el.scrollWidth > el.clientWidth;
      }).length;
      const labels = Array.from(root.querySelectorAll("svg text tspan")).map((t) => {
        const box = t.getBoundingClientRect();
        const svg = t.closest("svg")?.getBoundingClientRect();
        return {
          height: box.height,
          inside: !!svg && box.left >= svg.left - 1 && box.right <= svg.right + 1,
        };
      });
      return {
        scrollers,
        smallest: Math.min(...labels.map((l) => l.height)),
        clipped: labels.filter((l) => !l.inside).length,
        count: labels.length,
      };
    });
    expect(report.scrollers).toBe(0);
    expect(report.count).toBeGreaterThan(10);
    // A 12-pixel font has a line box of about 14 pixels; the old picture's labels were 8.
    expect(report.smallest).toBeGreaterThanOrEqual(13);
    expect(report.clipped).toBe(0);
  });

  test("is accessible", async ({ page }) => {
    await page.goto(`${STORY}/blame`);
    await edges(page).first().locator("summary").click();
    await expectNoSeriousA11yViolations(page);
  });
});

test("no horizontal scrolling at phone width; charts kept as screenshots @phone", async ({
  page,
}, testInfo) => {
  for (const path of [STORY, `${STORY}/blame`]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.goto(STORY);
  for (const id of ["blame", "voices"]) {
    const figure = page.locator(`#${id} figure`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator("path.recharts-rectangle").first()).toBeVisible(LAZY);
    await figure.screenshot({
      path: testInfo.outputPath(`${id}-chart-${testInfo.project.name}.png`),
    });
  }
  await page.goto(`${STORY}/blame`);
  await page
    .getByTestId("network")
    .screenshot({ path: testInfo.outputPath(`network-${testInfo.project.name}.png`) });
});
