import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract";
import { escapeHtml, readSeeds, seedsDir } from "./fixtures/seeds";
import { FOOTER, NAVIGATION } from "./fixtures/pages";

const dir = seedsDir();

/** A seed's text as a web page: first line the headline, each paragraph a <p>, inside a site's chrome. */
function asPage(paragraphs: string[]): string {
  const [headline, ...body] = paragraphs;
  const ps = body.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(headline ?? "")}</title></head>
<body>${NAVIGATION}<main><article><h1>${escapeHtml(headline ?? "")}</h1>
<figure><img src="photo.jpg" alt=""><figcaption>A photo caption that is not part of the text.</figcaption></figure>
<div class="story-body">${ps}</div></article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></section></main>${FOOTER}</body></html>`;
}

describe.skipIf(!dir)("extractArticle on the seed articles wrapped in HTML", () => {
  const seeds = dir ? readSeeds(dir) : [];

  it("finds the five seeds", () => {
    expect(seeds).toHaveLength(5);
  });

  for (const seed of seeds) {
    it(`${seed.file}: every paragraph after the headline, in order, and nothing of the wrapper`, () => {
      // Some seeds separate paragraphs by blank lines, one by single line breaks: each line is a paragraph.
      const paragraphs = seed.text
        .split("\n")
        // HTML shows a run of spaces as one, so the page's text has them collapsed.
        .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
        .filter(Boolean);
      const article = extractArticle(asPage(paragraphs), null);
      expect(article.title).toBe(paragraphs[0]);
      expect(article.text).toBe(paragraphs.slice(1).join("\n\n"));
      expect(article.published).toBeNull();
    });
  }
});
