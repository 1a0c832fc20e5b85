import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUERY,
  type OutletEntry,
  outletWindow,
  overviewHref,
  pageNumbers,
  pageOf,
  parseOverviewQuery,
} from "./outlet-window";

const entries: OutletEntry[] = [
  { id: "a", name: "Press TV", kind: "state-broadcaster" },
  { id: "b", name: "Télé Basra", kind: "none" },
  { id: "c", name: "Northfield Gazette", kind: "none" },
  { id: "d", name: "Reuters", kind: "wire-agency" },
  { id: "e", name: "Northfield Courier", kind: "none" },
];

describe("the overview's state in its URL", () => {
  it("reads pages, type and search; defaults when absent", () => {
    const notes: string[] = [];
    expect(parseOverviewQuery({}, notes)).toEqual(DEFAULT_QUERY);
    expect(
      parseOverviewQuery({ page: "3", facts: "2", words: "4", type: "none", q: " basra " }, notes),
    ).toEqual({ page: 3, facts: 2, words: 4, type: "none", q: "basra" });
    expect(notes).toEqual([]);
  });

  it("falls back with a note for a bad page or an unknown type", () => {
    const notes: string[] = [];
    expect(parseOverviewQuery({ page: "0", facts: "x", type: "tabloid" }, notes)).toEqual(
      DEFAULT_QUERY,
    );
    expect(notes).toHaveLength(3);
    expect(notes.some((note) => note.includes("tabloid"))).toBe(true);
  });

  it("writes the link with defaults left out, so the plain story link is unchanged", () => {
    expect(overviewHref("/s/x", DEFAULT_QUERY)).toBe("/s/x");
    expect(
      overviewHref("/s/x", { ...DEFAULT_QUERY, page: 2, type: "none", q: "a b" }, "#lineup"),
    ).toBe("/s/x?type=none&q=a+b&page=2#lineup");
    expect(overviewHref("/s/x", { ...DEFAULT_QUERY, facts: 3, words: 2 })).toBe(
      "/s/x?facts=3&words=2",
    );
  });
});

describe("which outlets the overview shows", () => {
  it("pages through the outlets in their order", () => {
    const first = outletWindow(entries, DEFAULT_QUERY, 2);
    expect(first).toMatchObject({ total: 5, matching: 5, page: 1, pages: 3, offset: 0 });
    expect(first.shown).toEqual(["a", "b"]);
    expect(outletWindow(entries, { ...DEFAULT_QUERY, page: 3 }, 2).shown).toEqual(["e"]);
  });

  it("clamps a page past the end to the last one", () => {
    const last = outletWindow(entries, { ...DEFAULT_QUERY, page: 99 }, 2);
    expect([last.page, last.shown]).toEqual([3, ["e"]]);
  });

  it("filters by type and by part of the name, accents and case ignored", () => {
    const none = outletWindow(entries, { ...DEFAULT_QUERY, type: "none" }, 10);
    expect(none.shown).toEqual(["b", "c", "e"]);
    expect(outletWindow(entries, { ...DEFAULT_QUERY, q: "TELE" }, 10).shown).toEqual(["b"]);
    const both = outletWindow(entries, { ...DEFAULT_QUERY, type: "none", q: "northfield" }, 10);
    expect([both.matching, both.total, both.shown]).toEqual([2, 5, ["c", "e"]]);
    const nothing = outletWindow(entries, { ...DEFAULT_QUERY, q: "nowhere" }, 10);
    expect([nothing.matching, nothing.pages, nothing.shown]).toEqual([0, 1, []]);
  });

  it("counts the types present, in the schema's order, outlets without a profile last", () => {
    expect(outletWindow(entries, DEFAULT_QUERY, 10).kinds).toEqual([
      { kind: "state-broadcaster", label: "State broadcaster", count: 1 },
      { kind: "wire-agency", label: "Wire agency", count: 1 },
      { kind: "none", label: "No profile yet", count: 3 },
    ]);
  });
});

describe("page links", () => {
  it("links the first, the last and two pages either side, with gaps", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 25)).toEqual([1, 2, 3, null, 25]);
    expect(pageNumbers(12, 25)).toEqual([1, null, 10, 11, 12, 13, 14, null, 25]);
    expect(pageNumbers(25, 25)).toEqual([1, null, 23, 24, 25]);
    expect(pageNumbers(4, 25)).toEqual([1, 2, 3, 4, 5, 6, null, 25]);
  });

  it("slices one page of a list, clamped", () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], page: 2, pages: 3, offset: 2 });
    expect(pageOf([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 2, pages: 2, offset: 2 });
    expect(pageOf([], 1, 2)).toEqual({ items: [], page: 1, pages: 1, offset: 0 });
  });
});
