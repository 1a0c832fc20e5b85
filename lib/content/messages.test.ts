import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeValue, fieldPath, oneLine } from "./describe";
import { checkContentDir, formatProblem } from "./index";

// What check-content says about wrong types, skipped files, control characters and odd names.

let root: string;

function write(relative: string, content: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function strip(line: string): string {
  return line.replaceAll(`${root}${path.sep}`, "");
}

function problems(): string[] {
  return checkContentDir(root).problems.map(formatProblem).map(strip);
}

function warnings(): string[] {
  return checkContentDir(root).warnings.map(formatProblem).map(strip);
}

const STORY = "---\ntitle: Something happened\ndate: 2020-01-02\n---\nA neutral summary.\n";
const article = (front: string, body = "Officials said something happened.\n") =>
  `---\n${front}---\n${body}`;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "parallax-messages-"));
  write("stories/some-story/story.md", STORY);
  write("stories/some-story/one.md", article("outlet: Gazette One\ntitle: A headline\n"));
  write("stories/some-story/two.md", article("outlet: Gazette Two\ntitle: Another\n"));
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("wrong types say what is wrong", () => {
  it("a date written as a number, a title given as a list, a tag list given as text", () => {
    write("stories/some-story/one.md", article("outlet: Gazette One\npublished: 20180928\n"));
    write("stories/some-story/two.md", article("outlet: Gazette Two\ntitle: [Part one, Part two]\n"));
    write("stories/some-story/story.md", STORY.replace("date:", "tags: iraq\ndate:"));
    expect(problems()).toEqual([
      'stories/some-story/story.md: tags: must be a list, not the text "iraq"',
      "stories/some-story/one.md: published: must be a date written as YYYY-MM-DD, not the number 20180928 (write 2018-09-28)",
      "stories/some-story/two.md: title: must be text, not a list of 2 items",
    ]);
  });

  it("front matter that is a list or a sentence, not fields", () => {
    write("stories/some-story/one.md", article("- outlet: Gazette One\n- title: A headline\n"));
    write("stories/some-story/two.md", article("Gazette Two, A headline\n"));
    expect(problems()).toEqual([
      "stories/some-story/one.md: frontmatter: must be fields written as `key: value` lines, not a list of 2 items",
      'stories/some-story/two.md: frontmatter: must be fields written as `key: value` lines, not the text "Gazette Two, A headline"',
    ]);
  });

  it("provenance in neither form, or with a wrong field inside", () => {
    write("stories/some-story/one.md", article("outlet: Gazette One\nprovenance: reprint\n"));
    write(
      "stories/some-story/two.md",
      article("outlet: Gazette Two\nprovenance:\n  kind: wire\n  source: [reuters]\n"),
    );
    expect(problems()).toEqual([
      'stories/some-story/one.md: provenance: must be original, or the fields kind (reprint, wire or relay), source and note, not the text "reprint"',
      "stories/some-story/two.md: provenance.source: must be text, not a list of 1 item",
    ]);
  });

  it("a missing field is still 'required'", () => {
    write("stories/some-story/one.md", article("title: A headline\n"));
    expect(problems()).toEqual(["stories/some-story/one.md: outlet: is required"]);
  });
});

describe("an unknown headline", () => {
  it("is stated with `title: null` and then not warned about; a missing title is", () => {
    write("stories/some-story/one.md", article("outlet: Gazette One\ntitle: null\n"));
    write("stories/some-story/two.md", article("outlet: Gazette Two\n"));
    const check = checkContentDir(root);
    expect(check.problems).toEqual([]);
    expect(check.content.stories[0]?.articles.map((a) => a.title)).toEqual([null, null]);
    expect(check.warnings.map(formatProblem).map(strip)).toEqual([
      'stories/some-story/one.md: outlet: "Gazette One" has no profile in content/outlets; it is shown by name only',
      "stories/some-story/two.md: title: is absent; if the headline was not captured, write `title: null` (pages then say so)",
      'stories/some-story/two.md: outlet: "Gazette Two" has no profile in content/outlets; it is shown by name only',
    ]);
  });
});

