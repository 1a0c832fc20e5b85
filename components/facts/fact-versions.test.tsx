import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkedFact } from "@/lib/views/fact-fixtures";
import { makeArticle } from "@/lib/views/test-analysis";
import { FactVersions } from "./fact-versions";

describe("FactVersions", () => {
  const a = makeArticle("a", "valley-times", ["The mayor of Easton resigned on Monday."]);
  const b = makeArticle("b", "hill-post", ["The mayor of Easton resigned on Tuesday."]);
  const c = makeArticle("c", "lake-news", ["Easton loses its top official as Ruiz steps down."]);
  const fact = linkedFact("The mayor of Easton resigned", "a", [
    { article: "b", score: 0.9, words: [] },
    {
      article: "c",
      score: 0.5,
      words: [
        { kind: "shared", base: [13, 19], version: [0, 6] },
        { kind: "similar", base: [20, 28], version: [38, 48] },
      ],
    },
  ]);
  const html = renderToStaticMarkup(<FactVersions fact={fact} articles={[a, b, c]} />);
  const item = (id: string) => html.split(`data-outlet="${id}"`)[1]?.split("</li>")[0] ?? "";

  it("keeps the word diff for a close version", () => {
    expect(item("b")).toContain('<del class="diff-del">Monday</del>');
    expect(item("b")).toContain('<ins class="diff-ins">Tuesday</ins>');
    expect(item("b")).not.toContain("<mark");
  });

  it("shows a version reworded throughout beside the base, matched words marked and numbered", () => {
    expect(item("c")).not.toContain("<del");
    expect(item("c")).toContain("Easton<sup");
    expect(item("c")).toMatch(
      /steps down<sup[^>]*>2<\/sup><span class="sr-only"> \(similar meaning\)/,
    );
    expect(item("c")).toMatch(/resigned<sup[^>]*>2<\/sup>/);
    expect(item("c")).toContain("valley times (base version)");
  });
});
