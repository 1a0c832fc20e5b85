import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import matter from "gray-matter";
import {
  type Analysis,
  BLIND_STEPS,
  getAnalysis,
  LESSON,
  SEED,
  SLUG,
  stepUrl,
} from "./classroom-helpers";

/**
 * Other outlets cited AS SOURCES inside an article: part of how the story was
 * reported, so they stay in the blind texts. Exact phrases from the article text.
 */
const SOURCE_PHRASES = [
  { article: "us-site-wsj-relay", phrase: "told The Wall Street Journal" },
  {
    article: "press-tv",
    phrase: "The Wall Street Journal quoted a senior administration official",
  },
];

const storyDir = path.join(process.cwd(), "content", "stories", SLUG);
const outletFiles = fs
  .readdirSync(path.join(process.cwd(), "content", "outlets"))
  .filter((f) => f.endsWith(".md"));
const outletProfiles = outletFiles.map((file) => {
  const { data } = matter(
    fs.readFileSync(path.join(process.cwd(), "content", "outlets", file), "utf8"),
  );
  return {
    slug: file.replace(/\.md$/, ""),
    name: String(data.name),
    aliases: (data.aliases as string[] | undefined) ?? [],
    domain: data.domain as string | undefined,
  };
});
const articleFiles = fs.readdirSync(storyDir).filter((f) => f.endsWith(".md") && f !== "story.md");
const articleMeta = articleFiles.map((file) => ({
  slug: file.replace(/\.md$/, ""),
  ...matter(fs.readFileSync(path.join(storyDir, file), "utf8")),
}));

/** Everything that would identify an outlet: names, aliases, slugs, domains, URLs, bylines, dates. */
function identifyingTerms(analysis: Analysis): string[] {
  const terms = new Set<string>();
  for (const o of outletProfiles) {
    [o.name, ...o.aliases, o.slug, o.domain].forEach((t) => t && terms.add(t));
  }
  for (const a of analysis.articles) {
    [a.outlet, a.id, a.outletSlug, a.published].forEach((t) => t && terms.add(t));
    for (const person of (a.byline ?? "").split(/;|\band\b|additional reporting by/i))
      if (person.trim().split(" ").length >= 2) terms.add(person.trim());
  }
  for (const a of articleMeta) if (typeof a.data.url === "string") terms.add(a.data.url);
  return [...terms];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Occurrences of identifying terms not inside a whitelisted source phrase; and which phrases were needed. */
function scan(raw: string, terms: string[]) {
  const text = raw
    .replace(/<!-- -->/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|\\"/g, '"')
    .replace(/&amp;/g, "&");
  const allowed: [number, number, string][] = [];
  for (const { phrase } of SOURCE_PHRASES) {
    for (const m of text.matchAll(new RegExp(escape(phrase), "g")))
      allowed.push([m.index, m.index + phrase.length, phrase]);
  }
  const leaks: string[] = [];
  const used = new Set<string>();
  for (const term of terms) {
    const pattern = new RegExp(
      `(?<![A-Za-z0-9])${escape(term).replace(/\s+/g, "\\s+")}(?![A-Za-z0-9])`,
      "gi",
    );
    for (const m of text.matchAll(pattern)) {
      const inside = allowed.find(
        ([start, end]) => m.index >= start && m.index + m[0].length <= end,
      );
      if (inside) used.add(inside[2]);
      else
        leaks.push(
          `${term}: …${text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40)}…`,
        );
    }
  }
  return { leaks, used };
}

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

  for (const step of BLIND_STEPS) {
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
      expect(html).not.toContain("/classroom/key");

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

  test("the reveal matches the seed: same seed, same letters; other seeds, deterministic orders", async ({
    page,
  }) => {
    const analysis = await getAnalysis(page);
    const blind = await blindOrder(page, SEED);
    expect(await blindOrder(page, SEED)).toEqual(blind);
    const reveal = await revealed(page, stepUrl("reveal"));
    expect(reveal.map(([letter]) => letter)).toEqual(blind.map(([letter]) => letter));
    for (const [letter, id] of reveal) {
      const article = analysis.articles.find((a) => a.id === id);
      expect(article, letter).toBeDefined();
      const headline = blind.find(([l]) => l === letter)?.[1];
      expect(headline).toBe(article?.title ?? "No headline was captured.");
    }
    expect(await revealed(page, `${LESSON}/key?seed=${SEED}`)).toEqual(reveal);

    const orders = new Map<string, string>();
    for (const seed of ["abc", "zz9", "m2x", "q7"]) {
      const first = await revealed(page, stepUrl("reveal", seed));
      expect(await revealed(page, stepUrl("reveal", seed))).toEqual(first);
      orders.set(seed, first.map(([, id]) => id).join(","));
    }
    orders.set(SEED, reveal.map(([, id]) => id).join(","));
    expect(new Set(orders.values()).size).toBeGreaterThan(1);
  });

  test("without a seed the view is deterministic and offers a fresh class code", async ({
    page,
  }) => {
    expect(await blindOrder(page, null)).toEqual(await blindOrder(page, null));
    const html = await (await page.request.get(LESSON)).text();
    const again = await (await page.request.get(LESSON)).text();
    const fresh = /href="\/stories\/basra-consulate-2018\/classroom\?seed=([a-z0-9]{6})"/.exec(
      html,
    )?.[1];
    expect(fresh).toBeDefined();
    expect(again).toContain(`?seed=${fresh}"`);
    await page.goto(LESSON);
    await page.getByRole("link", { name: "Start a class with a new code" }).click();
    await expect(page).toHaveURL(/\/classroom\?seed=[2-9a-hj-km-np-z]{6}$/);
    await expect(page.getByTestId("class-code")).toBeVisible();
  });

  test("bad values fall back with a visible note, never an error page", async ({ page }) => {
    const response = await page.goto(`${LESSON}?step=answers&seed=%3Cscript%3E&guess-a=tabloid`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("url-notes")).toContainText("no step");
    await expect(page.getByTestId("url-notes")).toContainText("not a class code");
    await expect(page.locator("article[data-letter]").first()).toBeVisible();
  });

  test("keyboard: join a class by code, then guess and check on the reveal", async ({ page }) => {
    await page.goto(LESSON);
    await page.getByLabel("Have a class code?").focus();
    await page.keyboard.type("K3F9");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\?seed=K3F9$/i);
    await expect(page.getByTestId("class-code")).toHaveText("K3F9");
    await page.getByLabel("Outlet A is a…").selectOption("newspaper");
    await page.getByRole("button", { name: "Check my guesses" }).press("Enter");
    await expect(page).toHaveURL(/step=reveal/);
    await expect(page.locator('[data-letter="A"] [data-testid="guess"]')).toContainText(
      "Newspaper",
    );
  });
});
