import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("speech verbs written with a particle", () => {
  it("'shot back', 'fired back', 'chimed in' speak, before or after the quote", () => {
    // The parse hangs the quote's clause below "criticized"; the verb that opens it answers.
    expect(
      who(
        "When Tom Beck criticized the mayor during a debate, Ana Ruiz shot back, “I chose to fulfill my profession.”",
      ),
    ).toEqual([["I chose to fulfill my profession.", "Ana Ruiz", "X shot"]]);
    expect(who("Ana Ruiz fired back: “We will see them in court.”")[0]?.[1]).toBe("Ana Ruiz");
    expect(who("Ana Ruiz chimed in: “We all did.”")[0]?.[1]).toBe("Ana Ruiz");
    expect(who("“We all did,” Ana Ruiz shot back.")[0]?.[1]).toBe("Ana Ruiz");
    // As the sentence before a quote of its own.
    expect(who("The mayor was angry. Ana Ruiz shot back. “We all did.”")[0]?.[1]).toBe("Ana Ruiz");
  });

  it("the verb without its particle, or a noun, does not speak", () => {
    expect(who("The guard took a shot back. “Get down!”")[0]?.[1]).toBeNull();
    expect(who("The guard shot the intruder. “Get down!”")[0]?.[1]).toBeNull();
  });
});
