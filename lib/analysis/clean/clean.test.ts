import { describe, expect, it } from "vitest";
import { getStory } from "@/lib/content";
import { cleanArticle, cleanArticleStrict } from "./clean";
import { normalizeSpace } from "./text";
import { SEED_CHROME, SEED_STORY } from "../../../eval/seed/clean-gold";
import { removedSchema } from "../schema";
import { cuts, lines, P1, P2, P3, run } from "./test-samples";

describe("cleanArticle on the seed story", () => {
  const story = getStory(SEED_STORY);
  const articles = story?.articles ?? [];

  it("has the five seed articles", () => {
    expect(articles.map((a) => a.slug).sort()).toEqual(Object.keys(SEED_CHROME).sort());
  });

  for (const slug of Object.keys(SEED_CHROME)) {
    describe(slug, () => {
      const article = articles.find((a) => a.slug === slug);
      const expected = SEED_CHROME[slug];
      const raw = article?.raw ?? "";
      const result = cleanArticleStrict(raw, { title: article?.title ?? null, outlet: "Seed" });

      it("removes exactly the page chrome, with the expected reasons", () => {
        expect(result.removed.map((r) => [r.reason, r.text])).toEqual(expected?.chrome);
      });

      it("records offsets into the raw text and a plain-language detail", () => {
        for (const removed of result.removed) {
          expect(removedSchema.parse(removed)).toEqual(removed);
          expect(raw.slice(removed.start, removed.end)).toBe(removed.text);
          expect(removed.detail).toMatch(/^[A-Z“].{20,}[.”]$/);
        }
      });

      it("keeps every other line of the raw text, one paragraph each, in order", () => {
        const chrome = new Set(expected?.chrome.map(([, text]) => text));
        const kept = raw
          .split("\n")
          .filter((line) => line.trim() !== "" && !chrome.has(line.trim()))
          .map(normalizeSpace);
        expect(result.text.split("\n\n")).toEqual(kept);
      });

      it("returns the byline found in the text", () => {
        expect(result.byline).toBe(expected?.byline);
      });
    });
  }

  it("keeps article lines that look short or carry a dateline prefix", () => {
    const text = articles
      .map((a) => cleanArticle(a.raw, { title: a.title, outlet: "" }).text)
      .join("\n");
    expect(text).toContain("Press TV – The US State Department has announced");
    expect(text).toContain("\nBasra is Iraq’s main port and one of its largest cities.\n");
    expect(text).toContain("\nWASHINGTON—The State Department will close the U.S. consulate");
    expect(text).toContain(
      "\n“I have made clear that Iran should understand that the United States will respond promptly and appropriately to any such attacks.”\n",
    );
  });
});