describe("skipped files are named", () => {
  it("upper-case .MD, .markdown, symbolic links, folders and stray files; hidden files are ignored", () => {
    write("stories/some-story/three.MD", article("outlet: Gazette Three\n"));
    write("stories/some-story/four.markdown", article("outlet: Gazette Four\n"));
    write("stories/some-story/notes/five.md", article("outlet: Gazette Five\n"));
    write("stories/some-story/.DS_Store", "");
    write("elsewhere.md", article("outlet: Secret\n"));
    fs.symlinkSync(path.join(root, "elsewhere.md"), path.join(root, "stories/some-story/six.md"));
    write("stories/stray.md", article("outlet: Stray\n"));
    const skipped = warnings().filter((line) => line.includes("skipped"));
    expect(skipped).toEqual([
      "stories/stray.md: file: skipped: only folders are read here (each story is a folder with a story.md)",
      "stories/some-story/four.markdown: file: skipped: only files ending in .md are read (rename it four.md)",
      "stories/some-story/notes: file: skipped: a folder is not read here (put the Markdown files directly in this folder)",
      "stories/some-story/six.md: file: skipped: it is a symbolic link, which is never followed (copy the file here instead)",
      "stories/some-story/three.MD: file: skipped: the extension must be lower-case .md (rename it three.md)",
    ]);
    expect(checkContentDir(root).content.stories[0]?.articles.map((a) => a.slug)).toEqual([
      "one",
      "two",
    ]);
  });
});

describe("control characters", () => {
  it("a body of nothing but control characters is an error; some among text are a warning", () => {
    write("stories/some-story/one.md", article("outlet: Gazette One\ntitle: A\n", "\u0000\u0001\n\f"));
    write(
      "stories/some-story/two.md",
      article("outlet: Gazette Two\ntitle: B\n", "First line.\nSecond \u001b[31mred\u001b[0m line.\n"),
    );
    expect(problems()).toEqual([
      "stories/some-story/one.md: body: has no text, only 3 control characters",
    ]);
    expect(warnings()).toContain(
      "stories/some-story/two.md: body: contains 2 control characters (the first, U+001B, on line 6); remove them",
    );
  });
});

describe("names and keys print on one line, escaped", () => {
  it("a file name with a line break or escape code, an unknown key with one", () => {
    write("stories/some-story/bad\nname.md", article("outlet: Gazette\n"));
    write("stories/some-story/two.md", article('outlet: Gazette Two\n"x\\e[2Jy": 1\n'));
    const lines = problems();
    expect(lines).toEqual([
      'stories/some-story/bad\\nname.md: file name: "bad\\nname" must be lowercase letters, digits and hyphens',
      'stories/some-story/two.md: "x\\u001b[2Jy": unknown field (check the spelling; see README, content format)',
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f]/);
  });

  it("oneLine escapes controls, separators and bidirectional overrides", () => {
    expect(oneLine("a\nb\tc\u001bd\u2028e\u202ef\u0085")).toBe(
      "a\\nb\\tc\\x1bd\\u2028e\\u202ef\\x85",
    );
    expect(oneLine("plain café – ok")).toBe("plain café – ok");
  });

  it("fieldPath quotes keys that are not plain words", () => {
    expect(fieldPath([])).toBe("frontmatter");
    expect(fieldPath(["actors", 0, "id"])).toBe("actors.0.id");
    expect(fieldPath(["my key"])).toBe('"my key"');
  });

  it("describeValue names what was found", () => {
    expect(describeValue(null)).toBe("an empty value");
    expect(describeValue(true)).toBe("the value true");
    expect(describeValue({ kind: "wire" })).toBe("fields (kind)");
    expect(describeValue("x".repeat(50))).toBe(`the text "${"x".repeat(39)}…"`);
  });
});
