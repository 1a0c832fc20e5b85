import { describe, expect, it } from "vitest";
import { formatDump, parseDump, speakerChanges, type QuoteRow } from "./quote-dump";

const row = (
  article: string,
  start: number,
  speaker: string | null,
  attribution = "X said",
): QuoteRow => ({
  article,
  start,
  text: `quote at ${start}`,
  speaker,
  attribution: speaker === null ? null : attribution,
});

describe("quote dumps", () => {
  it("round-trips, sorted, with tabs and line breaks in a quote made spaces", () => {
    const rows = [
      row("b", 5, "Ruiz"),
      { ...row("a", 9, null), text: "two\tlines\nhere" },
      row("a", 2, "Beck"),
    ];
    const text = formatDump(rows);
    expect(text).toBe(
      "a\t2\tquote at 2\tBeck\tX said\na\t9\ttwo lines here\t\t\nb\t5\tquote at 5\tRuiz\tX said\n",
    );
    expect(parseDump(text)).toEqual([
      row("a", 2, "Beck"),
      { ...row("a", 9, null), text: "two lines here" },
      row("b", 5, "Ruiz"),
    ]);
  });

  it("says which line is malformed", () => {
    expect(() => parseDump("a\t1\tq\tX\tX said\nbroken line\n")).toThrow("line 2");
  });

  it("lists speakers that changed, appeared or went, not a label that changed alone", () => {
    const before = [
      row("a", 1, "Ruiz"),
      row("a", 5, "Beck"),
      row("a", 9, null),
      row("b", 3, "Holt"),
    ];
    const after = [
      row("a", 1, "Ruiz", "X … said"),
      row("a", 5, "Ruiz"),
      row("a", 9, "Ana Ruiz"),
      row("c", 4, "Lund"),
    ];
    expect(
      speakerChanges(before, after).map((c) => [
        c.article,
        c.start,
        c.before?.speaker,
        c.after?.speaker,
      ]),
    ).toEqual([
      ["a", 5, "Beck", "Ruiz"],
      ["a", 9, null, "Ana Ruiz"],
      ["b", 3, "Holt", undefined],
      ["c", 4, undefined, "Lund"],
    ]);
  });
});
