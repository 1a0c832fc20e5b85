import http from "node:http";
import { expect, test, type Page } from "@playwright/test";

const STORY = "/stories/basra-consulate-2018";
const LAZY = { timeout: 20_000 };

/** Collect every CSP violation a page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCsp", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp;
      void report(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile})`);
    });
  });
  return violations;
}

/** A raw request, for what browsers and Playwright will not send (TRACE, a forged Host). */
function raw(
  baseURL: string,
  path: string,
  { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {},
) {
  const url = new URL(path, baseURL);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.end();
    },
  );
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("security headers", () => {
  test("every kind of response carries them; the CSP nonce is fresh and on every script", async ({
    request,
  }) => {
    const paths = [
      "/",
      STORY,
      `${STORY}/export/facts.csv`,
      `${STORY}/compare/og`,
      "/opengraph-image",
      "/icon.svg",
      "/no-such-page",
    ];
    for (const path of paths) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      // Plain HTTP here: HSTS would be ignored, and is not sent.
      expect(headers["strict-transport-security"], path).toBeUndefined();
    }
    const nonces: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const response = await request.get(STORY);
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
      expect(nonce).not.toBe("");
      nonces.push(nonce);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("the violation watcher itself sees a blocked inline handler", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/about");
    await page.evaluate(() =>
      document.body.insertAdjacentHTML("beforeend", '<img src="/icon.svg" onload="void 0">'),
    );
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test("pages, charts, client navigation and the classroom QR code work under the CSP", async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    await page.goto("/");
    await page
      .getByRole("link", { name: /US closes its consulate in Basra/ })
      .first()
      .click();
    await expect(page).toHaveURL(STORY);
    // recharts, loaded lazily, and the evidence panel it fetches.
    await page.locator("#blame figure").scrollIntoViewIfNeeded();
    const bars = page.locator('#blame [data-chart-outlet="press-tv"] path.recharts-rectangle');
    await expect(bars.first()).toBeVisible(LAZY);
    await bars.first().click();
    await expect(page.getByTestId("evidence-b")).toBeVisible();

    await page.goto(`${STORY}/compare?a=press-tv&b=epoch-times`);
    await page.getByLabel("Outlet 2").selectOption("wsj-via-eifa");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page).toHaveURL(/b=wsj-via-eifa/);

    // The QR code is on the teacher's key: start a class to reach it.
    await page.goto(`${STORY}/classroom/teach`);
    await page.getByTestId("start-class").click();
    await expect(page).toHaveURL(/\/classroom\/key\?seed=/);
    await expect(page.locator(".class-link svg")).toBeVisible();
    for (const path of [
      `${STORY}/blame`,
      `${STORY}/quotes`,
      `${STORY}/press-tv`,
      "/outlets/press-tv",
      "/about",
      "/no-such-page",
    ]) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
    }
    // Hydration ran: a client component reacts (the site header's links work as client navigation).
    await page.getByRole("link", { name: "Parallax" }).first().click();
    await expect(page).toHaveURL("/");
    expect(violations).toEqual([]);
  });
});

test.describe("bad requests", () => {
  test("undecodable percent-encoding in a path is the 404 page", async ({ page }) => {
    for (const path of [
      "/stories/%ff%fe",
      "/outlets/%ff",
      `${STORY}/%c0%af`,
      `${STORY}/compare/%ff`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
      await expect(page).toHaveTitle("Page not found · Parallax");
    }
  });

  test("a missing story's pages rendered per request keep the 404 page's title", async ({
    page,
  }) => {
    for (const path of ["/stories/nope/quotes", "/outlets/nope", `${STORY}/nope`]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page).toHaveTitle("Page not found · Parallax");
    }
  });

  test("methods a path does not take get 405 with an Allow header", async ({ baseURL }) => {
    const base = baseURL ?? "";
    for (const [method, path] of [
      ["TRACE", `${STORY}/export/facts.csv`],
      ["TRACE", `${STORY}/compare/og`],
      ["TRACE", "/about"],
      ["PUT", `${STORY}/export/facts.csv`],
      ["DELETE", `${STORY}/blame/evidence.json`],
      ["POST", `${STORY}/compare/og`],
      ["POST", STORY],
      ["PROPFIND", "/"],
    ] as const) {
      const response = await raw(base, path, { method });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow, `${method} ${path}`).toBe("GET, HEAD, OPTIONS");
      expect(response.body).toBe("Method not allowed\n");
    }
    const options = await raw(base, `${STORY}/export/facts.csv`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe("GET, HEAD, OPTIONS");
  });
});

test.describe("link previews", () => {
  test("home and story pages have preview images on the address the site was reached at", async ({
    page,
    request,
    baseURL,
  }) => {
    for (const path of ["/", STORY]) {
      await page.goto(path);
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image, path).toMatch(new RegExp(`^${baseURL}/`));
      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(canonical?.replace(/\/$/, ""), path).toBe(`${baseURL}${path}`.replace(/\/$/, ""));
      const response = await request.get(image ?? "");
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    }
  });

  test("the compare card is drawn once and served again from memory", async ({ request }) => {
    const path = `${STORY}/compare/og?a=press-tv&b=epoch-times&c=wsj-via-eifa`;
    const first = await request.get(path);
    // The same outlets with an irrelevant parameter: the same card.
    const second = await request.get(`${path}&utm_source=test`);
    expect(first.status()).toBe(200);
    expect(second.headers()["cache-control"]).toContain("max-age=3600");
    expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
    expect(pngSize(await first.body())).toEqual({ width: 1200, height: 630 });
  });

  test("forged Host and X-Forwarded-Host headers never reach a page", async ({ baseURL }) => {
    const base = baseURL ?? "";
    const forged: Record<string, string>[] = [
      { host: "evil.example" },
      { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    ];
    for (const headers of forged) {
      for (const path of [STORY, `${STORY}/classroom`, `${STORY}/compare`]) {
        const response = await raw(base, path, { headers });
        expect(response.status, path).toBe(200);
        expect(response.body, `${path} ${JSON.stringify(headers)}`).not.toContain("evil.example");
      }
    }
    const classroom = await raw(base, `${STORY}/classroom`);
    expect(classroom.body).toContain(`${new URL(base).host}${STORY}/classroom`);
  });
});
