import { describe, expect, it } from "vitest";
import { byPublication, inPublicationOrder } from "./outlet-order";
import { makeAnalysis, makeArticle, makeFact } from "./test-analysis";

const dated = (id: string, name: string, published: string | null) => ({ id, name, published });

describe("outlet order", () => {
  it("sorts by publication date, unknown dates last, then by name, whatever the file names", () => {
    const outlets = [
      dated("a-file", "Zeta News", null),
      dated("b-file", "Alpha Post", "2018-09-30"),
      dated("c-file", "beta daily", null),
      dated("d-file", "Omega Wire", "2018-09-29"),
      dated("e-file", "Alpha Post", "2018-09-30"),
    ];
    expect([...outlets].sort(byPublication).map((o) => o.id)).toEqual([
      "d-file",
      "b-file",
      "e-file",
      "c-file",
      "a-file",
    ]);
  });

  it("compares names without regard to case and numbers by value", () => {
    const outlets = [dated("x", "Channel 10", null), dated("y", "channel 9", null)];
    expect([...outlets].sort(byPublication).map((o) => o.id)).toEqual(["y", "x"]);
  });

  it("reorders the articles and every fact's coverage the same way", () => {
    const late = { ...makeArticle("a", "zulu", ["One."]), published: "2020-02-02" };
    const early = { ...makeArticle("b", "yankee", ["One."]), published: "2020-01-01" };
    const undated = makeArticle("c", "alpha", ["One."]);
    const analysis = makeAnalysis(
      [late, early, undated],
      [
        makeFact("fact-1", "One", [
          ["a", 0, "lede"],
          ["b", 0, "lede"],
          ["c", null, "absent"],
        ]),
      ],
    );
    const ordered = inPublicationOrder(analysis);
    expect(ordered.articles.map((a) => a.id)).toEqual(["b", "a", "c"]);
    // Coverage lists the reporting outlets only ("c" leaves the fact out).
    expect(ordered.facts[0]?.coverage.map((c) => c.article)).toEqual(["b", "a"]);
    // A view: the analysis itself is left as it was.
    expect(analysis.articles.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(analysis.facts[0]?.coverage.map((c) => c.article)).toEqual(["a", "b"]);
  });
});
