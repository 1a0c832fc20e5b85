import { describe, expect, it } from "vitest";
import type { Quote, QuoteGroup, StoryAnalysis } from "@/lib/analysis";
import { quoteVersions } from "./quote-versions";
import { GROUPS_PER_PAGE, quotesHref, quotesView } from "./quotes-page";
import { makeAnalysis, makeArticle } from "./test-analysis";

function quote(id: string, article: string, text: string, speaker: string | null): Quote {
  return {
    id,
    article,
    sentence: 0,
    start: 0,
    end: text.length,
    text,
    speaker,
    speakerActor: null,
    affiliation: null,
    attribution: null,
    kind: speaker ? "direct" : "scare",
    words: text.split(" ").length,
  };
}

const diff = { parts: [], kind: "identical" as const, changes: [], summary: "", similarity: 1 };

function group(id: string, ids: string[], altered: string[] = []): QuoteGroup {
  return {
    id,
    base: ids[0] ?? "",
    quotes: ids,
    variants: ids.map((q) => ({
      quote: q,
      status: altered.includes(q) ? ("altered" as const) : ("verbatim" as const),
      diff,
    })),
    altered: altered.length > 0,
  };
}

/** `outlets` articles; group g<k> is printed by the first k+1 outlets, g0 also altered by outlet 2. */
function story(outlets: number, groups: number): StoryAnalysis {
  const articles = Array.from({ length: outlets }, (_, i) =>
    makeArticle(`a${i}`, null, [`Sentence ${i}.`]),
  );
  const analysis = makeAnalysis(articles, []);
  for (let g = 0; g < groups; g += 1) {
    const ids: string[] = [];
    for (let i = 0; i <= Math.min(g + 1, outlets - 1); i += 1) {
      const altered = g === 0 && i === 2;
      const id = `q${g}-${i}`;
      ids.push(id);
      analysis.quotes.push(
        quote(id, `a${i}`, altered ? `words ${g} changed` : `words ${g}`, i % 2 ? "Berg" : "Varga"),
      );
    }
    analysis.quoteGroups.push(group(`qg-${g}`, ids, g === 0 ? ["q0-2"] : []));
  }
  analysis.quotes.push(quote("s1", "a1", "alone", "Varga"), quote("sc", "a0", "scare", null));
  return analysis;
}

describe("the quotes page's view", () => {
  it("orders groups altered first, then the most printed, and pages them", () => {
    const view = quotesView(story(30, 25), {});
    expect(view.groups.total).toBe(25);
    expect(view.groups.pages).toBe(3);
    expect(view.groups.items).toHaveLength(GROUPS_PER_PAGE);
    expect(view.groups.items.map((g) => g.id).slice(0, 4)).toEqual([
      "qg-0",
      "qg-24",
      "qg-23",
      "qg-22",
    ]);
    const last = quotesView(story(30, 25), { page: "9" });
    expect(last.groups.page).toBe(3);
    expect(last.groups.items.map((g) => g.id)).toEqual(["qg-5", "qg-4", "qg-3", "qg-2", "qg-1"]);
    expect(last.notes).toEqual([
      "There are 3 pages of quotes printed by more than one outlet; the last one is shown.",
    ]);
  });

  it("filters by outlet (id or name) and by part of the speaker's name", () => {
    const analysis = story(30, 25);
    const byOutlet = quotesView(analysis, { outlet: "A20" });
    expect(byOutlet.query.outlet).toBe("a20");
    expect(byOutlet.groups.total).toBe(6); // qg-19 … qg-24 reach the 21st outlet
    expect(byOutlet.single.total).toBe(0);
    const bySpeaker = quotesView(analysis, { speaker: "berg" });
    expect(bySpeaker.groups.total).toBe(25);
    expect(bySpeaker.single.total).toBe(0);
    expect(quotesView(analysis, { speaker: "varg" }).single.items.map((q) => q.id)).toEqual(["s1"]);
    expect(quotesView(analysis, { outlet: "a0" }).scare.items.map((q) => q.id)).toEqual(["sc"]);
    const unknown = quotesView(analysis, { outlet: "nope" });
    expect(unknown.query.outlet).toBeNull();
    expect(unknown.notes).toEqual(["No outlet “nope” in this story; all outlets are shown."]);
  });

  it("links leave defaults out", () => {
    const { query } = quotesView(story(3, 1), {});
    expect(quotesHref("/stories/x", query)).toBe("/stories/x/quotes");
    expect(quotesHref("/stories/x", { ...query, outlet: "a1", scare: 2 }, "#s")).toBe(
      "/stories/x/quotes?outlet=a1&scare=2#s",
    );
  });
});

describe("a quote group's printings", () => {
  it("lists each printing of a quote printed by a few outlets", () => {
    const analysis = story(5, 3);
    const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
    const g = analysis.quoteGroups[2] as QuoteGroup;
    const versions = quoteVersions(g, quotes);
    expect(versions.collapsed).toBe(false);
    expect(versions.versions.map((v) => v.articles)).toEqual([["a0"], ["a1"], ["a2"], ["a3"]]);
  });

  it("lists a quote printed by many outlets once per distinct printing, base first", () => {
    const analysis = story(30, 25);
    const quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
    const g = analysis.quoteGroups[24] as QuoteGroup;
    const versions = quoteVersions(g, quotes);
    expect(versions.collapsed).toBe(true);
    expect(versions.printings).toBe(26);
    expect(versions.versions.map((v) => [v.isBase, v.articles.length])).toEqual([
      [true, 1],
      [false, 13], // Berg's verbatim printings
      [false, 12], // Varga's, but the base's
    ]);
    expect(versions.hidden).toBe(0);
    // Twelve outlets each altering it differently: the card lists eight printings, counts the rest.
    const many = {
      ...g,
      variants: g.variants.map((v, i) =>
        i > 0 && i < 13 ? { ...v, status: "altered" as const } : v,
      ),
    };
    const reworded = new Map(quotes);
    for (const v of many.variants.slice(1, 13)) {
      const q = quotes.get(v.quote) as Quote;
      reworded.set(v.quote, { ...q, text: `${q.text} ${v.quote}` });
    }
    const capped = quoteVersions(many, reworded);
    expect(capped.versions).toHaveLength(8);
    expect(capped.hidden).toBe(15 - 8); // base, 12 altered, Berg's and Varga's verbatim
    expect(capped.versions.slice(1).every((v) => v.variant.status === "altered")).toBe(true);
    // The compare view's two outlets are listed one by one.
    expect(quoteVersions(g, quotes, ["a3", "a4"]).versions.map((v) => v.articles)).toEqual([
      ["a3"],
      ["a4"],
    ]);
  });
});
