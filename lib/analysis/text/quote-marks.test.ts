import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuotedSpans } from "./quote-marks";
import { splitParagraphs } from "./segment";

const spans = (text: string) => findQuotedSpans(text, splitParagraphs(text));
const quoted = (text: string) => spans(text).map((span) => text.slice(span.start, span.end));

describe("findQuotedSpans", () => {
  it("finds straight and curly double quotes, marks excluded", () => {
    expect(quoted('He said "we will respond" and “we mean it.”')).toEqual([
      "we will respond",
      "we mean it.",
    ]);
  });

  it("reads guillemets and low-high marks as double quotes, not breadcrumbs", () => {
    expect(quoted("« Nous condamnons cette attaque », a déclaré le ministre.")).toEqual([
      "Nous condamnons cette attaque",
    ]);
    expect(quoted("«Мы не оставим это без ответа», — заявил министр.")).toEqual([
      "Мы не оставим это без ответа",
    ]);
    expect(
      quoted("„Wir verurteilen den Angriff“, sagte er. »Das ist inakzeptabel«, sagte sie."),
    ).toEqual(["Wir verurteilen den Angriff", "Das ist inakzeptabel"]);
    expect(quoted("„Nie pozwolimy na to” — powiedział minister.")).toEqual(["Nie pozwolimy na to"]);
    expect(quoted("Home » News » World « Back")).toEqual([]);
  });

  it("drops a comma or colon left inside the closing mark, keeps a full stop", () => {
    expect(quoted("placed on “ordered departure,” which means; “It is over.”")).toEqual([
      "ordered departure",
      "It is over.",
    ]);
  });

  it("does not take apostrophes for quote marks", () => {
    expect(
      quoted("Iran’s militias, we’ll see, the Ba’ath regime and residents’ anger in the ’90s"),
    ).toEqual([]);
    expect(quoted("It's the workers' union, isn't it?")).toEqual([]);
  });

  it("finds single curly quotes used as quote marks next to apostrophes", () => {
    expect(quoted("US closes its consulate in Iraq’s Basra, citing ‘security concerns’")).toEqual([
      "security concerns",
    ]);
    expect(quoted("the ‘Ba’ath remnants’ again")).toEqual(["Ba’ath remnants"]);
  });

  it("keeps a plural possessive inside a single quote when a later closer exists", () => {
    expect(quoted("what he called ‘the workers’ rights’ today")).toEqual(["the workers’ rights"]);
  });

  it("nests single quotes in double quotes, with depth and parent", () => {
    const text =
      "A Democrat said, “Brenner called it ‘a mess of Carver’s making.’ He should resign.”";
    const found = spans(text);
    expect(
      found.map((span) => [text.slice(span.start, span.end), span.depth, span.parent]),
    ).toEqual([
      ["Brenner called it ‘a mess of Carver’s making.’ He should resign.", 0, null],
      ["a mess of Carver’s making.", 1, 0],
    ]);
  });

  it("finds straight single quotes inside straight double quotes", () => {
    expect(quoted("\"to 'keep' our Republic,\" he said")).toEqual([
      "to 'keep' our Republic",
      "keep",
    ]);
  });

  it("spans sentences inside one paragraph", () => {
    expect(
      quoted("“I’m not going to sign it. I don’t think we should be rushed.” He left."),
    ).toEqual(["I’m not going to sign it. I don’t think we should be rushed."]);
  });

  it("continues a quote left open at a paragraph end into a paragraph that opens with a mark", () => {
    const text =
      "“First paragraph goes on,” he said. “And on.\n\n“Second paragraph ends it.”\n\nNo quote here.";
    const found = spans(text);
    expect(
      found.map((span) => [text.slice(span.start, span.end), span.close === null, span.continues]),
    ).toEqual([
      ["First paragraph goes on", false, null],
      ["And on.", true, null],
      ["Second paragraph ends it.", false, 1],
    ]);
  });

  it("continues a quote into a paragraph that was broken mid-quote (a closer with no opener)", () => {
    const text =
      '"Tarvik Mills may be a big employer.\nBut it can still be taken to court."\nNext paragraph.';
    const found = spans(text);
    expect(found.map((span) => [text.slice(span.start, span.end), span.continues])).toEqual([
      ["Tarvik Mills may be a big employer.", null],
      ["But it can still be taken to court.", 0],
    ]);
  });

  it("bounds an unbalanced quote at the next opener or the paragraph end", () => {
    const text =
      'He said "hello and then "world" again. And "unclosed to the end\n\nA new paragraph "stays" out.';
    const found = spans(text);
    expect(found.map((span) => [text.slice(span.start, span.end), span.close === null])).toEqual([
      ["hello and then", true],
      ["world", false],
      ["unclosed to the end", true],
      ["stays", false],
    ]);
  });

  it("ignores stray closing marks and inch marks", () => {
    expect(quoted("a 6\" pipe, a stray” closer and 'em all")).toEqual([]);
  });

  it("treats a ” typed as an opener after a space as an opener", () => {
    expect(quoted("He called it ”a mistake” yesterday")).toEqual(["a mistake"]);
  });

  it("reads a left mark typed as the closer as a closer, not as the next quote's opener", () => {
    expect(
      quoted("“The bridge stays shut,“ said Lina Prax, the town engineer. “We need a month.”"),
    ).toEqual(["The bridge stays shut", "We need a month."]);
    expect(quoted("She called the plan “reckless“ in a post on Monday.")).toEqual(["reckless"]);
    expect(quoted("“Is it over?“ he asked.")).toEqual(["Is it over?"]);
    // Touching the word after it, it still opens: 'Berg said,“Go.”'.
    expect(quoted("Berg said,“Go home.”")).toEqual(["Go home."]);
    // With no quote open, a closer-like left mark opens nothing.
    expect(quoted("The sign read stop“ and nothing more.")).toEqual([]);
  });

  it("nests a quote of the same style when both closers follow", () => {
    const text = "Ruiz wrote: “Fans wearing “Vote Tomas” hats cheered all night.” Then she left.";
    const found = spans(text);
    expect(found.map((span) => text.slice(span.start, span.end))).toEqual([
      "Fans wearing “Vote Tomas” hats cheered all night.",
      "Vote Tomas",
    ]);
    expect(found.map((span) => span.depth)).toEqual([0, 1]);
    // An opener with one closer after it: the first quote was never closed, as before.
    expect(quoted("“We will win, he said. “Believe me.”")).toEqual([
      "We will win, he said.",
      "Believe me.",
    ]);
  });

  it("nests a curly quote in a straight one and a straight quote in a curly one", () => {
    // The straight quote runs on into the next paragraph, past the curly one nested in it.
    const text =
      'Ruiz wrote:\n\n"The board is not about “fair play” any more. It is about power.\n\n"We will stop it."';
    const found = spans(text);
    expect(found.map((span) => [text.slice(span.start, span.end), span.depth])).toEqual([
      ["The board is not about “fair play” any more. It is about power.", 0],
      ["fair play", 1],
      ["We will stop it.", 0],
    ]);
    expect(found[2]?.continues).toBe(0);
    // A doubled mark ('"“' with no words between) is one opener, not a quote opening with a quote.
    expect(quoted('"“We lost the vote,” Beck said after the count."')).toEqual([
      "We lost the vote",
    ]);
    expect(quoted('“He called it "a farce," and left,” said Beck.')).toEqual([
      'He called it "a farce," and left',
      "a farce",
    ]);
  });

  it("does not close a single quote on an apostrophe inside a double quote nested in it", () => {
    expect(quoted("‘They held a “farmers’ vote” on it,’ she said.")).toEqual([
      "They held a “farmers’ vote” on it",
      "farmers’ vote",
    ]);
  });

  it("returns nothing for empty text or text without marks", () => {
    expect(spans("")).toEqual([]);
    expect(spans("No quotes at all.")).toEqual([]);
  });

  it("never crashes, stays inside its paragraph, and gives in-order spans (property)", () => {
    const alphabet = fc.constantFrom("a", "b", " ", "\n", '"', "“", "”", "‘", "’", "'", ".", ",");
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join("")),
        (text) => {
          const paragraphs = splitParagraphs(text);
          const found = findQuotedSpans(text, paragraphs);
          for (const span of found) {
            const paragraph = paragraphs[span.paragraph];
            expect(paragraph).toBeDefined();
            expect(span.start).toBeGreaterThanOrEqual(paragraph?.start ?? 0);
            expect(span.end).toBeLessThanOrEqual(paragraph?.end ?? 0);
            expect(span.end).toBeGreaterThan(span.start);
          }
          expect(found.map((span) => span.open)).toEqual(
            [...found.map((span) => span.open)].sort((x, y) => x - y),
          );
        },
      ),
    );
  });
});
