import { describe, expect, it } from "vitest";
import { getOutlets, getStory } from "@/lib/content";
import { getStoryAnalysis } from "@/lib/content/analysis";
import { makeAnalysis, makeArticle } from "@/lib/views/test-analysis";
import { type BlindSource, bylineNames, createBlinding, datelineOf } from "./blind";
import { freshSeed, letterFor, mulberry32, SEED_PATTERN, seededShuffle } from "./seed";
import { blindSources } from "./sources";

const SLUG = "basra-consulate-2018";

function seedStory() {
  const story = getStory(SLUG);
  const analysis = getStoryAnalysis(SLUG);
  if (!story || !analysis) throw new Error("seed story missing");
  return { story, analysis, sources: blindSources(analysis, story, getOutlets()) };
}

function blindText(id: string, seed: string | null = "k3f9") {
  const { sources, analysis } = seedStory();
  const blinding = createBlinding(sources, seed);
  const article = analysis.articles.find((a) => a.id === id);
  if (!article) throw new Error(id);
  return {
    blinding,
    text: blinding.excerpt(id, article.text, true),
    title: blinding.redact(id, article.title ?? ""),
  };
}

describe("seeded order", () => {
  const items = ["a", "b", "c", "d", "e"];

  it("gives exact, repeatable orders for a seed, and a fixed default without one", () => {
    expect(seededShuffle(items, "k3f9").join("")).toBe("bcaed");
    expect(seededShuffle(items, "abc").join("")).toBe("cdeba");
    expect(seededShuffle(items, null).join("")).toBe("adebc");
    expect(seededShuffle(items, "k3f9")).toEqual(seededShuffle(items, "k3f9"));
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("different seeds give different orders, each a permutation", () => {
    const orders = new Set(
      ["1", "2", "3", "4", "5", "6", "7", "8"].map((s) => seededShuffle(items, s).join("")),
    );
    expect(orders.size).toBeGreaterThan(3);
    for (const order of orders) expect([...order].sort().join("")).toBe("abcde");
  });

  it("handles no items and one item", () => {
    expect(seededShuffle([], "x")).toEqual([]);
    expect(seededShuffle(["only"], "x")).toEqual(["only"]);
  });

  it("letters run A–Z, then AA, AB…", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letterFor)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("fresh seeds are short unambiguous codes", () => {
    const seed = freshSeed(mulberry32(1));
    expect(seed).toMatch(/^[2-9a-hj-km-np-z]{6}$/);
    expect(seed).toMatch(SEED_PATTERN);
    expect(freshSeed(() => 0.999999)).toBe("zzzzzz");
  });
});

describe("datelines and bylines", () => {
  it("finds datelines, never ordinary openings", () => {
    expect(datelineOf("WASHINGTON—The State Department")).toBe("WASHINGTON—");
    expect(datelineOf("WASHINGTON/NEW YORK—The United States")).toBe("WASHINGTON/NEW YORK—");
    expect(datelineOf("BASRA, Iraq (Reuters) - Protesters")).toBe("BASRA, Iraq (Reuters) - ");
    expect(datelineOf("US closes its consulate")).toBe("");
    expect(datelineOf("Press TV – The US State Department")).toBe("");
    expect(
      datelineOf("The U.S. State Department made a shocking announcement Friday – they’re closing"),
    ).toBe("");
  });

  it("splits a byline into the people and credits it names", () => {
    expect(
      bylineNames("Phil Stewart and Lesley Wroughton; additional reporting by Epoch Times staff"),
    ).toEqual(["Phil Stewart", "Lesley Wroughton", "Epoch Times staff"]);
    expect(bylineNames("Staff")).toEqual([]);
    expect(bylineNames(null)).toEqual([]);
  });
});

describe("redaction on the seed story", () => {
  it("removes “Press TV –” from Press TV's own lede but keeps the Journal it cites", () => {
    const { blinding, text } = blindText("press-tv");
    const label = blinding.label("press-tv");
    expect(text.startsWith(`[${label}] – The US State Department has announced`)).toBe(true);
    expect(text).not.toMatch(/press\s*tv/i);
    expect(text).toContain("The Wall Street Journal quoted a senior administration official");
  });

  it("keeps “told The Wall Street Journal” in the relay: a source, not a self-reference", () => {
    const { text } = blindText("us-site-wsj-relay");
    expect(text).toContain(
      "a senior administration official told The Wall Street Journal on Friday",
    );
  });

  it("keeps CNN as the wire site's source", () => {
    const { text } = blindText("news-site-wire-cnn");
    expect(text).toContain("told CNN");
  });

  it("drops the Reuters copy's dateline and never prints the removed byline", () => {
    const { text, title } = blindText("epoch-times");
    expect(text.startsWith("The United States announced on Sept. 28")).toBe(true);
    expect(text).not.toMatch(/Epoch Times|Phil Stewart|Wroughton|Watch Next|Updated: October/);
    expect(title).toBe("US Pulls Diplomats From Iraqi City, Citing Threats From Iran");
  });

  it("the EIFA reprint keeps its text but loses its page chrome and dateline", () => {
    const { text } = blindText("wsj-via-eifa");
    expect(text.startsWith("The State Department will close the U.S. consulate in Basra")).toBe(
      true,
    );
    expect(text).not.toMatch(/EIFA|European Iraqi Freedom Association|10 December 2019/);
  });

  it("no outlet's own name survives in any blinded text, except the sources it cites", () => {
    const { analysis, sources } = seedStory();
    const blinding = createBlinding(sources, "k3f9");
    const names = getOutlets().flatMap((o) => [o.name, ...o.aliases]);
    const allowed = [
      "told The Wall Street Journal",
      "The Wall Street Journal quoted a senior administration official",
    ];
    for (const article of analysis.articles) {
      let text = `${blinding.redact(article.id, article.title ?? "")}\n${blinding.excerpt(article.id, article.text, true)}`;
      for (const phrase of allowed) text = text.split(phrase).join("");
      for (const name of names)
        expect(text.toLowerCase(), `${name} in ${article.id}`).not.toContain(name.toLowerCase());
    }
  });

  it("lists what was hidden for the reveal", () => {
    const { sources } = seedStory();
    const blinding = createBlinding(sources, null);
    expect(blinding.hidden("press-tv").map((h) => h.detail)).toContain("“Press TV” in the text");
    const epoch = blinding.hidden("epoch-times").map((h) => h.kind);
    expect(epoch).toEqual(expect.arrayContaining(["dateline", "byline", "date", "chrome"]));
  });
});

describe("redaction rules", () => {
  const article = makeArticle("daily", "daily-example", [
    "Daily Example's reporters saw it, wrote Jane Roe for dailyexample.com.",
    "More at https://www.dailyexample.com/world/1 and in the Journal.",
    "The Ledger reported it first.",
  ]);
  article.outlet = "Daily Example";
  article.byline = "Jane Roe";
  const source: BlindSource = {
    article,
    profile: { name: "Daily Example", aliases: ["DailyEx"], domain: "dailyexample.com" },
    url: "https://www.dailyexample.com/world/1",
    provenance: {
      kind: "reprint",
      source: { name: "The Journal of Record", aliases: ["the Journal"], domain: null },
    },
  };
  const other = makeArticle("ledger", null, ["The Ledger says Daily Example is wrong."]);
  other.outlet = "The Ledger";

  it("replaces names, domains, URLs, byline names and a reprint's source", () => {
    const blinding = createBlinding(
      [
        source,
        {
          article: other,
          profile: null,
          url: null,
          provenance: { kind: "original", source: null },
        },
      ],
      "x",
    );
    const label = blinding.label("daily");
    expect(blinding.redact("daily", article.text)).toBe(
      `[${label}]'s reporters saw it, wrote [${label}’s reporter] for [${label}].\n\n` +
        `More at [${label}] and in [${label}’s source].\n\n` +
        "The Ledger reported it first.",
    );
    // Another outlet's text: only ITS own name goes; "Daily Example" there is a source it cites.
    const otherLabel = blinding.label("ledger");
    expect(blinding.redact("ledger", other.text)).toBe(
      `[${otherLabel}] says Daily Example is wrong.`,
    );
  });

  it("a URL at the end of a sentence keeps the full stop", () => {
    const blinding = createBlinding([source], "x");
    expect(blinding.redact("daily", "Read dailyexample.com/a/b. Or www.dailyexample.com.")).toBe(
      "Read [Outlet A]. Or [Outlet A].",
    );
  });

  it("turns outlet names in teacher-written questions into letters", () => {
    const blinding = createBlinding(
      [
        source,
        {
          article: other,
          profile: null,
          url: null,
          provenance: { kind: "original", source: null },
        },
      ],
      "x",
    );
    expect(blinding.lettersFor("Why does Daily Example differ from the ledger?")).toBe(
      `Why does ${blinding.label("daily")} differ from ${blinding.label("ledger")}?`,
    );
  });

  it("a relay's source is cited, so it stays", () => {
    const relay: BlindSource = {
      ...source,
      provenance: {
        kind: "relay",
        source: { name: "The Journal of Record", aliases: ["the Journal"], domain: null },
      },
    };
    const blinding = createBlinding([relay], "x");
    expect(blinding.redact("daily", "in the Journal.")).toBe("in the Journal.");
  });

  it("works for a story with one article and no names at all", () => {
    const solo = makeArticle("solo", null, ["Nothing identifies this."]);
    const analysis = makeAnalysis([solo], []);
    const blinding = createBlinding(
      analysis.articles.map((a) => ({
        article: a,
        profile: null,
        url: null,
        provenance: { kind: "original", source: null },
      })),
      null,
    );
    expect(blinding.outlets).toEqual([{ id: "solo", letter: "A", label: "Outlet A" }]);
    expect(blinding.excerpt("solo", solo.text, true)).toBe("Nothing identifies this.");
  });
});
