import { describe, expect, it } from "vitest";
import { formatDate, percent, plural } from "./format";

describe("format", () => {
  it("formats calendar dates without shifting the day", () => {
    expect(formatDate("2018-09-28")).toBe("28 September 2018");
    expect(formatDate(null)).toBeNull();
  });
  it("pluralises", () => {
    expect(plural(1, "article")).toBe("1 article");
    expect(plural(1200, "story", "stories")).toBe("1,200 stories");
  });
  it("rounds percentages", () => {
    expect(percent(0.4567)).toBe("46%");
  });
});
