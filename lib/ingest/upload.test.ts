import { describe, expect, it } from "vitest";
import { BODY, newsPage } from "./fixtures/pages";
import { IngestError } from "./types";
import { extractUpload } from "./upload";

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(name: string, bytes: Uint8Array): IngestError {
  try {
    extractUpload(name, bytes);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("extractUpload", () => {
  it("reads a .txt file as paragraphs, whatever its line endings", () => {
    const article = extractUpload("story.txt", utf8(`${BODY[0]}\r\n\r\n\r\n${BODY[1]}\r\n`));
    expect(article.text).toBe(`${BODY[0]}\n\n${BODY[1]}`);
    expect(article).toMatchObject({ title: null, outlet: null, published: null });
  });

  it("reads a .txt file saved as windows-1252", () => {
    const bytes = Buffer.from("Le café a rouvert.\n\nTout le monde était là.", "latin1");
    expect(extractUpload("cafe.txt", new Uint8Array(bytes)).text).toBe(
      "Le café a rouvert.\n\nTout le monde était là.",
    );
  });

  it("strips a .md file's frontmatter and keeps a content-format article's outlet, title and date", () => {
    const source = `---\noutlet: daily-example\ntitle: "Council closes footbridge"\npublished: 2024-05-14\nurl: https://news.example.com/a\nbyline: Maria Lopez\nprovenance: original\n---\n\n${BODY[0]}\n\n${BODY[1]}\n`;
    expect(extractUpload("daily-example.md", utf8(source))).toEqual({
      text: `${BODY[0]}\n\n${BODY[1]}`,
      outlet: "daily-example",
      title: "Council closes footbridge",
      published: "2024-05-14",
      url: "https://news.example.com/a",
      byline: "Maria Lopez",
      fetchedAt: null,
    });
  });

  it("reads a .md file without frontmatter, and drops an impossible date from one", () => {
    expect(extractUpload("a.md", utf8(`# Notes\n\n${BODY[0]}`)).text).toBe(`# Notes\n\n${BODY[0]}`);
    const bad = extractUpload("b.md", utf8(`---\npublished: 2024-02-30\n---\n${BODY[0]}`));
    expect(bad.published).toBeNull();
  });

  it("refuses a .md file whose frontmatter is not YAML", () => {
    expect(refusal("c.md", utf8(`---\ntitle: [unclosed\n---\n${BODY[0]}`)).message).toMatch(
      /not valid YAML/,
    );
  });

  it("extracts a saved .html page like a fetched one", () => {
    const article = extractUpload(
      "page.html",
      utf8(newsPage({ head: '<meta property="og:site_name" content="Daily Example">' })),
    );
    expect(article.text).toBe(BODY.join("\n\n"));
    expect(article.outlet).toBe("Daily Example");
  });

  it("refuses other kinds of file by their name", () => {
    const error = refusal("article.docx", utf8("text"));
    expect(error.code).toBe("unsupported-file");
    expect(error.message).toBe(
      "“article.docx” is not a file Parallax reads: use a .txt, .md or .html file, or paste the text.",
    );
  });

  it("refuses binary content under a text name, saying what it is", () => {
    expect(refusal("scan.txt", utf8("%PDF-1.7\n...")).message).toMatch(/is a PDF, not text/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(refusal("photo.html", png).message).toMatch(/is a PNG image/);
    const random = new Uint8Array(2000).map((_, index) => (index * 37) % 256);
    expect(refusal("data.txt", random).message).toMatch(/is a binary file/);
  });

  it("refuses an empty file", () => {
    expect(refusal("empty.txt", utf8("  \n\n ")).code).toBe("no-article");
  });
});
