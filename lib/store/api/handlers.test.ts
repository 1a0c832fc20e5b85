import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as storiesRoute from "@/app/api/stories/route";
import * as storyRoute from "@/app/api/stories/[id]/route";
import { getStoryArticles } from "../articles";
import { openStoreDb, type StoreDb } from "../db/open";
import { handleCreate, handleDelete, handleStatus } from "./handlers";

let store: StoreDb;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-api-"));
const getStore = async () => store;
let client = 0;

beforeAll(async () => {
  store = await openStoreDb({ kind: "sqlite", file: path.join(dir, "api.sqlite") });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  delete process.env.PARALLAX_STORIES_PER_HOUR;
});

const story = {
  title: "Council closes the river bridge",
  articles: [
    { outlet: "Riverside Herald", text: "The council closed the bridge." },
    { outlet: "Valley Times", text: "Officials shut the bridge.", published: "2026-11-02" },
  ],
};

/** A request from its own client address, so the rate limit of one test does not touch another. */
function post(body: BodyInit, type: string, headers: Record<string, string> = {}): Request {
  client += 1;
  return new Request("http://localhost/api/stories", {
    method: "POST",
    body,
    headers: { "content-type": type, "x-forwarded-for": `192.0.2.${client}`, ...headers },
  });
}
const postJson = (value: unknown) =>
  handleCreate(post(JSON.stringify(value), "application/json"), getStore);

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: object }).error };
}

