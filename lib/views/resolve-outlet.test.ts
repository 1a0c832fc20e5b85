import { describe, expect, it } from "vitest";
import { resolveArticle } from "./resolve-outlet";

const articles = [
  { id: "a001", outlet: "Press TV", outletSlug: "press-tv" },
  { id: "a002", outlet: "Télé Basra", outletSlug: null },
  { id: "a003", outlet: "Northfield Gazette", outletSlug: null },
  { id: "a004", outlet: "Northfield Courier", outletSlug: null },
];

describe("finding an outlet from what a reader typed", () => {
  it("takes an article id or an outlet slug first", () => {
    expect(resolveArticle("a003", articles)).toBe("a003");
    expect(resolveArticle("press-tv", articles)).toBe("a001");
  });

  it("takes a name, ignoring case, accents and extra spaces", () => {
    expect(resolveArticle("press tv", articles)).toBe("a001");
    expect(resolveArticle("  TELE   basra ", articles)).toBe("a002");
    expect(resolveArticle("Northfield Gazette", articles)).toBe("a003");
  });

  it("takes part of a name only when one outlet holds it", () => {
    expect(resolveArticle("gazette", articles)).toBe("a003");
    expect(resolveArticle("northfield", articles)).toBeUndefined();
    expect(resolveArticle("nowhere", articles)).toBeUndefined();
    expect(resolveArticle("   ", articles)).toBeUndefined();
  });
});
