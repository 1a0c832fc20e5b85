import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContentDir, CONTENT_ROOT, formatProblem, getStory, loadStoryDir } from "./index";

let root: string;

function write(relative: string, content: string | Buffer): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const OUTLET = `---
name: Daily Example
domain: example.com
country: Nowhere
type: newspaper
ownership: Example Holdings
references:
  - claim: Daily Example is owned by Example Holdings.
    url: https://example.com/about
---
A newspaper.
`;

const STORY = `---
title: Something happened
date: 2020-01-02
---
A neutral summary.
`;

const article = (outlet: string, extra = "", body = "Officials said something happened.\n") =>
  `---\noutlet: ${outlet}\ntitle: A headline\n${extra}---\n${body}`;

function lines(dir = root): string[] {
  return checkContentDir(dir).problems.map(formatProblem).map((line) => line.replaceAll(`${root}${path.sep}`, ""));
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-content-"));
  write("outlets/daily-example.md", OUTLET);
  write("stories/some-story/story.md", STORY);
  write("stories/some-story/daily.md", article("daily-example", "published: 2020-01-02\n"));
  write("stories/some-story/other.md", article("Other Gazette"));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("checkContentDir", () => {
  it("accepts valid content and keeps an outlet without a profile by name, with a warning", () => {
    const check = checkContentDir(root);
    expect(check.problems).toEqual([]);
    const story = check.content.stories[0];
    expect(story?.articles.map((a) => [a.slug, a.outlet.slug, a.outlet.name, a.published])).toEqual([
      ["daily", "daily-example", "Daily Example", "2020-01-02"],
      ["other", null, "Other Gazette", null],
    ]);
    expect(check.warnings.map((w) => `${w.field}: ${w.message}`)).toEqual([
      'outlet: "Other Gazette" has no profile in content/outlets; it is shown by name only',
    ]);
  });

  it("reports a missing field", () => {
    write("stories/some-story/other.md", "---\noutlet: Other Gazette\n---\nText.\n");
    write("stories/some-story/story.md", "---\ndate: 2020-01-02\n---\nSummary.\n");
    expect(lines()).toEqual(["stories/some-story/story.md: title: is required"]);
  });

  it("reports a bad date and an impossible date", () => {
    write("stories/some-story/story.md", STORY.replace("2020-01-02", "02/01/2020"));
    write("stories/some-story/daily.md", article("daily-example", "published: 2018-02-30\n"));
    expect(lines()).toEqual([
      "stories/some-story/story.md: date: must be a date written as YYYY-MM-DD",
      "stories/some-story/daily.md: published: is not a real calendar date",
    ]);
  });

  it("reports unknown keys by name", () => {
    write("stories/some-story/daily.md", article("daily-example", "autor: Someone\n"));
    expect(lines()).toEqual([
      "stories/some-story/daily.md: autor: unknown field (check the spelling; see README, content format)",
    ]);
  });

  it("reports an empty body", () => {
    write("stories/some-story/daily.md", article("daily-example", "", "\n  \n"));
    expect(lines()).toEqual(["stories/some-story/daily.md: body: is empty"]);
  });

  it("reports duplicate slugs: a reserved route name and an alias claimed twice", () => {
    write("stories/some-story/compare.md", article("daily-example"));
    write("outlets/gazette.md", OUTLET.replace("name: Daily Example", "name: Gazette\naliases: [Daily Example]"));
    expect(lines()).toEqual([
      'outlets/gazette.md: aliases: "Daily Example" is already used by outlets/daily-example.md',
      'stories/some-story/compare.md: slug: "compare" is reserved for a page of the story; rename the file',
    ]);
  });

  it("reports a file that is not UTF-8", () => {
    write("stories/some-story/daily.md", Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    expect(lines()).toEqual(["stories/some-story/daily.md: file: is not valid UTF-8 text (save it as UTF-8)"]);
  });

  it("reports missing frontmatter and broken YAML", () => {
    write("stories/some-story/daily.md", "Just text.\n");
    write("stories/some-story/other.md", "---\noutlet: [unclosed\n---\nText.\n");
    const found = lines();
    expect(found[0]).toBe(
      "stories/some-story/daily.md: frontmatter: is missing: the file must start with a line '---', the fields, then '---'",
    );
    expect(found[1]).toMatch(/^stories\/some-story\/other\.md: frontmatter: is not valid YAML \(line \d+\): /);
  });

  it("warns about a story with one article and fails a story with none", () => {
    fs.rmSync(path.join(root, "stories/some-story/other.md"));
    const check = checkContentDir(root);
    expect(check.problems).toEqual([]);
    expect(check.warnings.map(formatProblem).at(-1)).toMatch(
      /some-story: articles: the story has only one article; comparing outlets needs two or more$/,
    );
    fs.rmSync(path.join(root, "stories/some-story/daily.md"));
    expect(lines()).toEqual(["stories/some-story: articles: the story has no article files"]);
  });

  it("checks outlet profiles: references for identified outlets, type for unidentified ones", () => {
    write("outlets/anon.md", "---\nname: Anonymous site\ntype: newspaper\nidentified: false\nownership: Unknown\nreferences: []\n---\nUnidentified.\n");
    write("outlets/noref.md", OUTLET.replace(/references:[\s\S]*?---/, "references: []\n---").replace("Daily Example", "No Ref"));
    expect(lines()).toEqual([
      'outlets/anon.md: type: an unidentified outlet must have type "unknown"',
      "outlets/noref.md: references: an identified outlet needs at least one public reference link",
    ]);
  });

  it("loads a story folder outside content/ with no outlet profiles", () => {
    const result = loadStoryDir(path.join(root, "stories/some-story"));
    expect(result.problems).toEqual([]);
    expect(result.story?.articles.map((a) => a.outlet)).toEqual([
      { slug: null, name: "daily-example", type: "unknown" },
      { slug: null, name: "Other Gazette", type: "unknown" },
    ]);
  });
});

describe("the project's content", () => {
  it("is valid, and the seed story has five articles with the text exactly as received", () => {
    expect(checkContentDir(CONTENT_ROOT).problems).toEqual([]);
    const story = getStory("basra-consulate-2018");
    expect(story?.articles.map((a) => [a.slug, a.outlet.name, a.provenance.kind])).toEqual([
      ["epoch-times", "The Epoch Times", "wire"],
      ["news-site-wire-cnn", "Unidentified news site", "wire"],
      ["press-tv", "Press TV", "original"],
      ["us-site-wsj-relay", "Unidentified US website", "relay"],
      ["wsj-via-eifa", "European Iraqi Freedom Association (EIFA)", "reprint"],
    ]);
    const seeds = path.join(process.cwd(), "..", "shared", "seeds");
    if (fs.existsSync(seeds)) {
      const press = fs.readdirSync(seeds).find((name) => name.startsWith("000_"));
      expect(story?.articles.find((a) => a.slug === "press-tv")?.raw).toBe(
        fs.readFileSync(path.join(seeds, press ?? ""), "utf8"),
      );
    }
  });
});
