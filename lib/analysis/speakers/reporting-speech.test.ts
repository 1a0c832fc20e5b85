import { describe, expect, it } from "vitest";
import { who } from "../test-helpers/quote-speakers";

describe("the speaker a quote after a sentence of speech goes on from", () => {
  it("the previous sentence's speaker is the one who reports, not the one reported", () => {
    expect(
      who(
        "Ana Ruiz said that Berg told the crowd to go home. “His aim was a peaceful end to the standoff.”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([["His aim was a peaceful end to the standoff.", "Ana Ruiz"]]);
    // A conjunct is reported by no one: the last speaker goes on.
    expect(
      who(
        "Ana Ruiz spoke first, and Tom Berg replied that the plan was dead. “We have no money left for it.”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([["We have no money left for it.", "Tom Berg"]]);
    // A verb after a quote attributes that quote, however the parse hung it from the verb before.
    expect(
      who(
        "Her friends have mocked the campaign, calling Harlan “an orange buffoon,” Susan said as she turned around and spread her cape. “But he is our buffoon, and we love him!”",
      ).map((row) => row.slice(0, 2)),
    ).toEqual([
      ["an orange buffoon", "Susan"],
      ["But he is our buffoon, and we love him!", "Susan"],
    ]);
  });
});
