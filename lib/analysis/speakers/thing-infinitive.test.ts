import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// A thing right before "to <speech verb>" is no speaker (thing-infinitive.ts); what a speaker
// refuses to say is not said (text/negation.ts refusedBefore).
describe("infinitives hung on things, and refusals", () => {
  it("a thing before the infinitive does not speak", () => {
    expect(who("Berg said he had the nerve to say “I am busy.”")).toEqual([
      ["I am busy.", "Berg", "X said"],
    ]);
    expect(who("She found good things to say about “the new deal.”")[0]?.[1]).not.toBe(
      "good things",
    );
  });

  it("what someone refuses to say is not theirs", () => {
    expect(
      who("She and other Democrats on the stage refused to say the words “radical Islam.”"),
    ).toEqual([["radical Islam.", null, null]]);
    expect(
      who(
        "Ruiz explained the mayor’s refusal to call the attack an act of “domestic terrorism” is a weakness.",
      ),
    ).toEqual([["domestic terrorism", "Ruiz", "X explained"]]);
    expect(who("Berg declined to call it a “crisis,” Ruiz said.")).toEqual([
      ["crisis", "Ruiz", "X said"],
    ]);
  });
});