describe("cleanArticle: focused cases", () => {
  it("returns nothing for empty or blank input", () => {
    expect(run("")).toEqual({ text: "", removed: [], byline: null });
    expect(run(" \n\r\n\t\u00A0 ")).toEqual({ text: "", removed: [], byline: null });
  });

  it("keeps a text with no newlines as one paragraph", () => {
    expect(run(`${P1} ${P2}`)).toEqual({ text: `${P1} ${P2}`, removed: [], byline: null });
    expect(run("a headline-like fragment without punctuation").text).toBe(
      "a headline-like fragment without punctuation",
    );
  });

  it("normalises CRLF and odd spaces, with offsets into the raw text", () => {
    const raw = `Consulate Closes\r\n\r\n${P1}\r\n${P2.replace(" from ", "\u00A0from\u00A0\u00A0")}\r\n`;
    const result = run(raw, "Consulate closes");
    expect(result.text).toBe(`${P1}\n\n${P2}`);
    expect(result.removed).toEqual([
      {
        text: "Consulate Closes",
        reason: "headline",
        detail: expect.stringMatching(/\S/),
        start: 0,
        end: 16,
      },
    ]);
  });

  it("removes an embedded tweet that repeats the statement quoted above it", () => {
    const raw = [
      "Nauert said: “Secretary Pompeo has placed U.S. Consulate Basrah on ordered departure.”",
      ".@SecPompeo has placed U.S. Consulate Basrah on ordered departure. pic.twitter.com/QsAw2Ie4ns",
      "— Heather Nauert (@statedeptspox) September 28, 2018",
      P2,
    ].join("\n");
    expect(cuts(raw)).toEqual([
      [
        "embed",
        ".@SecPompeo has placed U.S. Consulate Basrah on ordered departure. pic.twitter.com/QsAw2Ie4ns",
      ],
      ["embed", "— Heather Nauert (@statedeptspox) September 28, 2018"],
    ]);
  });

  it("removes a tweet's text without a picture link when it sits above the tweet's signature", () => {
    const raw = lines(
      P1,
      "We stand with the people of #Basra. @USEmbBaghdad",
      "— Jane Roe (@janeroe) 28 September 2018",
      P2,
    );
    expect(cuts(raw)).toEqual([
      ["embed", "We stand with the people of #Basra. @USEmbBaghdad"],
      ["embed", "— Jane Roe (@janeroe) 28 September 2018"],
    ]);
  });

  it("removes a trailing section after a label, whatever its lines look like", () => {
    const raw = lines(
      P1,
      P2,
      P3,
      "Related articles",
      "Iran Denies Role in Attack.",
      "Oil prices climb as tensions rise",
    );
    const result = run(raw);
    expect(result.text).toBe(lines(P1, P2, P3));
    expect(result.removed.map((r) => r.reason)).toEqual(["navigation", "promo", "promo"]);
  });

  it("keeps a label inside the article unless a headline-like line follows it", () => {
    expect(
      run(
        lines(
          P1,
          "Related",
          "Locals call for calm in Basra",
          P2,
          P3,
          P1.replace("Friday", "Monday"),
        ),
      ).text,
    ).toBe(lines(P1, P2, P3, P1.replace("Friday", "Monday")));
    expect(cuts(lines(P1, "More", P2, P3))).toEqual([]);
  });

  it("removes trailing teasers cut off with an ellipsis or lacking punctuation", () => {
    const raw = lines(
      P1,
      P2,
      "New Report: Iran’s Support for Armed Groups Under Scrutiny",
      "New Report: Iran’s Support for Arm...",
      "Exclusive: the record of a commander ...",
    );
    expect(cuts(raw).map(([reason]) => reason)).toEqual(["promo", "promo", "promo"]);
    expect(run(raw).text).toBe(lines(P1, P2));
  });

  it("keeps a list at the end of the article", () => {
    const raw = lines(
      P1,
      "Key facts:",
      "• Basra is Iraq’s second city",
      "• The consulate opened in 2004",
    );
    expect(run(raw).text).toBe(raw);
  });

  it("never joins a lower-case line onto the headline as hard-wrapped prose", () => {
    const raw = `Consulate to close\nby Jane Doe\n${P1}`;
    expect(cuts(raw, "Consulate to close")).toEqual([
      ["headline", "Consulate to close"],
      ["byline", "by Jane Doe"],
    ]);
  });

  it("joins hard-wrapped prose before judging it", () => {
    const raw = `Consulate to close\n\nWASHINGTON—The State Department will close the consulate\nin Basra, officials said.\n${P2}`;
    expect(run(raw, "Consulate to close").text).toBe(
      lines(
        "WASHINGTON—The State Department will close the consulate in Basra, officials said.",
        P2,
      ),
    );
  });

  it("keeps a long last paragraph without closing punctuation", () => {
    const last =
      "And on Thursday the longest-serving member of the harbour board spoke out against the ferry scheme as it now stands";
    expect(run(lines(P1, last)).text).toBe(lines(P1, last));
  });

  it("removes a caption between the headline and the first paragraph", () => {
    const raw = lines(
      "Consulate in Basra to close",
      "Protesters outside the consulate in early September",
      P1,
      P2,
    );
    expect(cuts(raw, "Consulate in Basra to close")).toEqual([
      ["headline", "Consulate in Basra to close"],
      ["caption", "Protesters outside the consulate in early September"],
    ]);
    // Without a known title the headline stays, and still anchors the caption rule.
    expect(run(raw).text).toBe(lines("Consulate in Basra to close", P1, P2));
  });

  it("keeps a dateline prefix on a line of its own", () => {
    expect(
      run(lines("Consulate to close", "BAGHDAD (Reuters) -", P1), "Consulate to close").text,
    ).toBe(lines("BAGHDAD (Reuters) -", P1));
  });

  it("removes a title-case headline inserted between paragraphs, keeps sentence-case lines", () => {
    expect(cuts(lines(P1, "Locals Call for End to Iranian Influence in Iraq", P2))).toEqual([
      ["inserted-headline", "Locals Call for End to Iranian Influence in Iraq"],
    ]);
    expect(cuts(lines(P1, "Locals call for an end to Iranian influence", P2))).toEqual([]);
    expect(cuts(lines(P1, "“Locals Call for End to Iranian Influence”", P2))).toEqual([]);
  });

  it("removes one text printed twice in a paragraph, and repeated paragraphs", () => {
    const caption = "Demonstrators wave flags during a protest in the southern city of Basra.";
    expect(cuts(lines(P1, `${caption} ${caption}`, P2))).toEqual([
      ["caption", `${caption} ${caption}`],
    ]);
    expect(cuts(lines(P1, P2, P1))).toEqual([["duplicate", P1]]);
    // A long paragraph that repeats itself is not a caption: the text stays.
    const repeated = "The committee met again on Tuesday to discuss the budget. ".repeat(40).trim();
    expect(cuts(lines(P1, repeated, P2))).toEqual([]);
    const long = `${P1} ${P2} ${P3}`;
    const near = long.replace("militias", "armed groups");
    expect(cuts(lines(long, P1.replace("Friday", "Monday"), near))).toEqual([["duplicate", near]]);
  });

  it("strips HTML: script and style content, tags, entities; never crashes on broken markup", () => {
    const raw =
      '<html><head><title>T</title></head><body><p>Hello <b>world</b> &amp; friends.</p>\n<script>var x = "<p>no</p>";</script><p>Second&nbsp;one.</p></body></html>';
    const result = run(raw);
    expect(result.text).toBe("Hello world & friends.\n\nSecond one.");
    expect(result.removed.map((r) => [r.reason, r.text])).toEqual([
      ["markup", "<html><head><title>T</title></head><body><p>"],
      ["markup", "<b>"],
      ["markup", "</b>"],
      ["markup", '</p>\n<script>var x = "<p>no</p>";</script><p>'],
      ["markup", "</p></body></html>"],
    ]);
    expect(run("<p>Unclosed <script>alert(1)\n<div>x < y and <Basra> stays.<!-- open").text).toBe(
      "Unclosed alert(1)\n\nx < y and <Basra> stays.",
    );
  });

  it("gives nav and figcaption content their own reasons", () => {
    const raw = `<nav><a href="/">Home</a> <a href="/w">World</a></nav><p>${P1}</p><figure><img src="x.jpg"><figcaption>Protesters in Basra</figcaption></figure><p>${P2}</p>`;
    const result = run(raw);
    expect(result.text).toBe(`${P1}\n\n${P2}`);
    expect(result.removed.map((r) => r.reason)).toEqual([
      "navigation",
      "markup",
      "markup",
      "caption",
      "markup",
      "markup",
    ]);
  });

  it("removes a line with inline markup as one piece, tags included", () => {
    const raw = `${P1}\n<p>Read more: <a href="/x">Iran denies role</a></p>\n${P2}`;
    expect(cuts(raw)).toEqual([
      ["markup", "<p>"],
      ["inserted-headline", 'Read more: <a href="/x">Iran denies role'],
      ["markup", "</a></p>"],
    ]);
  });
});
