import { describe, expect, it } from "vitest";
import { mentionsOf } from "../test-helpers/attribution";

describe("pronouns: what 'they' and 'it' may mean", () => {
  it("never takes a name used as a modifier as what 'they' or 'it' means", () => {
    // "Tea Party supporters": the supporters, not the party, are whom "they" means.
    expect(
      mentionsOf(
        "Lopez faced anger from Harbour Party supporters. They criticised Lopez for the fares.",
        { actors: [] },
      ),
    ).toEqual(["Lopez → lopez", "Harbour Party → harbour-party", "Lopez → lopez"]);
    // The party itself stays the antecedent where it is named as such.
    expect(
      mentionsOf("Lopez faced anger from the Harbour Party. It criticised Lopez for the fares.", {
        actors: [],
      }),
    ).toEqual([
      "Lopez → lopez",
      "Harbour Party → harbour-party",
      "It → harbour-party",
      "Lopez → lopez",
    ]);
  });

  it("resolves no 'it' that stands for a clause after its predicate", () => {
    const before = "The Harbour Council met on Monday. ";
    for (const text of [
      "“It's misleading to imply that the ferry was saved,” Lopez said.",
      "“It is not at all fair to blame the crew,” Lopez said.",
      "It was clear that the fares would rise.",
    ])
      expect(mentionsOf(before + text, { actors: [] })).not.toContain("It → harbour-council");
    // A referring "it" still finds its body.
    expect(mentionsOf(`${before}It has failed the island, Lopez said.`, { actors: [] })).toContain(
      "It → harbour-council",
    );
  });

  it("resolves a quoted 'it' only within its quote", () => {
    expect(
      mentionsOf("The Harbour Council raised the fares. “It's nonsense,” Lopez said.", {
        actors: [],
      }),
    ).toEqual(["Harbour Council → harbour-council", "Lopez → lopez"]);
    // Outside a quote, the body named before is still what "it" means.
    expect(
      mentionsOf("The Harbour Council met. It raised the fares, Lopez said.", { actors: [] }),
    ).toContain("It → harbour-council");
  });
});
