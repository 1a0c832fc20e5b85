import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadStoryDir } from "@/lib/content/load";
import { inStories, storyPartName, writeStoryFolder } from "./story-folder";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("writeStoryFolder", () => {
  it("writes story.md and one file per article, with quoted titles and an optional date", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "story-folder-"));
    made.push(tmp);
    const dir = path.join(tmp, "sample-story");
    writeStoryFolder(
      dir,
      { title: 'A "quoted" title: part 1', date: "2004-01-01", about: "For a test." },
      [
        {
          file: "a-1",
          outlet: "Daily A",
          title: "First",
          published: "2004-02-03",
          body: "One.\n\nTwo.",
        },
        { file: "b-2", outlet: "B: Weekly", title: "Second", published: null, body: "Three." },
      ],
    );
    expect(fs.readdirSync(dir).sort()).toEqual(["a-1.md", "b-2.md", "story.md"]);
    expect(fs.readFileSync(path.join(dir, "story.md"), "utf8")).toBe(
      '---\ntitle: "A \\"quoted\\" title: part 1"\ndate: 2004-01-01\n---\nFor a test.\n',
    );
    expect(fs.readFileSync(path.join(dir, "a-1.md"), "utf8")).toBe(
      '---\noutlet: "Daily A"\ntitle: "First"\npublished: 2004-02-03\n---\nOne.\n\nTwo.\n',
    );
    expect(fs.readFileSync(path.join(dir, "b-2.md"), "utf8")).toBe(
      '---\noutlet: "B: Weekly"\ntitle: "Second"\n---\nThree.\n',
    );
    // What it writes is a story folder the content loader takes without a problem.
    const loaded = loadStoryDir(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.story?.articles.map((a) => a.outlet.name)).toEqual(["Daily A", "B: Weekly"]);
  });
});

describe("inStories", () => {
  it("cuts a list into numbered runs, the last one short", () => {
    expect(inStories([1, 2, 3, 4, 5], 2)).toEqual([
      { part: 1, items: [1, 2] },
      { part: 2, items: [3, 4] },
      { part: 3, items: [5] },
    ]);
    expect(inStories([], 3)).toEqual([]);
    expect(storyPartName(7)).toBe("story-007");
  });
});
