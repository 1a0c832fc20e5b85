import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EditArticles } from "./edit-articles";

const render = (age: { createdAt: string; current: boolean } | null) =>
  renderToStaticMarkup(<EditArticles id="abc" token="t0k" articles={[]} age={age} />);

describe("EditArticles: analysing the same articles again", () => {
  it("is offered only when an earlier engine made the analysis", () => {
    const old = render({ createdAt: "2026-11-02T10:00:00.000Z", current: false });
    expect(old).toContain("Re-analyse as it is");
    expect(old).toContain("by an earlier version of the engine");
    expect(old).toContain("2 November 2026");
  });

  it("says the analysis is today's, with no button, when today's engine made it", () => {
    const today = render({ createdAt: "2026-12-06T08:00:00.000Z", current: true });
    expect(today).not.toContain("Re-analyse");
    expect(today).toContain("with today&#x27;s engine");
  });

  it("offers nothing while the story is being analysed", () => {
    const pending = render(null);
    expect(pending).not.toContain("Re-analyse");
    expect(pending).not.toContain('data-testid="analysis-age"');
    // The other forms stay.
    expect(pending).toContain("Add and analyse again");
  });
});
