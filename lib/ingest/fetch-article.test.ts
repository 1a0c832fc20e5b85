import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { fetchArticle, fetchArticleWith } from "./fetch-article";
import { BODY } from "./fixtures/pages";
import { startFixtureServer, type FixtureServer } from "./fixtures/server";
import { IngestError } from "./types";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof IngestError))
    throw new Error(`expected an IngestError, got ${String(error)}`);
  return error;
}

describe("fetchArticle on a local server (PARALLAX_ALLOW_PRIVATE_URLS=1)", () => {
  beforeEach(() => {
    process.env.PARALLAX_ALLOW_PRIVATE_URLS = "1";
  });
  afterEach(() => {
    delete process.env.PARALLAX_ALLOW_PRIVATE_URLS;
  });

  it("fetches and extracts a page, with its metadata, final URL and fetch time", async () => {
    const before = Date.now();
    const article = await fetchArticle(`${server.origin}/article#comments`);
    expect(article.text).toBe(BODY.join("\n\n"));
    expect(article).toMatchObject({
      outlet: "Daily Example",
      published: "2024-05-14",
      title: "Council closes Riverside footbridge over safety fears",
      url: `${server.origin}/article`,
    });
    expect(Date.parse(article.fetchedAt ?? "")).toBeGreaterThanOrEqual(before - 1000);
  });

  it("decodes windows-1252 named by the Content-Type header or by a <meta charset>", async () => {
    for (const path of ["/latin1-header", "/latin1-meta"]) {
      const article = await fetchArticle(`${server.origin}${path}`);
      expect(article.outlet).toBe("Le Café du Coin");
      expect(article.title).toBe("Café reopens after the flood");
    }
  });

  it("reads a gzip-compressed page and a text/plain file", async () => {
    expect((await fetchArticle(`${server.origin}/gzip`)).text).toBe(BODY.join("\n\n"));
    const plain = await fetchArticle(`${server.origin}/plain`);
    expect(plain.text).toBe("First paragraph of a plain text article.\n\nSecond paragraph.");
    expect(plain.title).toBeNull();
  });

  it("follows up to 3 redirects and reports where it ended", async () => {
    const article = await fetchArticle(`${server.origin}/redirect-chain?n=2`);
    expect(article.url).toBe(`${server.origin}/article`);
  });

  it("refuses a fourth redirect", async () => {
    const error = await failure(fetchArticle(`${server.origin}/redirect-chain?n=3`));
    expect(error.code).toBe("http-error");
    expect(error.message).toMatch(/redirects more than 3 times/);
  });

  it("refuses a redirect to a non-http(s) scheme", async () => {
    const error = await failure(
      fetchArticle(`${server.origin}/redirect-to?url=file:///etc/passwd`),
    );
    expect(error.code).toBe("bad-url");
  });

  it("refuses what is not HTML or text, naming the type", async () => {
    const error = await failure(fetchArticle(`${server.origin}/pdf`));
    expect(error.code).toBe("not-html");
    expect(error.message).toContain("application/pdf");
  });

  it("reports the site's error status", async () => {
    const error = await failure(fetchArticle(`${server.origin}/missing`));
    expect(error.code).toBe("http-error");
    expect(error.message).toContain("404 Not Found");
  });

  it("refuses a page with no article text", async () => {
    expect((await failure(fetchArticle(`${server.origin}/app-shell`))).code).toBe("no-article");
  });

  it("stops at 3 MB: declared, streamed, or after decompression", async () => {
    for (const path of ["/huge-declared", "/huge-streamed", "/gzip-bomb"]) {
      const error = await failure(fetchArticle(`${server.origin}${path}`));
      expect(error.code, path).toBe("too-large");
    }
  });

  it("gives up when the site does not answer in time", async () => {
    // The deadline armed is the one asked for, checked on the call rather than by a wall-clock
    // bound on the test (which fails on a busy host whatever the code); a deadline that never
    // fired would leave the test to vitest's own timeout.
    const timeout = vi.spyOn(AbortSignal, "timeout");
    try {
      const error = await failure(
        fetchArticleWith(`${server.origin}/never-answers`, { limits: { timeoutMs: 300 } }),
      );
      expect(error.code).toBe("timeout");
      expect(error.message).toContain("within 0.3 seconds");
      expect(timeout.mock.calls).toEqual([[300]]);
    } finally {
      timeout.mockRestore();
    }
  });

  it("stops when the caller aborts, with the caller's reason", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("cancelled by the worker")), 100);
    await expect(
      fetchArticle(`${server.origin}/never-answers`, { signal: controller.signal }),
    ).rejects.toThrow("cancelled by the worker");
  });

  it("reports a refused connection", async () => {
    const closed = await startFixtureServer({});
    const origin = closed.origin;
    await closed.close();
    const error = await failure(fetchArticle(`${origin}/article`));
    expect(error.code).toBe("unreachable");
    expect(error.message).toContain("refused");
  });
});

describe("fetchArticle refuses private addresses by default", () => {
  it.each([
    ["the fixture server on 127.0.0.1", () => `${server.origin}/article`],
    ["localhost", () => `${server.origin.replace("127.0.0.1", "localhost")}/article`],
    ["IPv6 loopback", () => "http://[::1]/"],
    ["an IPv4-mapped IPv6 loopback", () => "http://[::ffff:127.0.0.1]/"],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private network", () => "http://10.0.0.1/"],
    ["the unspecified address", () => "http://0.0.0.0/"],
  ])("%s", async (_name, url) => {
    const error = await failure(fetchArticle(url()));
    expect(error.code).toBe("blocked-address");
    expect(error.message).toMatch(/only fetches public web pages/);
  });

  it.each([
    ["ftp://example.com/a"],
    ["javascript:alert(1)"],
    ["not a link"],
    ["https://user:secret@example.com/"],
  ])("refuses %s as a link", async (url) => {
    expect((await failure(fetchArticle(url))).code).toBe("bad-url");
  });
});
