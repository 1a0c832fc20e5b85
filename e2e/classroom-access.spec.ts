import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { getAnalysis, LESSON, SEED, STORY, startClass, stepUrl, TEACH } from "./classroom-helpers";
import { identifyingTerms, scan } from "./classroom-leaks";

/** Same-origin pages a student can reach from a link: anchors, and GET forms as submitted with their defaults. */
async function links(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>("a[href]")) out.push(a.href);
    for (const form of document.querySelectorAll<HTMLFormElement>("form")) {
      if (form.method.toLowerCase() !== "get") continue;
      const url = new URL(form.action);
      for (const el of Array.from(form.elements)) {
        const field = el as HTMLInputElement | HTMLSelectElement;
        if (!field.name) continue;
        url.searchParams.set(field.name, field.value || "k3f9");
      }
      out.push(url.href);
    }
    return out.filter((href) => new URL(href).origin === window.location.origin);
  });
}

const forged = "A".repeat(22);

test.describe("classroom: who can open what", () => {
  test("nothing reachable from the student link names an outlet or gives an answer", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const terms = identifyingTerms(await getAnalysis(page));
    const start = `${LESSON}?seed=${SEED}`;
    const seen = new Set<string>();
    const queue = [start];
    const visited: string[] = [];
    while (queue.length > 0 && visited.length < 40) {
      const next = queue.shift() ?? "";
      const url = new URL(next, "http://x");
      const key = url.pathname + url.search;
      if (seen.has(key)) continue;
      seen.add(key);
      const response = await page.goto(key);
      expect(response?.status(), key).toBe(200);
      visited.push(key);
      const html = await page.content();
      expect(scan(html, terms).leaks, key).toEqual([]);
      expect(html, key).not.toContain('data-testid="answer"');
      expect(html, key).not.toContain('data-testid="outlet-name"');
      for (const href of await links(page)) {
        const link = new URL(href);
        // In-page anchors and the same page again are not new pages.
        if (!seen.has(link.pathname + link.search)) queue.push(link.pathname + link.search);
      }
    }
    // The crawl saw the whole lesson and stayed in it: every page is a student classroom page.
    for (const step of ["spot", "discuss", "worksheet"])
      expect(visited.some((v) => v.includes(`step=${step}`))).toBe(true);
    expect(visited.every((v) => v.startsWith(`${LESSON}?`) || v === LESSON)).toBe(true);
  });

  test("the key does not open from a student's link, a guessed address or a forged or borrowed token", async ({
    page,
    request,
  }) => {
    const terms = identifyingTerms(await getAnalysis(page));
    const lesson = await startClass(request);
    const revealToken = new URL(lesson.reveal, "http://x").searchParams.get("r") ?? "";
    const other = await startClass(request);
    const otherToken = new URL(other.key, "http://x").searchParams.get("t") ?? "";
    for (const url of [
      `${LESSON}/key`,
      `${LESSON}/key?seed=${lesson.seed}`,
      `${LESSON}/key?seed=${lesson.seed}&t=${forged}`,
      `${LESSON}/key?seed=${lesson.seed}&t=${revealToken}`,
      `${LESSON}/key?seed=${lesson.seed}&t=${otherToken}`,
      `${LESSON}/key?seed=${lesson.seed}&t=%3Cscript%3E`,
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByTestId("key-locked"), url).toBeVisible();
      expect(scan(await page.content(), terms).leaks, url).toEqual([]);
      await expect(page.getByTestId("answer")).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    }
    await page.goto(lesson.key);
    await expect(page.getByTestId("key-locked")).toHaveCount(0);
    await expect(page.getByTestId("outlet-name")).toHaveCount(5);
  });

  test("the reveal opens only with the teacher's reveal link, for that class only", async ({
    page,
    request,
  }) => {
    const terms = identifyingTerms(await getAnalysis(page));
    const lesson = await startClass(request);
    const other = await startClass(request);
    const token = new URL(lesson.reveal, "http://x").searchParams.get("r") ?? "";
    const keyToken = new URL(lesson.key, "http://x").searchParams.get("t") ?? "";
    for (const url of [
      stepUrl("reveal", lesson.seed),
      `${stepUrl("reveal", lesson.seed)}&r=${forged}`,
      `${stepUrl("reveal", lesson.seed)}&r=${keyToken}`,
      `${stepUrl("reveal", other.seed)}&r=${token}`,
    ]) {
      await page.goto(url);
      await expect(page.getByTestId("reveal-locked"), url).toBeVisible();
      expect(scan(await page.content(), terms).leaks, url).toEqual([]);
    }
    await page.goto(lesson.reveal);
    await expect(page.getByTestId("outlet-name")).toHaveCount(5);
    await expect(page.getByTestId("answer").first()).toBeVisible();
    // With the reveal, the class's tabs carry it; it never leads to the key.
    await expect(page.getByRole("navigation", { name: "Lesson steps" })).toContainText("Reveal");
    expect(await page.content()).not.toContain("/classroom/key");
  });

  test("a teacher starts from the story page, projects the student link, then reveals", async ({
    page,
  }) => {
    await page.goto(STORY);
    await page
      .getByRole("navigation", { name: "Views of this story" })
      .getByRole("link", { name: "Classroom" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${TEACH}$`));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await page.getByTestId("start-class").click();
    await expect(page).toHaveURL(/\/classroom\/key\?seed=[2-9a-hj-km-np-z]{6}&t=[\w-]{22}$/);
    const seed = new URL(page.url()).searchParams.get("seed") ?? "";
    await expect(page.getByTestId("teacher-panel")).toContainText(
      `Your teacher link for class ${seed.toUpperCase()}`,
    );
    await expect(page.getByTestId("outlet-name").first()).toBeVisible();
    // The student link shown to the class is the class's code, nothing more.
    await expect(page.getByTestId("class-url")).toHaveText(
      new RegExp(`/classroom\\?seed=${seed}$`),
    );
    await expect(page.getByTestId("class-code")).toHaveText(seed.toUpperCase());
    await page.getByTestId("open-reveal").click();
    await expect(page).toHaveURL(new RegExp(`seed=${seed}&step=reveal&r=[\\w-]{22}$`));
    await expect(page.getByTestId("outlet-name")).toHaveCount(5);
    await expectNoSeriousA11yViolations(page);
  });

  test("grading: “Can't tell” is right for an outlet the text cannot identify", async ({
    page,
    request,
  }) => {
    const lesson = await startClass(request);
    await page.goto(lesson.reveal);
    const letterOf = async (id: string) =>
      page.locator(`[data-testid="reveal"] > li[data-article="${id}"]`).getAttribute("data-letter");
    const unidentified = (await letterOf("us-site-wsj-relay")) ?? "";
    const wire = (await letterOf("news-site-wire-cnn")) ?? "";
    const pressTv = (await letterOf("press-tv")) ?? "";
    await page.getByLabel(`Outlet ${unidentified} is a…`).selectOption("unsure");
    await page.getByLabel(`Outlet ${wire} is a…`).selectOption("news-site");
    await page.getByLabel(`Outlet ${pressTv} is a…`).selectOption("state-broadcaster");
    await page.getByRole("button", { name: "Check my guesses" }).click();
    await expect(page).toHaveURL(/guess-/);
    const guess = (letter: string) =>
      page.locator(`[data-letter="${letter}"] [data-testid="guess"]`);
    await expect(guess(unidentified)).toHaveAttribute("data-result", "right");
    await expect(guess(unidentified)).toContainText("✓ right");
    await expect(guess(wire)).toHaveAttribute("data-result", "wrong");
    await expect(guess(wire)).toContainText("the text cannot tell");
    await expect(guess(wire)).not.toContainText("not quite");
    await expect(guess(pressTv)).toHaveAttribute("data-result", "right");
  });

  test("guesses kept on the reading step are filled in on the reveal, on the same device", async ({
    page,
    request,
  }) => {
    const lesson = await startClass(request);
    await page.goto(lesson.student);
    await page.getByLabel("Outlet B is a…").selectOption("wire-agency");
    await page.getByRole("button", { name: "Keep my guesses" }).click();
    await expect(page).toHaveURL(/guess-b=wire-agency/);
    await page.goto(lesson.reveal);
    await expect(page.getByLabel("Outlet B is a…")).toHaveValue("wire-agency");
    await page.getByRole("button", { name: "Check my guesses" }).click();
    await expect(page.locator('[data-letter="B"] [data-testid="guess"]')).toContainText(
      "Wire agency",
    );
  });

  for (const [name, url] of [
    ["teach", TEACH],
    ["locked key", `${LESSON}/key?seed=${SEED}`],
    ["locked reveal", stepUrl("reveal")],
  ] as const) {
    test(`axe: no serious or critical violations on the ${name} page`, async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
