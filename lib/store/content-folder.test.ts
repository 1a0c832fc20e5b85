import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_ROOT, loadOutlets, loadStoryDir } from "@/lib/content";
import { getStoryArticles } from "./articles";
import { exportStoryFolder, FolderError, importStoryFolder } from "./content-folder";
import { openStoreDb, type StoreDb } from "./db/open";
import { getStoryStatus } from "./stories";

const SEED = path.join(CONTENT_ROOT, "stories", "basra-consulate-2018");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-folder-"));
let store: StoreDb;

beforeAll(async () => {
  store = await openStoreDb({ kind: "sqlite", file: path.join(dir, "store.sqlite") });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("story folders in and out of the store", () => {
  it("imports the seed story and exports it back to a folder that loads the same", async () => {
    const { outlets } = loadOutlets(CONTENT_ROOT, path.join(CONTENT_ROOT, "outlets"));
    const seed = loadStoryDir(SEED, outlets).story;
    if (!seed) throw new Error("the seed story does not load");

    const imported = await importStoryFolder(store, SEED, CONTENT_ROOT);
    expect(imported.url).toBe(`/s/${imported.id}`);
    expect(await getStoryStatus(store, imported.id)).toMatchObject({
      title: seed.title,
      status: "queued",
      articles: seed.articles.length,
    });
    const stored = await getStoryArticles(store, imported.id);
    expect(stored.map((a) => a.raw)).toEqual(seed.articles.map((a) => a.raw));
    expect(stored.map((a) => a.outlet)).toEqual(seed.articles.map((a) => a.outlet.name));

    const out = path.join(dir, "basra-copy");
    const result = await exportStoryFolder(store, imported.id, out);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.files[0]).toBe("story.md");
    const copy = loadStoryDir(out, outlets).story;
    expect(copy).not.toBeNull();
    expect(copy?.title).toBe(seed.title);
    expect(copy?.date).toBe(seed.date);
    expect(copy?.summary).toBe(seed.summary);
    expect(copy?.actors).toEqual(seed.actors);
    // The content format orders articles by file name, and the exported names come from the outlets.
    const fields = (story: typeof seed) =>
      story.articles
        .map((a) => [a.outlet.name, a.title, a.published, a.url, a.byline, a.raw])
        .sort((a, b) => String(a[5]).localeCompare(String(b[5])));
    expect(fields(copy ?? seed)).toEqual(fields(seed));
  });

  it("says which file is at fault when a folder cannot be imported", async () => {
    const bad = path.join(dir, "bad-story");
    fs.mkdirSync(bad);
    fs.writeFileSync(
      path.join(bad, "story.md"),
      "---\ntitle: T\ndate: 2026-13-01\n---\nSummary.\n",
    );
    fs.writeFileSync(path.join(bad, "a.md"), "---\noutlet: A\n---\nText A.\n");
    await expect(importStoryFolder(store, bad, CONTENT_ROOT)).rejects.toThrow(FolderError);
    await expect(importStoryFolder(store, bad, CONTENT_ROOT)).rejects.toThrow(/story\.md.*date/);
  });

  it("refuses to export into a folder that is not empty or whose name is not a slug", async () => {
    const { id } = await importStoryFolder(store, SEED, CONTENT_ROOT);
    await expect(exportStoryFolder(store, id, path.join(dir, "Not A Slug"))).rejects.toThrow(
      /slug/,
    );
    const full = path.join(dir, "full");
    fs.mkdirSync(full);
    fs.writeFileSync(path.join(full, "keep.md"), "mine");
    await expect(exportStoryFolder(store, id, full)).rejects.toThrow(/not empty/);
    expect(fs.readFileSync(path.join(full, "keep.md"), "utf8")).toBe("mine");
    await expect(
      exportStoryFolder(store, "zzzzzzzzzzzzzzzz", path.join(dir, "none")),
    ).rejects.toThrow(/no stored story/);
  });
});
