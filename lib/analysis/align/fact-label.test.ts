import { describe, expect, it } from "vitest";
import { readText } from "../text";
import { factLabel, LABEL_MAX_WORDS } from "./fact-label";

/** The label of a one-sentence text, made as the aligner makes it: from the sentence and its tokens. */
function label(text: string): string {
  const [sentence, ...rest] = readText(text);
  expect(rest).toHaveLength(0);
  return factLabel(text.slice(sentence?.start ?? 0, sentence?.end ?? 0), sentence?.tokens);
}

const words = (text: string) => text.split(" ").length;

describe("factLabel from the parse", () => {
  it("labels the reported clause when the attribution comes first", () => {
    expect(
      label("Officials said on Monday that the mayor of Lakeview will close the bridge."),
    ).toBe("The mayor of Lakeview will close the bridge");
    expect(
      label("Velde told reporters in Dunmore on Sunday that the council had no money left."),
    ).toBe("The council had no money left");
  });

  it("drops an attribution that comes last", () => {
    expect(label("The mayor of Lakeview will close the bridge on Friday, officials said.")).toBe(
      "The mayor of Lakeview will close the bridge on Friday",
    );
  });

  it("labels a quote by what is quoted, without its quote marks", () => {
    expect(label("“We will not pay for a bridge nobody uses,” the mayor told reporters.")).toBe(
      "We will not pay for a bridge nobody uses",
    );
  });

  it("drops a dateline and an 'according to' source", () => {
    expect(
      label("DUNMORE — The ferry company will raise its fares in April, according to its owners."),
    ).toBe("The ferry company will raise its fares in April");
  });

  it("drops a leading time or place adjunct, but keeps a condition", () => {
    expect(
      label(
        "On Friday, the harbour authority in Dunmore closed the northern pier to all fishing boats and ferries until further notice.",
      ),
    ).toBe("The harbour authority in Dunmore closed the northern pier…");
    expect(
      label("Earlier this month, protesters from Dunmore set fire to the old customs house."),
    ).toBe("Protesters from Dunmore set fire to the old customs house");
    expect(label("If the bridge closes, traffic will double on the ring road.")).toBe(
      "If the bridge closes, traffic will double on the ring road",
    );
  });

  it("drops an apposition and relative clause from a long subject", () => {
    expect(
      label(
        "Marta Velde, the deputy mayor of Lakeview who has led the council since 2015, announced a new budget for schools and roads.",
      ),
    ).toBe("Marta Velde announced a new budget for schools and roads");
  });

  it("drops a leading 'But' and a parenthetical between subject and verb when long", () => {
    expect(
      label(
        "But Velde, in a recent radio interview, made it clear the use of ferries and buses across the region could end if the money runs out.",
      ),
    ).toBe("Velde made it clear the use of ferries and buses…");
  });

  it("keeps a short sentence whole", () => {
    expect(label("The council approved the budget.")).toBe("The council approved the budget");
    expect(label("Still, Velde said the ferries were safe.")).toBe("The ferries were safe");
  });

  it("ends at a phrase boundary, with an ellipsis whenever it is cut", () => {
    const boundary = label(
      "The storm adds to the troubles of Dunmore, which is already short of money and of patience.",
    );
    expect(boundary).toBe("The storm adds to the troubles of Dunmore…");
    const cut = label(
      "Pike sent letters to the ferry owners warning that their licences would not be renewed next year.",
    );
    expect(cut).toBe("Pike sent letters to the ferry owners warning that their licences…");
    expect(words(cut)).toBeLessThanOrEqual(LABEL_MAX_WORDS);
  });

  it("is the same label however often it is asked", () => {
    const text = "Officials said on Monday that the mayor of Lakeview will close the bridge.";
    expect(label(text)).toBe(label(text));
  });
});

describe("factLabel from the string (no tokens)", () => {
  it("trims the dateline and attribution tail, and cuts at twelve words with an ellipsis", () => {
    expect(factLabel("LAKEVIEW—The council will close the bridge, according to officials.")).toBe(
      "The council will close the bridge",
    );
    expect(
      factLabel("One two three four five six seven eight nine ten eleven twelve thirteen."),
    ).toBe("One two three four five six seven eight nine ten eleven twelve…");
  });
});
