import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";

const STORY = "/stories/basra-consulate-2018";

test.describe("who blames whom", () => {
  const edges = (page: Page) => page.getByTestId("edge-list").locator("li[data-edge-item]");

  test("one picture per outlet, who blames on the left and who is blamed on the right, each arrow in the list", async ({
    page,
  }) => {
    // Every relation, uncertain ones included (the default shows only confident ones: see blame.spec).
    await page.goto(`${STORY}/blame?uncertain=1`);
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
