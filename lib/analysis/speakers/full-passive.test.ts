import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

// A passive verb of speech: its subject is spoken to (subjects.ts fullPassive, governor-agent.ts).
describe("passive speech verbs", () => {
  it("a passive's subject is spoken to, not the speaker: only a 'by' phrase speaks", () => {
    expect(
      who("At the training, the new recruits were told, “Never take no for an answer.”"),
    ).toEqual([["Never take no for an answer.", null, null]]);
    expect(who("The staff were warned: “Do not talk to the press.”")).toEqual([
      ["Do not talk to the press.", null, null],
    ]);
    // Also when the parse gives the passive's subject as a plain subject.
    expect(who("Ana Ruiz has not been asked, “Will you run?”")).toEqual([
      ["Will you run?", null, null],
    ]);
    expect(who("Berg was told by his lawyer, “Say nothing.”")).toEqual([
      ["Say nothing.", "his lawyer", "told X"],
    ]);
    // Who is quoted speaks; "'s" is as often "has" as "is".
    expect(who("Ruiz was quoted as saying “the plan is dead.”")).toEqual([
      ["the plan is dead.", "Ruiz", "X … saying"],
    ]);
    expect(who("Tomas Berg spoke on Monday. He’s told reporters “the plan is dead.”")).toEqual([
      ["the plan is dead.", "Tomas Berg", "he → Tomas Berg"],
    ]);
  });
});
