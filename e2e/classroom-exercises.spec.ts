import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./axe";
import { ALL_STEPS, getAnalysis, LESSON, SEED, STORY, stepUrl } from "./classroom-helpers";

test.describe("classroom: exercises, key and worksheet", () => {
  test("every generated answer in the key agrees with the analysis", async ({ page }) => {
    const analysis = await getAnalysis(page);
    await page.goto(`${LESSON}/key?seed=${SEED}`);
    const items = await page.locator('[data-testid="exercises"] > li').evaluateAll((els) =>
      els.map((el) => ({
        data: Object.fromEntries(
          [...el.attributes]
            .filter((a) => a.name.startsWith("data-check-"))
            .map((a) => [a.name.slice(11), a.value]),
        ),
        answer: el.querySelector('[data-testid="answer"]')?.textContent ?? "",
        correct: el.querySelectorAll('[data-correct="true"]').length,
        options: el.querySelectorAll('[aria-label="Choices"] > li').length,
      })),
    );
    const generated = items.filter((i) => i.data.kind !== "story");
    expect(generated.length).toBeGreaterThanOrEqual(3);
    expect(generated.length).toBeLessThanOrEqual(8);
    const name = (id: string | undefined) =>
      analysis.articles.find((a) => a.id === id)?.outlet.replace(/\s*\([^)]*\)$/, "") ?? "??";
    for (const { data, answer, correct, options } of generated) {
      const label = JSON.stringify(data);
      if (options > 0) expect(correct, label).toBe(1);
      if (data.article) expect(answer, label).toContain(name(data.article));
      switch (data.kind) {
        case "omission": {
          const fact = analysis.facts.find((f) => f.id === data.fact);
          expect(
            fact?.coverage.filter((c) => c.placement === "absent").map((c) => c.article),
            label,
          ).toEqual([data.article]);
          break;
        }
        case "word-choice": {
          const terms = analysis.wordChoice.find((w) => w.id === data.concept)?.terms ?? [];
          const own = terms.filter((t) => t.article === data.article).map((t) => t.term);
          for (const term of JSON.parse(data.terms ?? "[]") as string[]) {
            expect(own, label).toContain(term);
            expect(answer, label).toContain(term);
          }
          expect(
            own.map((t) => t.toLowerCase()),
            label,
          ).not.toContain(data.majority?.toLowerCase());
          break;
        }
        case "own-voice": {
          const blame = analysis.blame.find((b) => b.id === data.blame);
          expect([blame?.article, blame?.voice, blame?.accused.actor], label).toEqual([
            data.article,
            "own",
            data.actor,
          ]);
          break;
        }
        case "fact-voice": {
          const fact = analysis.facts.find((f) => f.id === data.fact);
          const same = fact?.coverage
            .filter((c) => c.placement !== "absent" && c.voice === data.voice)
            .map((c) => c.article);
          expect(same, label).toEqual([data.article]);
          break;
        }
        case "top-voice": {
          const voices = analysis.voices.filter((v) => v.article === data.article);
          expect(voices.find((v) => v.name === data.voice)?.quotes, label).toBe(
            Math.max(...voices.map((v) => v.quotes)),
          );
          expect(answer, label).toContain(data.voice);
          break;
        }
        case "quote-change": {
          const group = analysis.quoteGroups.find((g) => g.id === data.group);
          expect(group?.altered, label).toBe(true);
          expect(group?.variants.find((v) => v.quote === data.quote)?.status, label).toBe(
            "altered",
          );
          const quote = analysis.quotes.find((q) => q.id === data.quote);
          expect(quote?.article, label).not.toBe(
            analysis.quotes.find((q) => q.id === data.base)?.article,
          );
          expect(answer, label).toContain(name(quote?.article));
          break;
        }
        default:
          throw new Error(`unexpected exercise kind ${label}`);
      }
    }
    // The student's spot step asks the same questions, without answers or what they rest on.
    const spot = await (await page.request.get(stepUrl("spot"))).text();
    expect(spot).not.toContain("data-check-");
    expect(spot).not.toContain('data-testid="answer"');
    await page.goto(stepUrl("spot"));
    await expect(page.locator('[data-testid="exercises"] > li')).toHaveCount(items.length);
  });

  test("the teacher's key names every outlet and answers every question; no student page links to it", async ({
    page,
  }) => {
    const analysis = await getAnalysis(page);
    await page.goto(`${LESSON}/key?seed=${SEED}`);
    for (const article of analysis.articles) {
      await expect(page.getByTestId("outlet-name").filter({ hasText: article.outlet })).toHaveCount(
        1,
      );
    }
    const questions = await page.locator('[data-testid="exercises"] > li').count();
    await expect(page.getByTestId("answer")).toHaveCount(questions);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    for (const step of ALL_STEPS) {
      const html = await (await page.request.get(stepUrl(step))).text();
      expect(html, step).not.toContain("/classroom/key");
      expect(html, step).not.toContain("classroom\\/key");
    }
  });

  test("print emulation gives the worksheet: no navigation or buttons, black on white, texts after the questions", async ({
    page,
  }, testInfo) => {
    await page.goto(stepUrl("worksheet"));
    await page.emulateMedia({ media: "print" });
    await expect(page.getByTestId("worksheet")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Lesson steps" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    const buttons = page.locator("main button");
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(page.locator(".class-link")).toBeHidden();
    await expect(page.locator(".answer-lines").first()).toBeVisible();
    const style = await page
      .locator('[data-testid="exercises"] > li')
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          breakInside: s.breakInside,
          color: s.color,
          body: getComputedStyle(document.body).backgroundColor,
        };
      });
    expect(style).toEqual({
      breakInside: "avoid",
      color: "rgb(0, 0, 0)",
      body: "rgb(255, 255, 255)",
    });
    const texts = await page
      .locator('[data-testid="worksheet"] section.print-break-before')
      .evaluate((el) => getComputedStyle(el).breakBefore);
    expect(texts).toBe("page");
    await page.screenshot({ path: testInfo.outputPath("worksheet-print.png"), fullPage: true });
    await page.pdf({
      path: testInfo.outputPath("worksheet.pdf"),
      format: "A4",
      printBackground: false,
    });
  });

  for (const [name, url] of [
    ...ALL_STEPS.map((step) => [step, stepUrl(step)] as const),
    ["key", `${LESSON}/key?seed=${SEED}`] as const,
  ]) {
    test(`axe: no serious or critical violations on the ${name} page`, async ({ page }) => {
      await page.goto(url);
      await expectNoSeriousA11yViolations(page);
    });
  }

  test("the story's tabs lead to the classroom", async ({ page }) => {
    await page.goto(STORY);
    await page
      .getByRole("navigation", { name: "Views of this story" })
      .getByRole("link", { name: "Classroom" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
    await expect(page.locator("article[data-letter]").first()).toBeVisible();
  });

  test("no horizontal scrolling on a phone, on every step and the key @phone", async ({
    page,
  }, testInfo) => {
    for (const [name, url] of [
      ...ALL_STEPS.map((s) => [s, stepUrl(s)] as const),
      ["key", `${LESSON}/key?seed=${SEED}`] as const,
    ]) {
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, name).toBeLessThanOrEqual(0);
      if (name === "read" || name === "spot") {
        await page.screenshot({
          path: testInfo.outputPath(`classroom-${name}-${testInfo.project.name}.png`),
        });
      }
    }
  });
});
