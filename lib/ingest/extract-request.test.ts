import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { handleExtractRequest } from "./extract-request";
import { BODY, newsPage } from "./fixtures/pages";
import { startFixtureServer, type FixtureServer } from "./fixtures/server";

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
afterEach(() => {
  delete process.env.PARALLAX_ALLOW_PRIVATE_URLS;
});

const post = (body: BodyInit, headers: Record<string, string>) =>
  new Request("http://parallax.test/api/extract", { method: "POST", body, headers });

describe("handleExtractRequest", () => {
  it("fetches a link sent as JSON", async () => {
    process.env.PARALLAX_ALLOW_PRIVATE_URLS = "1";
    const result = await handleExtractRequest(
      post(JSON.stringify({ url: `${server.origin}/article` }), {
        "content-type": "application/json",
      }),
    );
    expect(result.ok && result.article.text).toBe(BODY.join("\n\n"));
  });

  it("names the url field when the link is refused", async () => {
    const result = await handleExtractRequest(
      post(JSON.stringify({ url: `${server.origin}/article` }), {
        "content-type": "application/json",
      }),
    );
    expect(result.ok ? null : result.failure).toMatchObject({ status: 400, field: "url" });
  });

  it("refuses JSON that is not { url }", async () => {
    const bad = await handleExtractRequest(post("{", { "content-type": "application/json" }));
    expect(bad.ok ? null : bad.failure).toMatchObject({ status: 400, field: "body" });
    const missing = await handleExtractRequest(post("{}", { "content-type": "application/json" }));
    expect(missing.ok ? null : missing.failure).toEqual({
      status: 400,
      field: "url",
      message: "is required",
    });
  });

  it("extracts an HTML body", async () => {
    const result = await handleExtractRequest(post(newsPage(), { "content-type": "text/html" }));
    expect(result.ok && result.article.text).toBe(BODY.join("\n\n"));
  });

  it("reads an uploaded file and names a content-format outlet by its display name", async () => {
    const form = new FormData();
    form.set(
      "file",
      new File([`---\noutlet: daily-example\n---\n${BODY[0]}`], "a.md", { type: "text/markdown" }),
    );
    const result = await handleExtractRequest(
      new Request("http://parallax.test/api/extract", { method: "POST", body: form }),
      { outletName: (slug) => (slug === "daily-example" ? "Daily Example" : null) },
    );
    expect(result.ok && result.article).toMatchObject({ text: BODY[0], outlet: "Daily Example" });
  });

  it("refuses a binary upload on the file field", async () => {
    const form = new FormData();
    form.set("file", new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0])], "a.txt"));
    const result = await handleExtractRequest(
      new Request("http://parallax.test/api/extract", { method: "POST", body: form }),
    );
    expect(result.ok ? null : result.failure).toMatchObject({ status: 400, field: "file" });
  });

  it("refuses other content types and oversized bodies", async () => {
    const other = await handleExtractRequest(post("x", { "content-type": "image/png" }));
    expect(other.ok ? null : other.failure).toMatchObject({ status: 415, field: "body" });
    const big = await handleExtractRequest(
      post("x".repeat(3_100_000), { "content-type": "text/html" }),
    );
    expect(big.ok ? null : big.failure).toMatchObject({ status: 413 });
  });

  it("limits link fetches per client and says when to retry", async () => {
    const ask = () =>
      handleExtractRequest(
        post(JSON.stringify({ url: "http://10.0.0.1/" }), {
          "content-type": "application/json",
          "x-forwarded-for": "203.0.113.9",
        }),
      );
    for (let i = 0; i < 30; i++) expect((await ask()).ok).toBe(false);
    const limited = await ask();
    expect(limited.ok ? null : limited.failure).toMatchObject({ status: 429, field: "url" });
    expect(limited.ok ? null : limited.failure.headers?.["retry-after"]).toMatch(/^\d+$/);
  });
});