describe("POST /api/stories", () => {
  it("creates a story: 201 with its id, page and edit token", async () => {
    const response = await postJson(story);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; url: string; token: string };
    expect(Object.keys(body).sort()).toEqual(["id", "token", "url"]);
    expect(body.id).toMatch(/^[a-z0-9]{16}$/);
    expect(body.url).toBe(`/s/${body.id}`);
    expect(response.headers.get("location")).toBe(body.url);
    expect((await getStoryArticles(store, body.id)).map((a) => a.outlet)).toEqual([
      "Riverside Herald",
      "Valley Times",
    ]);
  });

  it("names the field at fault, with a message a person can act on", async () => {
    expect(
      await errorOf(await postJson({ ...story, articles: story.articles.slice(0, 1) })),
    ).toEqual({
      status: 400,
      field: "articles",
      message: "needs at least 2 articles",
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ outlet: `Outlet ${i}`, text: "Text." }));
    expect(await errorOf(await postJson({ ...story, articles: many }))).toMatchObject({
      field: "articles",
      message: "takes at most 20 articles",
    });
    const empty = [story.articles[0], { outlet: "Valley Times", text: "   " }];
    expect(await errorOf(await postJson({ ...story, articles: empty }))).toEqual({
      status: 400,
      field: "articles.1.text",
      message: "needs the article's text or a link to it",
    });
    const long = [story.articles[0], { outlet: "V", text: "word ".repeat(20_001) }];
    expect(await errorOf(await postJson({ ...story, articles: long }))).toMatchObject({
      field: "articles.1.text",
      message: "is longer than 20,000 words",
    });
    expect(await errorOf(await postJson({ ...story, title: "x".repeat(201) }))).toMatchObject({
      field: "title",
      message: "is longer than 200 characters",
    });
    const badLink = [story.articles[0], { outlet: "V", url: "file:///etc/passwd" }];
    expect(await errorOf(await postJson({ ...story, articles: badLink }))).toMatchObject({
      field: "articles.1.url",
      message: "must be an http(s) link",
    });
    expect(await errorOf(await postJson({ ...story, owner: "me" }))).toMatchObject({
      field: "body",
      message: "has fields this API does not take: owner",
    });
  });

  it("refuses bodies that are not JSON or a form, or are too large", async () => {
    expect(await errorOf(await handleCreate(post("{", "application/json"), getStore))).toEqual({
      status: 400,
      field: "body",
      message: "is not valid JSON (UTF-8)",
    });
    expect(await errorOf(await handleCreate(post("hello", "text/plain"), getStore))).toMatchObject({
      status: 415,
      field: "body",
    });
    const declared = post("{}", "application/json", { "content-length": "2000001" });
    expect(await errorOf(await handleCreate(declared, getStore))).toMatchObject({
      status: 413,
      field: "body",
    });
    // A chunked body with no declared length is cut off at the limit just the same.
    const big = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 3; i += 1) controller.enqueue(new Uint8Array(1_000_000).fill(32));
        controller.close();
      },
    });
    const streamed = new Request("http://localhost/api/stories", {
      method: "POST",
      body: big,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect((await handleCreate(streamed, getStore)).status).toBe(413);
  });

  it("takes the no-JavaScript form post and answers 303 to the edit page", async () => {
    const form = new URLSearchParams({
      title: "Bridge",
      "articles[0][outlet]": "Riverside Herald",
      "articles[0][title]": "  Bridge shut ",
      "articles[0][published]": "",
      "articles[0][text]": "Line one.\r\n\r\nLine two.",
      "articles[0][url]": "",
      "articles[1][outlet]": "",
      "articles[1][text]": "  ",
      "articles[2][outlet]": "Valley Times",
      "articles[2][url]": "https://example.org/bridge",
    });
    const response = await handleCreate(
      post(form.toString(), "application/x-www-form-urlencoded"),
      getStore,
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    const match = /^\/s\/([a-z0-9]{16})\/edit\?token=([A-Za-z0-9_-]{43})$/.exec(location);
    expect(match).not.toBeNull();
    const articles = await getStoryArticles(store, match?.[1] ?? "");
    expect(articles.map((a) => [a.outlet, a.title, a.raw, a.sourceUrl])).toEqual([
      ["Riverside Herald", "Bridge shut", "Line one.\r\n\r\nLine two.", null],
      ["Valley Times", null, null, "https://example.org/bridge"],
    ]);
  });

  it("takes a multipart form post too", async () => {
    const form = new FormData();
    form.set("title", "Bridge");
    form.set("articles[0][outlet]", "A");
    form.set("articles[0][text]", "Text A.");
    form.set("articles[1][outlet]", "B");
    form.set("articles[1][text]", "Text B.");
    const request = new Request("http://localhost/api/stories", { method: "POST", body: form });
    expect((await handleCreate(request, getStore)).status).toBe(303);
  });

  it("answers a form post it cannot accept with a page naming the form's own article numbers", async () => {
    const form = new URLSearchParams({
      title: "Bridge",
      "articles[0][outlet]": "Riverside Herald",
      "articles[0][text]": "Text.",
      "articles[3][outlet]": "<b>Valley</b>",
      "articles[3][title]": "No text here",
    });
    const response = await handleCreate(
      post(form.toString(), "application/x-www-form-urlencoded"),
      getStore,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(
      "<li>Article 4, text: needs the article&#39;s text or a link to it.</li>",
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it("limits how many stories one client creates, and says when to try again", async () => {
    process.env.PARALLAX_STORIES_PER_HOUR = "2";
    const from = (address: string) =>
      handleCreate(
        new Request("http://localhost/api/stories", {
          method: "POST",
          body: JSON.stringify(story),
          headers: {
            "content-type": "application/json",
            "x-forwarded-for": `198.51.100.7, ${address}`,
          },
        }),
        getStore,
      );
    expect((await from("203.0.113.9")).status).toBe(201);
    expect((await from("203.0.113.9")).status).toBe(201);
    const refused = await from("203.0.113.9");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(1000);
    expect(await errorOf(refused)).toMatchObject({
      field: "request",
      message: expect.stringMatching(/^Too many comparisons .* Try again in \d+ minutes\.$/),
    });
    // The nearest proxy's entry is the client: another address there is another client.
    expect((await from("203.0.113.10")).status).toBe(201);
  });
});

describe("GET and DELETE /api/stories/<id>", () => {
  it("reports status, deletes only with the token, then the story is gone", async () => {
    const { id, token } = (await (await postJson(story)).json()) as { id: string; token: string };
    const status = await handleStatus(id, getStore);
    expect(await status.json()).toEqual({ id, status: "queued", stage: "queued", url: `/s/${id}` });

    const del = (auth?: string) =>
      handleDelete(
        new Request(`http://localhost/api/stories/${id}`, {
          method: "DELETE",
          headers: auth ? { authorization: auth } : {},
        }),
        id,
        getStore,
      );
    const missing = await del();
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await del("Bearer wrong-token")).status).toBe(403);
    expect((await del(`Basic ${token}`)).status).toBe(401);
    const deleted = await del(`Bearer ${token}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect(await errorOf(await handleStatus(id, getStore))).toEqual({
      status: 404,
      field: "id",
      message: "No story has this id (it may have been deleted).",
    });
    expect((await del(`Bearer ${token}`)).status).toBe(404);
  });

  it("answers 404 for an id that cannot be a story's", async () => {
    expect((await handleStatus("../../etc", getStore)).status).toBe(404);
    expect((await handleStatus("short", getStore)).status).toBe(404);
  });
});

describe("methods the story routes do not take", () => {
  it("answers 405 with Allow and the error shape", async () => {
    const list = await storiesRoute.GET();
    expect(list.status).toBe(405);
    expect(list.headers.get("allow")).toBe("POST");
    expect(await errorOf(list)).toMatchObject({ field: "request" });
    const one = await storyRoute.PUT();
    expect(one.status).toBe(405);
    expect(one.headers.get("allow")).toBe("GET, DELETE");
  });
});
